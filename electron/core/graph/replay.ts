import type { EditOp, EntityType, OrphanEdit, StoredEdit } from '../../shared/types';
import { absorb, rekey } from './merge';
import { Resolver } from './resolver';
import { splitAliasOff } from './split-alias';
import type { GraphState, NodeState } from './state';

type Op<K extends EditOp['op']> = Extract<EditOp, { op: K }>;

const gone = (id: string): string => `entity ${id} no longer exists`;

function annotate(state: GraphState, r: Resolver, op: Op<'annotate'>): string | null {
  const found = r.find(op.id);
  if (!found) return gone(op.id);
  const node = state.writableNode(found.node);
  if (op.note !== undefined) {
    if (op.note === null || op.note === '') delete node.note;
    else node.note = op.note;
  }
  if (op.tags !== undefined) {
    const tags = [...new Set(op.tags.map((t) => t.trim()).filter(Boolean))];
    if (tags.length > 0) node.tags = tags;
    else delete node.tags;
  }
  if (op.color !== undefined) {
    if (op.color === null || op.color === '') delete node.color;
    else node.color = op.color;
  }
  return null;
}

/** Another entity that already has the id a (type, name) pair would get is the same entity: fold it in. */
function absorbNamesake(state: GraphState, node: NodeState): void {
  const other = state.nodes.get(state.entityIdOf(node.type, node.name));
  if (other && other !== node) absorb(state, node, other);
}

function rename(state: GraphState, r: Resolver, op: Op<'rename'>): string | null {
  const found = r.find(op.id);
  if (!found) return gone(op.id);
  const name = op.name.trim();
  let { node } = found;
  if (node.type === 'article') return `${op.id} is an article, not an entity`;
  if (!name) return 'the new name is empty';
  if (found.viaAlias) {
    // Re-extraction folded the old name into this entity; only if it already bears the new name is it the same one.
    if (node.name !== name) return `entity ${op.id} is now part of ${node.name}`;
    node = rekey(state, node, op.id);
  }
  node = state.writableNode(node);
  if (node.name !== name) {
    node.aliases.add(node.name);
    node.name = name;
    node.aliases.delete(name);
  }
  absorbNamesake(state, node);
  return null;
}

function retype(state: GraphState, r: Resolver, op: Op<'retype'>): string | null {
  const found = r.find(op.id);
  let node = found?.node;
  if (!found) {
    const retyped = r.findRetyped(op.id, op.type);
    if (!retyped) return gone(op.id);
    rekey(state, retyped, op.id);
    return null;
  }
  if (!node || node.type === 'article') return `${op.id} is an article, not an entity`;
  if (found.viaAlias) {
    if (node.type !== op.type) return `entity ${op.id} is now part of ${node.name}`;
    node = rekey(state, node, op.id);
  }
  node = state.writableNode(node);
  node.type = op.type;
  absorbNamesake(state, node);
  return null;
}

function merge(state: GraphState, r: Resolver, op: Op<'merge'>): string | null {
  const found = r.find(op.target);
  if (!found || found.node.type === 'article') return `merge target ${op.target} no longer exists`;
  const target = state.writableNode(found.node);
  const missing: string[] = [];
  for (const src of op.sources) {
    if (src === op.target) continue;
    const f = r.find(src);
    if (f && f.node === target) {
      // Already one entity (re-extraction used the merged names): later edits on the source follow.
      if (src !== target.id) state.redirects.set(src, target.id);
      continue;
    }
    if (!f || f.viaAlias || f.node.type === 'article') {
      missing.push(src);
      if (!state.deleted.has(r.follow(src))) state.redirects.set(src, target.id);
      continue;
    }
    absorb(state, target, f.node);
    if (src !== target.id) state.redirects.set(src, target.id);
  }
  return missing.length > 0 ? `merge source ${missing.join(', ')} no longer exists` : null;
}

