import type { Core, EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';

/** Classes of a community focus: its members and the edges between them stand out, the rest recedes. */
export const FOCUS_CLASS = 'community-focus';
export const DIM_CLASS = 'community-dim';

/**
 * Brings the members of a community forward in one batch (null: clears the focus) and returns
 * how many of them the view shows.
 */
export function applyCommunityFocus(cy: Core, members: ReadonlySet<string> | null): number {
  let shown = 0;
  cy.batch(() => {
    cy.elements(`.${FOCUS_CLASS}, .${DIM_CLASS}`).removeClass(`${FOCUS_CLASS} ${DIM_CLASS}`);
    if (!members) return;
    cy.nodes().forEach((node: NodeSingular) => {
      if (members.has(node.id())) {
        node.addClass(FOCUS_CLASS);
        shown++;
      } else node.addClass(DIM_CLASS);
    });
    cy.edges().forEach((edge: EdgeSingular) => {
      edge.addClass(members.has(edge.source().id()) && members.has(edge.target().id()) ? FOCUS_CLASS : DIM_CLASS);
    });
  });
  return shown;
}

/** Stylesheet rules of the community focus, appended to the graph's stylesheet. */
export function communityFocusStyles(): StylesheetJson {
  return [
    { selector: `node.${DIM_CLASS}`, style: { opacity: 0.15, 'text-opacity': 0.25 } },
    { selector: `edge.${DIM_CLASS}`, style: { opacity: 0.06 } },
    { selector: `node.${FOCUS_CLASS}`, style: { 'border-width': 3, 'border-color': '#1f2933', 'border-opacity': 1, opacity: 1, 'text-opacity': 1, 'z-index': 18 } },
    { selector: `edge.${FOCUS_CLASS}`, style: { opacity: 1 } },
  ];
}
