import type { Core } from 'cytoscape';

let current: Core | null = null;

/** Remembers the live instance, for commands that act on the drawing (image export). */
export function setCurrentCy(cy: Core | null): void {
  current = cy;
}

/** The live Cytoscape instance, if the graph view is mounted. */
export function getCurrentCy(): Core | null {
  return current;
}