function splitAlias(state: GraphState, r: Resolver, op: Op<'splitAlias'>): string | null {
  const found = r.find(op.id);
  if (!found) return gone(op.id);
  const { node } = found;
  if (node.type === 'article') return `${op.id} is an article, not an entity`;
  if (!node.aliases.has(op.alias)) {
    // Re-extraction may already keep the alias apart.
    if (state.nodes.has(state.entityIdOf(node.type, op.alias))) return null;
    return `alias ${op.alias} is no longer a name of ${node.name}`;
  }
  splitAliasOff(state, state.writableNode(node), op.alias);
  return null;
}

function remove(state: GraphState, r: Resolver, op: Op<'delete'>): string | null {
  const id = r.follow(op.id);
  const node = state.nodes.get(id);
  // Nothing to delete (extraction no longer finds it): the edit's intent already holds.
  if (!node) return null;
  if (node.type === 'article') return `${op.id} is an article; articles are not deleted from the graph`;
  for (const edge of state.edgesOf(id)) state.dropEdge(edge.id);
  state.mentions.delete(id);
  state.nodes.delete(id);
  state.deleted.add(id);
  state.deleted.add(op.id);
  state.removed.set(id, { type: node.type as EntityType, name: node.name, aliases: [...node.aliases], how: 'deleted' });
  return null;
}

function addNode(state: GraphState, op: Op<'addNode'>): string | null {
  const name = op.name.trim();
  if (!name) return 'the name is empty';
  const id = state.entityIdOf(op.type, name);
  state.deleted.delete(id);
  state.redirects.delete(id);
  if (!state.nodes.has(id)) state.nodes.set(id, { id, type: op.type, name, aliases: new Set(), manual: true });
  return null;
}

function addEdge(state: GraphState, r: Resolver, op: Op<'addEdge'>): string | null {
  const s = r.find(op.source);
  if (!s) return gone(op.source);
  const t = r.find(op.target);
  if (!t) return gone(op.target);
  if (s.node === t.node) return `both ends are ${s.node.name}`;
  const fromArticle = op.type === 'mentions' || op.type === 'reported_by';
  if (fromArticle && (s.node.type !== 'article' || t.node.type === 'article')) return `${op.type} links an article to an entity`;
  if (!fromArticle && (s.node.type === 'article' || t.node.type === 'article')) return `${op.type} links two entities, not articles`;
  const id = state.combine(op.type, s.node.id, t.node.id, op.label ?? '', [], undefined, true);
  state.suppressedEdges.delete(id);
  return null;
}

function deleteEdge(state: GraphState, op: Op<'deleteEdge'>): string | null {
  const id = state.resolveEdge(op.id);
  if (state.edges.has(id)) state.dropEdge(id);
  // Derived `mentions` edges are rebuilt at the end; remember to leave this one out.
  else state.suppressedEdges.add(id);
  return null;
}

function apply(state: GraphState, r: Resolver, op: EditOp): string | null {
  switch (op.op) {
    case 'annotate':
      return annotate(state, r, op);
    case 'rename':
      return rename(state, r, op);
    case 'retype':
      return retype(state, r, op);
    case 'merge':
      return merge(state, r, op);
    case 'splitAlias':
      return splitAlias(state, r, op);
    case 'delete':
      return remove(state, r, op);
    case 'addNode':
      return addNode(state, op);
    case 'addEdge':
      return addEdge(state, r, op);
    case 'deleteEdge':
      return deleteEdge(state, op);
    case 'setDate':
    case 'removeArticles':
      // Applied to the articles before aggregation (article-edits.ts).
      return null;
    default:
      return `unknown edit ${(op as { op: string }).op}`;
  }
}

/**
 * Replays the edit log in `seq` order on the extracted graph. An edit whose target is gone is
 * not applied and comes back as an orphan; deleting something that is already absent is not an orphan.
 */
export function replayEdits(state: GraphState, edits: StoredEdit[]): OrphanEdit[] {
  const orphans: OrphanEdit[] = [];
  const resolver = new Resolver(state);
  const ordered = [...edits].sort((a, b) => a.seq - b.seq);
  for (const edit of ordered) {
    const reason = apply(state, resolver, edit);
    if (reason) orphans.push({ seq: edit.seq, op: edit.op, reason });
  }
  return orphans;
}
