import type { Core, NodeSingular } from 'cytoscape';

let current: Core | null = null;

/** What browser tests may read of the drawing (see tests/e2e/README.md): never used by the app. */
export interface GraphProbe {
  /**
   * Visible nodes: model position, drawn diameter, whether its label is drawn at a legible size, and
   * the box its label is drawn in (CSS pixels on the canvas, outline included) when it has one.
   */
  nodes(): Array<{ id: string; x: number; y: number; size: number; label: boolean; fontPx: number; text: string; labelBox: { x1: number; y1: number; x2: number; y2: number } | null }>;
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
        const text = String(n.style('label') ?? '');
        const box = text ? n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }) : null;
        // Cytoscape pads label bounds by 2 model units a side ("browser dimension inaccuracies"):
        // taken off, the box is the drawn text with its outline.
        const slack = 2 * cy.zoom();
        return {
          id: n.id(),
          x: n.position('x'),
          y: n.position('y'),
          size: n.width(),
          label: fontPx >= 12 && Boolean(text),
          fontPx,
          text,
          labelBox: box && box.w > 0 ? { x1: box.x1 + slack, y1: box.y1 + slack, x2: box.x2 - slack, y2: box.y2 - slack } : null,
        };
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
