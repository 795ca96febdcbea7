import type { Core } from 'cytoscape';
import type { Selection } from '../../state/store';

export interface ViewMarks {
  selection: Selection;
  marked: string[];
  path: { nodes: string[]; edges: string[] } | null;
}

/**
 * Sets the selection and path classes in one batch: the selected element and its neighbours stand
 * out and the rest fades; a shortest path, when shown, wins over the selection.
 */
export function applyViewClasses(cy: Core, marks: ViewMarks): void {
  cy.batch(() => {
    cy.elements('.selected, .neighbour, .faded, .path, .marked').removeClass('selected neighbour faded path marked');
    for (const id of marks.marked) cy.getElementById(id).addClass('marked');
    if (marks.path && marks.path.nodes.length > 0) {
      const onPath = cy.collection();
      for (const id of [...marks.path.nodes, ...marks.path.edges]) onPath.merge(cy.getElementById(id));
      onPath.addClass('path');
      cy.elements().not(onPath).addClass('faded');
      if (marks.selection) cy.getElementById(marks.selection.id).addClass('selected').removeClass('faded');
      return;
    }
    if (!marks.selection) return;
    const ele = cy.getElementById(marks.selection.id);
    if (ele.empty()) return;
    ele.addClass('selected');
    const near = marks.selection.kind === 'node' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    near.not(ele).addClass('neighbour');
    cy.elements().not(near).addClass('faded');
  });
}
