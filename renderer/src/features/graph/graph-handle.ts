import type { Core, NodeSingular } from 'cytoscape';

let current: Core | null = null;

/** What browser tests may read of the drawing (see tests/e2e/README.md): never used by the app. */
export interface GraphProbe {
  /** Visible nodes: model position, drawn diameter, whether its label is drawn at a legible size. */
  nodes(): Array<{ id: string; x: number; y: number; size: number; label: boolean; fontPx: number }>;
  zoom(): number;
  /** The visible area in model units. */
  extent(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
  /** Edges drawn (not hidden by the style), co-occurrence edges apart. */
  shownEdges(): { coOccurs: number; other: number };
  /** The selected element and the on-canvas positions (CSS pixels from its top left) of it or its ends. */
  selected(): { id: string; ends: Array<{ id: string; x: number; y: number }> } | null;
}

function probe(cy: Core): GraphProbe {
  return {
    nodes: () =>
      cy.nodes(':visible').map((n: NodeSingular) => {
        const fontPx = parseFloat(String(n.style('font-size'))) * cy.zoom();
        return { id: n.id(), x: n.position('x'), y: n.position('y'), size: n.width(), label: fontPx >= 12 && Boolean(n.style('label')), fontPx };
      }),
    zoom: () => cy.zoom(),
    extent: () => cy.extent(),
    shownEdges: () => {
      let coOccurs = 0;
      let other = 0;
      cy.edges().forEach((e) => {
        if (e.style('display') === 'none' || e.source().hasClass('unplaced') || e.target().hasClass('unplaced')) return;
        if (e.data('type') === 'co_occurs') coOccurs++;
        else other++;
      });
      return { coOccurs, other };
    },
    selected: () => {
      const ele = cy.elements('.selected').first();
      if (ele.empty()) return null;
      const nodes = ele.isEdge() ? ele.connectedNodes() : ele;
      return { id: ele.id(), ends: nodes.map((n: NodeSingular) => ({ id: n.id(), ...n.renderedPosition() })) };
    },
  };
}

/** Remembers the live instance, for commands that act on the drawing (image export). */
export function setCurrentCy(cy: Core | null): void {
  current = cy;
  if (typeof window !== 'undefined') (window as Window & { __zhituGraph?: GraphProbe | null }).__zhituGraph = cy ? probe(cy) : null;
}

/** The live Cytoscape instance, if the graph view is mounted. */
export function getCurrentCy(): Core | null {
  return current;
}
