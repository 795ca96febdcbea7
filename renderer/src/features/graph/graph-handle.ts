import type { Core, NodeSingular } from 'cytoscape';

let current: Core | null = null;

/** What browser tests may read of the drawing (see tests/e2e/README.md): never used by the app. */
export interface GraphProbe {
  /** Visible nodes: model position, drawn diameter, whether its label is drawn at a legible size. */
  nodes(): Array<{ id: string; x: number; y: number; size: number; label: boolean; fontPx: number }>;
  zoom(): number;
  /** The visible area in model units. */
  extent(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
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
