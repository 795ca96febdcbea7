import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { clearSelection, expand, mark, select } from '../../state/actions';
import { savePosition } from '../../state/view-actions';
import { store } from '../../state/store';
import { setCurrentCy } from './graph-handle';

function onPointer(evt: EventObject): { x: number; y: number } {
  const e = evt.originalEvent as MouseEvent | undefined;
  return { x: e?.clientX ?? evt.renderedPosition?.x ?? 0, y: e?.clientY ?? evt.renderedPosition?.y ?? 0 };
}

/**
 * Wires pointer events: everything visual is a class; only selection and menus go to the store.
 * `relabel` is called when the hovered node changes (its label must show).
 */
export function wireEvents(cy: Core, relabel: () => void = () => undefined): () => void {
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
    relabel();
  });
  cy.on('mouseout', 'node', () => {
    cy.batch(() => cy.elements('.hover, .hover-nb').removeClass('hover hover-nb'));
    relabel();
  });
  cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
  cy.on('boxend', () => {
    // Let the box finish selecting, then hand the nodes to the table and clear cytoscape's own state.
    setTimeout(() => {
      if (cy.destroyed()) return;
      const ids = cy.nodes(':selected').map((n) => n.id());
      cy.elements(':selected').unselect();
      if (ids.length) store.set((s) => ({ checked: [...new Set([...s.checked, ...ids])], tableOpen: true }));
    }, 0);
  });
  cy.on('dragfree', 'node', (evt) => {
    const node = evt.target as NodeSingular;
    node.addClass('pinned');
    savePosition(node.id(), node.position());
  });
  setCurrentCy(cy);
  return () => setCurrentCy(null);
}

