import type { Collection, Core } from 'cytoscape';
import type { Selection } from '../../state/store';
import { currentDrawStyle } from './stylesheet';

export interface ViewMarks {
  selection: Selection;
  marked: string[];
  path: { nodes: string[]; edges: string[] } | null;
}

const VIEW_CLASSES = ['selected', 'neighbour', 'path', 'marked', 'faded'] as const;
type ViewClass = (typeof VIEW_CLASSES)[number];

/**
 * The elements a fade reaches: all but the co-occurrence edges a dense view hides (they are not
 * drawn; cooc-lod.ts fades those it shows while something is faded).
 */
function fadeable(cy: Core): Collection {
  if (!currentDrawStyle(cy).hideCoOccurs) return cy.elements();
  return cy.elements().filter((ele) => !ele.isEdge() || ele.data('type') !== 'co_occurs' || ele.hasClass('near'));
}

/** Which elements should carry each class for `marks`. */
function wanted(cy: Core, marks: ViewMarks): Record<ViewClass, Collection> {
  const out: Record<ViewClass, Collection> = { selected: cy.collection(), neighbour: cy.collection(), path: cy.collection(), marked: cy.collection(), faded: cy.collection() };
  for (const id of marks.marked) out.marked.merge(cy.getElementById(id));
  if (marks.path && marks.path.nodes.length > 0) {
    for (const id of [...marks.path.nodes, ...marks.path.edges]) out.path.merge(cy.getElementById(id));
    const selected = marks.selection ? cy.getElementById(marks.selection.id) : cy.collection();
    out.selected = selected;
    out.faded = fadeable(cy).not(out.path).not(selected);
    return out;
  }
  if (!marks.selection) return out;
  const ele = cy.getElementById(marks.selection.id);
  if (ele.empty()) return out;
  out.selected = ele;
  const near = marks.selection.kind === 'node' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
  out.neighbour = near.not(ele);
  out.faded = fadeable(cy).not(near);
  return out;
}

/**
 * Sets the selection and path classes in one batch: the selected element and its neighbours stand
 * out and the rest fades; a shortest path, when shown, wins over the selection. Only elements whose
 * classes change are touched (each one touched is restyled and redrawn: at thousands of elements
 * a new selection beside the last one costs its neighbourhood, not the whole graph).
 */
export function applyViewClasses(cy: Core, marks: ViewMarks): void {
  const want = wanted(cy, marks);
  cy.batch(() => {
    for (const cls of VIEW_CLASSES) {
      const now = cy.elements(`.${cls}`);
      now.difference(want[cls]).removeClass(cls);
      want[cls].difference(now).addClass(cls);
    }
  });
}

/** Fades `edges` when the view fades what is not looked at (a selection or path is shown). */
export function fadeLikeTheRest(cy: Core, edges: Collection): void {
  if (cy.$('.selected, .path').empty()) return;
  edges.not('.selected, .neighbour, .path').addClass('faded');
}
