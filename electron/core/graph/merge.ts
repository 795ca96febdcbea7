import type { EntityType } from '../../shared/types';
import type { EdgeState, GraphState, NodeState } from './state';

/**
 * Moves one end of an edge from `from` to `to`: the edge gets its new id (recorded as a
 * redirect), is combined with an existing edge of that id, or dropped if it became a self-loop.
 */
export function moveEdgeEnd(state: GraphState, edge: EdgeState, from: string, to: string): void {
  const source = edge.source === from ? to : edge.source;
  const target = edge.target === from ? to : edge.target;
  state.dropEdge(edge.id);
  if (source === target) return;
  const id = state.combine(edge.type, source, target, edge.label, edge.evidence, edge.attrs, edge.manual);
  if (id !== edge.id) state.edgeRedirects.set(edge.id, id);
}

/**
 * Folds `source` into `target`: its name and aliases become aliases of the target, its
 * mentions and edges move over, annotations fill what the target lacks (tags are unioned),
 * and its id redirects to the target. `record` false re-keys without noting a removal.
 * The target must be writable (see `GraphState.writableNode`).
 */
export function absorb(state: GraphState, target: NodeState, source: NodeState, record = true): void {
  if (target.id === source.id) return;
  target.aliases.add(source.name);
  for (const a of source.aliases) target.aliases.add(a);
  target.aliases.delete(target.name);
  if (!target.code && source.code) target.code = source.code;
  if (target.note === undefined && source.note !== undefined) target.note = source.note;
  if (target.color === undefined && source.color !== undefined) target.color = source.color;
  if (source.tags) target.tags = [...new Set([...(target.tags ?? []), ...source.tags])];
  if (target.manual && !source.manual) delete target.manual;
  const moved = state.mentions.get(source.id);
  if (moved) {
    const list = state.writableMentions(target.id);
    if (list) list.push(...moved);
    else state.mentions.set(target.id, moved);
    state.mentions.delete(source.id);
    state.unsortedMentions.add(target.id);
  }
  for (const edge of state.edgesOf(source.id)) moveEdgeEnd(state, edge, source.id, target.id);
  state.nodes.delete(source.id);
  state.redirects.set(source.id, target.id);
  if (record) {
    state.removed.set(source.id, {
      type: source.type as EntityType,
      name: source.name,
      aliases: [...source.aliases],
      how: 'merged',
      into: target.id,
    });
  }
}

/** Gives a node a new id (keeping everything else), so that an edit's id stays valid. */
export function rekey(state: GraphState, node: NodeState, id: string): NodeState {
  const copy: NodeState = { ...node, id, aliases: new Set(node.aliases) };
  if (node.tags) copy.tags = [...node.tags];
  state.nodes.set(id, copy);
  state.redirects.delete(id);
  state.deleted.delete(id);
  absorb(state, copy, node, false);
  return copy;
}
