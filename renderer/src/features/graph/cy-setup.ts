import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { withFcose } from './layout/register-fcose';

let registered = false;

/** Registers the layout and SVG extensions once per page. */
export function registerExtensions(): typeof cytoscape {
  const cy = withFcose();
  if (!registered) {
    cy.use(svg);
    registered = true;
  }
  return cy;
}

/** What cytoscape-svg adds to an instance. */
export type CoreWithSvg = Core & { svg(options?: { full?: boolean; scale?: number; bg?: string }): string };
