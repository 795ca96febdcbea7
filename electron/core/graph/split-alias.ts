import type { Evidence } from '../../shared/types';
import type { MentionRef } from './model';
import type { GraphState, NodeState } from './state';

/**
 * Whether a piece of evidence belongs to the alias: every mention of the entity inside the
 * evidence span was written as the alias; with no mention inside, the span names the alias
 * and not the entity's own name.
 */
function belongsToAlias(ev: Evidence, mentions: MentionRef[] | undefined, alias: string, name: string): boolean {
  const inside = mentions?.filter((m) => m.start >= ev.start && m.end <= ev.end) ?? [];
  if (inside.length > 0) return inside.every((m) => m.surface === alias);
  return ev.text.includes(alias) && !ev.text.includes(name);
}

/**
 * Makes an alias its own entity again (id `entityId(type, alias)`, or the existing entity of
 * that id): it takes the mentions written as the alias, and the evidence of each edge that
 * those mentions support (see `belongsToAlias`); an edge left without evidence is dropped
 * unless the user added it. Returns the new entity. `node` must be writable.
 */
export function splitAliasOff(state: GraphState, node: NodeState, alias: string): NodeState {
  let id = state.entityIdOf(node.type, alias);
  // A renamed entity keeps the id of its old name; the split-off old name needs another one.
  if (id === node.id) id = state.entityIdOf(node.type, `${alias}\u0000${node.id}`);
  let target = state.nodes.get(id);
  if (!target) {
    target = { id, type: node.type, name: alias, aliases: new Set() };
    state.nodes.set(id, target);
    state.deleted.delete(id);
    state.redirects.delete(id);
  }
  node.aliases.delete(alias);
  const all = state.mentions.get(node.id) ?? [];
  const byArticle = new Map<string, MentionRef[]>();
  for (const m of all) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const moved = all.filter((m) => m.surface === alias);
  if (moved.length > 0) {
    const kept = all.filter((m) => m.surface !== alias);
    if (kept.length > 0) state.mentions.set(node.id, kept);
    else state.mentions.delete(node.id);
    const list = state.writableMentions(target.id);
    if (list) list.push(...moved);
    else state.mentions.set(target.id, moved);
    state.unsortedMentions.add(target.id);
  }
  for (const edge of state.edgesOf(node.id)) {
    const takes: Evidence[] = [];
    const stays: Evidence[] = [];
    for (const ev of edge.evidence) {
      (belongsToAlias(ev, byArticle.get(ev.article), alias, node.name) ? takes : stays).push(ev);
    }
    if (takes.length === 0) continue;
    if (stays.length > 0 || edge.manual) state.writableEdge(edge).evidence = stays;
    else state.dropEdge(edge.id);
    const source = edge.source === node.id ? target.id : edge.source;
    const dest = edge.target === node.id ? target.id : edge.target;
    if (source !== dest) state.combine(edge.type, source, dest, edge.label, takes, edge.attrs, false);
  }
  return target;
}
