import { ENTITY_TYPES } from '../../shared/types';
import type { EntityType, GraphData, GraphNode, StoredEdit, UserLexicon } from '../../shared/types';
import { entityId } from './ids';
import type { BuiltGraph } from './model';

export type { UserLexicon } from '../../shared/types';

const key = (type: EntityType | undefined, name: string): string => `${type ?? ''}\u0000${name}`;

/** The name (or alias) of `node` whose id under some type is `id`: the name an edit saw. */
function nameBehind(node: GraphNode, id: string): string | undefined {
  for (const name of [node.name, ...node.aliases]) {
    for (const t of ENTITY_TYPES) if (entityId(t, name) === id) return name;
  }
  return undefined;
}

/**
 * Dictionary entries for the extractor from the user's edits, read against the graph those
 * edits produced: added, renamed, retyped, merge-target and split-off entities become entries
 * with their current name and type; a rename's old name and the names of merged sources become
 * their aliases (aliases found only by extraction are left out, as they may hold in one article
 * only). Deleted entities are blocked. Pass the BuiltGraph (not only its `graph`) so that deletions
 * recorded without a name can still be named.
 */
export function userLexiconFromEdits(edits: StoredEdit[], graph: GraphData | BuiltGraph): Required<UserLexicon> {
  const data = 'graph' in graph ? graph.graph : graph;
  const built = 'graph' in graph ? graph : undefined;
  const nodes = new Map<string, GraphNode>();
  for (const n of data.nodes) if (n.type !== 'article') nodes.set(n.id, n);
  const merged = new Map<string, string>();
  const follow = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 1000 && !nodes.has(cur); i++) {
      const next = merged.get(cur) ?? built?.redirects.get(cur);
      if (next === undefined) break;
      cur = next;
    }
    return cur;
  };
  const touched = new Map<string, Set<string>>();
  const touch = (id: string): Set<string> => {
    let set = touched.get(id);
    if (!set) touched.set(id, (set = new Set()));
    return set;
  };
  const blocked = new Map<string, { type?: EntityType; name: string }>();

  for (const edit of [...edits].sort((a, b) => a.seq - b.seq)) {
    switch (edit.op) {
      case 'addNode':
        touch(follow(entityId(edit.type, edit.name.trim())));
        blocked.delete(key(edit.type, edit.name.trim()));
        break;
      case 'rename':
      case 'retype': {
        const id = follow(edit.id);
        const node = nodes.get(id);
        if (!node) break;
        const aliases = touch(id);
        const old = edit.op === 'rename' ? nameBehind(node, edit.id) : undefined;
        if (old !== undefined) aliases.add(old);
        break;
      }
      case 'merge': {
        const id = follow(edit.target);
        const node = nodes.get(id);
        if (!node) break;
        const aliases = touch(id);
        for (const src of edit.sources) {
          const name = nameBehind(node, src) ?? built?.removed.get(src)?.name;
          if (name !== undefined) aliases.add(name);
          for (const a of touched.get(src) ?? []) aliases.add(a);
          if (src !== id) {
            touched.delete(src);
            merged.set(src, id);
          }
        }
        break;
      }
      case 'splitAlias': {
        const id = follow(edit.id);
        const node = nodes.get(id);
        touched.get(id)?.delete(edit.alias);
        if (!node) break;
        const split = nodes.get(entityId(node.type, edit.alias)) ?? data.nodes.find((n) => n.name === edit.alias && n.type === node.type);
        if (split) touch(split.id);
        break;
      }
      case 'delete': {
        const gone = built?.removed.get(edit.id);
        const name = edit.name ?? (gone?.how === 'deleted' ? gone.name : undefined);
        const type = edit.type ?? (gone?.how === 'deleted' ? gone.type : undefined);
        if (name !== undefined) blocked.set(key(type, name), type ? { type, name } : { name });
        touched.delete(follow(edit.id));
        break;
      }
      default:
        break;
    }
  }

  const entries: UserLexicon['entries'] = [];
  const seen = new Map<string, number>();
  for (const [id, aliases] of touched) {
    const node = nodes.get(follow(id));
    if (!node || node.type === 'article') continue;
    const names = [...aliases].filter((a) => a !== node.name);
    const at = seen.get(node.id);
    if (at !== undefined) {
      const prev = entries[at];
      prev.aliases = [...new Set([...(prev.aliases ?? []), ...names])];
      continue;
    }
    seen.set(node.id, entries.length);
    entries.push(names.length > 0 ? { type: node.type, name: node.name, aliases: names } : { type: node.type, name: node.name });
    blocked.delete(key(node.type, node.name));
  }
  return { entries, blocked: [...blocked.values()] };
}
