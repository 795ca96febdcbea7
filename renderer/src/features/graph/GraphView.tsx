import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/i18n';
import { clearSelection, expand, mark, select } from '../../state/actions';
import { savePosition } from '../../state/view-actions';
import { store, useStore } from '../../state/store';
import { useMeasureStyle } from '../analytics/use-measure-style';
import { applyElements, toViewElements } from './elements';
import { setCurrentCy } from './graph-handle';
import { runLayout } from './layouts';
import { useCytoscape } from './use-cytoscape';
import { applyViewClasses } from './view-classes';

/** Tells browser tests that the graph is drawn and laid out (see tests/e2e/README.md). */
function setGraphReady(ready: boolean): void {
  (window as Window & { __zhituGraphReady?: boolean }).__zhituGraphReady = ready;
}

/** Node counts above which the view switches to its fast settings. */
export const LARGE_GRAPH = 1500;
export const WEBGL_AUTO = 2500;

function onPointer(evt: EventObject): { x: number; y: number } {
  const e = evt.originalEvent as MouseEvent | undefined;
  return { x: e?.clientX ?? evt.renderedPosition?.x ?? 0, y: e?.clientY ?? evt.renderedPosition?.y ?? 0 };
}

/** Wires pointer events: everything visual is a class; only selection and menus go to the store. */
function wireEvents(cy: Core): () => void {
  cy.on('tap', 'node', (evt) => {
    const e = evt.originalEvent as MouseEvent | undefined;
    const id = evt.target.id();
    if (e?.shiftKey) void mark(id);
    else void select({ kind: 'node', id });
  });
  cy.on('tap', 'edge', (evt) => void select({ kind: 'edge', id: evt.target.id() }));
  cy.on('tap', (evt) => {
    if (evt.target === cy) {
      if (store.get().contextMenu) store.set({ contextMenu: null });
      else if (store.get().selection) clearSelection();
    }
  });
  cy.on('dbltap', 'node', (evt) => void expand(evt.target.id()));
  cy.on('cxttap', (evt) => {
    const { x, y } = onPointer(evt);
    const target = evt.target === cy ? { kind: 'background' as const } : { kind: evt.target.isNode() ? ('node' as const) : ('edge' as const), id: evt.target.id() };
    store.set({ contextMenu: { x, y, target } });
  });
  cy.on('mouseover', 'node', (evt) => {
    const node = evt.target as NodeSingular;
    cy.batch(() => {
      node.addClass('hover');
      node.connectedEdges().addClass('hover');
      node.neighborhood('node').addClass('hover-nb');
    });
  });
  cy.on('mouseout', 'node', () => cy.batch(() => cy.elements('.hover, .hover-nb').removeClass('hover hover-nb')));
  cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
  cy.on('dragfree', 'node', (evt) => {
    const node = evt.target as NodeSingular;
    node.addClass('pinned');
    savePosition(node.id(), node.position());
  });
  setCurrentCy(cy);
  return () => setCurrentCy(null);
}

/** The graph canvas: one Cytoscape instance kept in step with the store. */
export function GraphView() {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const graph = useStore((s) => s.graph);
  const graphVersion = useStore((s) => s.graphVersion);
  const sizeBy = useStore((s) => s.sizeBy);
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const marked = useStore((s) => s.marked);
  const path = useStore((s) => s.path);
  const layoutRequest = useStore((s) => s.layoutRequest);
  const fitRequest = useStore((s) => s.fitRequest);
  const centreRequest = useStore((s) => s.centreRequest);
  const rendererMode = useStore((s) => s.rendererMode);
  const measureStyle = useMeasureStyle();
  const count = graph.nodes.length;
  const webgl = rendererMode === 'webgl' || (rendererMode === 'auto' && count > WEBGL_AUTO);
  const large = count > LARGE_GRAPH;
  const { cyRef, generation } = useCytoscape(containerRef, { webgl, large }, wireEvents);
  // Positions survive a new instance (renderer switch) so that the drawing does not jump.
  const positionsRef = useRef(new Map<string, { x: number; y: number }>());
  const layoutRunRef = useRef(0);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const elements = toViewElements(graph, { sizeBy, relationName: (type) => translate(lang, `rel.${type}`), ...measureStyle });
    const fresh = cy.nodes().empty();
    if (fresh) {
      for (const node of elements.nodes) {
        const saved = positionsRef.current.get(String(node.data.id));
        if (saved && !node.position) node.position = saved;
      }
    }
    setGraphReady(false);
    const before = cy.nodes().length;
    const result = applyElements(cy, elements);
    const n = cy.nodes().length;
    // A much narrower view (most nodes gone) is laid out again: the old places would be scattered.
    const shrunk = n > 0 && result.removedNodes > before * 0.5;
    const needsLayout = shrunk || (result.unplaced.length > 0 && (fresh || result.unplaced.length > Math.max(3, n * 0.25)));
    if (needsLayout) {
      const run = ++layoutRunRef.current;
      void runLayout(cy, store.get().layout, { selected: store.get().selection?.id, animate: !fresh }).then(() => {
        if (fresh && !cy.destroyed()) cy.fit(undefined, 30);
        if (run === layoutRunRef.current) setGraphReady(true);
      });
    } else if (result.unplaced.length > 0) {
      // A few nodes without a placed neighbour (added by hand): put them where the user is looking.
      const view = cy.extent();
      const cx = (view.x1 + view.x2) / 2;
      const cyy = (view.y1 + view.y2) / 2;
      result.unplaced.forEach((id, i) => {
        const angle = (i / result.unplaced.length) * Math.PI * 2 + Math.PI / 4;
        cy.getElementById(id).position({ x: cx + Math.cos(angle) * 60, y: cyy + Math.sin(angle) * 60 });
      });
    } else if (fresh && n > 0) cy.fit(undefined, 30);
    if (!needsLayout) setGraphReady(true);
    return () => {
      positionsRef.current = new Map(cy.nodes().map((node: NodeSingular) => [node.id(), { ...node.position() }]));
    };
  }, [cyRef, generation, graph, sizeBy, lang, measureStyle]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    // Panels opening and closing change the canvas size; cytoscape only watches the window.
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [cyRef, generation]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyViewClasses(cy, { selection, marked, path });
  }, [cyRef, generation, graphVersion, selection, marked, path]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !path || path.nodes.length === 0) return;
    const eles = cy.collection();
    for (const id of [...path.nodes, ...path.edges]) eles.merge(cy.getElementById(id));
    if (eles.nonempty()) cy.animate({ fit: { eles, padding: 80 }, duration: 300 });
  }, [cyRef, path]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && layoutRequest > 0) void runLayout(cy, store.get().layout, { selected: store.get().selection?.id, animate: true });
  }, [cyRef, layoutRequest]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && fitRequest > 0) cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 250 });
  }, [cyRef, fitRequest]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !centreRequest) return;
    const node = cy.getElementById(centreRequest.id);
    if (node.empty()) return;
    const zoom = Math.max(cy.zoom(), 1.1);
    cy.animate({ center: { eles: node }, zoom, duration: 300 });
  }, [cyRef, centreRequest, graphVersion]);

  return <div className="graph-canvas" ref={containerRef} data-testid="graph-canvas" aria-label="Graph" role="img" />;
}
