import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { fail } from '../../state/actions';
import { saveAllPositions } from '../../state/view-actions';
import { store, useStore } from '../../state/store';
import { useMeasureStyle } from '../analytics/use-measure-style';
import { attachCoOccursLod } from './cooc-lod';
import { drawGraph } from './draw-graph';
import { creationOptions, drawStyle } from './draw-scale';
import { toViewElements } from './elements';
import { attachLabelLod } from './label-lod';
import { runLayout } from './layouts';
import { fitAll, followResize, setGraphReady } from './placement';
import { currentDrawStyle, setDrawStyle } from './stylesheet';
import { useCytoscape } from './use-cytoscape';
import { applyViewClasses } from './view-classes';
import { hardwareWebgl } from './webgl-support';
import { wireEvents } from './wire-events';

/** Drawings of at least this many elements or nodes show their progress in the status line. */
const PROGRESS_FROM = 500;

/** The graph canvas: one Cytoscape instance kept in step with the store. */
export function GraphView() {
  const t = useT();
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
  const workspaceEntities = useStore((s) => s.info?.entities ?? 0);
  const showCoOccurs = useStore((s) => s.showCoOccurs);
  const measureStyle = useMeasureStyle();
  const count = graph.nodes.length;
  const { webgl, large } = creationOptions({ viewNodes: count, workspaceEntities, mode: rendererMode, hardwareWebgl });
  const style = useMemo(() => drawStyle(graph, showCoOccurs, large), [graph, showCoOccurs, large]);
  const lodRef = useRef<ReturnType<typeof attachLabelLod> | null>(null);
  const coocRef = useRef<ReturnType<typeof attachCoOccursLod> | null>(null);
  const { cyRef, generation } = useCytoscape(containerRef, { webgl, large }, (cy: Core) => {
    const lod = attachLabelLod(cy);
    const cooc = attachCoOccursLod(cy, () => Boolean(currentDrawStyle(cy).hideCoOccurs));
    lodRef.current = lod;
    coocRef.current = cooc;
    const off = wireEvents(cy, lod.schedule);
    return () => {
      off();
      lod.detach();
      cooc.detach();
      if (lodRef.current === lod) lodRef.current = null;
      if (coocRef.current === cooc) coocRef.current = null;
    };
  });

  // Before the elements: new ones are styled once, with the sheet they will be drawn with.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const last = currentDrawStyle(cy);
    if (last.large === style.large && last.quietCaptions === style.quietCaptions && last.hideCoOccurs === style.hideCoOccurs) return;
    setDrawStyle(cy, style);
    coocRef.current?.schedule();
  }, [cyRef, generation, style]);
  // Positions survive a new instance (renderer switch) so that the drawing does not jump.
  const positionsRef = useRef(new Map<string, { x: number; y: number }>());
  const layoutRunRef = useRef(0);
  const appliedRef = useRef<{ cy: Core; graph: unknown; sizeBy: string; lang: string; measureStyle: unknown } | null>(null);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // A new instance bumps `generation` after it got the elements already: nothing to do again.
    const last = appliedRef.current;
    if (last && last.cy === cy && last.graph === graph && last.sizeBy === sizeBy && last.lang === lang && last.measureStyle === measureStyle) return;
    appliedRef.current = { cy, graph, sizeBy, lang, measureStyle };
    const elements = toViewElements(graph, { sizeBy, relationName: (type) => translate(lang, `rel.${type}`), ...measureStyle });
    const fresh = cy.nodes().empty();
    if (fresh) {
      for (const node of elements.nodes) {
        const saved = positionsRef.current.get(String(node.data.id));
        if (saved && !node.position) node.position = saved;
      }
    }
    setGraphReady(false);
    const run = ++layoutRunRef.current;
    const current = () => run === layoutRunRef.current && !cy.destroyed();
    void drawGraph(cy, elements, {
      fresh,
      current,
      layout: () => ({ name: store.get().layout, selected: store.get().selection?.id }),
      relabel: () => {
        lodRef.current?.refresh();
        coocRef.current?.refresh();
      },
      // Only big drawings report progress: a small one is done before the status line could show it.
      progress: (p) => {
        if (!current()) return;
        if (p && p.total < PROGRESS_FROM) return;
        if (p || store.get().drawing) store.set({ drawing: p });
      },
    }).then((drawn) => {
      if (current() && store.get().drawing) store.set({ drawing: null });
      // Ready means: the data the store holds is drawn (not the empty canvas before the first load).
      if (drawn && current() && !store.get().loading && store.get().graphVersion > 0) setGraphReady(true);
    }, fail);
    return () => {
      positionsRef.current = new Map(cy.nodes().map((node: NodeSingular) => [node.id(), { ...node.position() }]));
    };
  }, [cyRef, generation, graph, sizeBy, lang, measureStyle]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    // Panels opening and closing change the canvas size; cytoscape only watches the window.
    let width = container.clientWidth;
    let height = container.clientHeight;
    const observer = new ResizeObserver(() => {
      cy.resize();
      const dw = container.clientWidth - width;
      const dh = container.clientHeight - height;
      width = container.clientWidth;
      height = container.clientHeight;
      followResize(cy, dw, dh, store.get().selection);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cyRef, generation]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyViewClasses(cy, { selection, marked, path });
    lodRef.current?.schedule();
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
    if (!cy || layoutRequest === 0) return;
    const run = ++layoutRunRef.current;
    const current = () => run === layoutRunRef.current && !cy.destroyed();
    setGraphReady(false);
    void runLayout(cy, store.get().layout, { selected: store.get().selection?.id, animate: true, current }).then((ok) => {
      if (!ok || !current()) return;
      saveAllPositions(cy);
      lodRef.current?.refresh();
      setGraphReady(true);
    }, fail);
  }, [cyRef, layoutRequest]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && fitRequest > 0) fitAll(cy, true);
  }, [cyRef, fitRequest]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !centreRequest) return;
    const node = cy.getElementById(centreRequest.id);
    if (node.empty()) return;
    const zoom = Math.max(cy.zoom(), 1.1);
    cy.animate({ center: { eles: node }, zoom, duration: 300 });
  }, [cyRef, centreRequest, graphVersion]);

  const summary = `${t('aria.graph')}: ${t('status.showing', { nodes: count, edges: graph.edges.length })}`;
  return <div className="graph-canvas" ref={containerRef} data-testid="graph-canvas" aria-label={summary} role="img" />;
}
