import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

/** Registers the layout and SVG extensions once per page. */
export function registerExtensions(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(svg);
    registered = true;
  }
  return cytoscape;
}

/** What cytoscape-svg adds to an instance. */
export type CoreWithSvg = Core & { svg(options?: { full?: boolean; scale?: number; bg?: string }): string };
