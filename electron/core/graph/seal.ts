import { SealedSet } from './layered';
import type { EdgeState, NodeState } from './state';

const NO_ALIASES: ReadonlySet<string> = Object.freeze(new SealedSet<string>());

/** Sets the weight (evidence count; 1 for a hand-made edge without evidence) and dates of an edge. */
export function settleEdge(e: EdgeState): EdgeState {
  e.weight = e.evidence.length > 0 ? e.evidence.length : 1;
  let first: string | null = null;
  let last: string | null = null;
  for (const ev of e.evidence) {
    const d = ev.date;
    if (!d) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  e.firstDate = first;
  e.lastDate = last;
  return e;
}

/** Freezes a node (aliases become a sealed set) so that states can share it; `writableNode` copies it. */
export function sealNode(node: NodeState): void {
  if (Object.isFrozen(node)) return;
  node.aliases = node.aliases.size > 0 ? new SealedSet(node.aliases) : (NO_ALIASES as Set<string>);
  if (node.tags) Object.freeze(node.tags);
  Object.freeze(node);
}

/** Settles and freezes an edge, its evidence list and attributes; `writableEdge` copies it. */
export function sealEdge(edge: EdgeState): void {
  if (Object.isFrozen(edge)) return;
  settleEdge(edge);
  Object.freeze(edge.evidence);
  if (edge.attrs) Object.freeze(edge.attrs);
  Object.freeze(edge);
}

/** Marks a set of ids as shared by states: frozen, so that the state copies it before a change. */
export function sealSet<T>(set: Set<T>): Set<T> {
  return Object.freeze(set);
}
