import type { EditOp, EntityType } from '../../shared/types';
import { entityId } from './ids';
import { NODE_KINDS } from './snapshot-model';
import type { NodeExtra, NodeTable } from './snapshot-model';

const ARTICLE = NODE_KINDS.indexOf('article');
const rowMaps = new WeakMap<NodeTable, Map<string, number>>();

/** Node id -> row of a node table (kept with the table). */
export function rowsOf(table: NodeTable): Map<string, number> {
  let rows = rowMaps.get(table);
  if (!rows) {
    // Filled in a loop: no pair array per node (75k at 30k articles) left for the collector.
    rows = new Map();
    const ids = table.id;
    for (let i = 0; i < ids.length; i++) rows.set(ids[i], i);
    rowMaps.set(table, rows);
  }
  return rows;
}

/**
 * A node table changed by light edits, copy-on-write: the columns an edit changes are copied
 * once, the table given is left as it was.
 */
class Patch {
  readonly table: NodeTable;
  private copied = new Set<string>();

  constructor(base: NodeTable) {
    this.table = { ...base };
    rowMaps.set(this.table, rowsOf(base));
  }

  private column<K extends 'name' | 'type' | 'aliases'>(key: K): NodeTable[K] {
    if (!this.copied.has(key)) {
      this.copied.add(key);
      (this.table[key] as unknown[]) = [...(this.table[key] as unknown[])];
    }
    return this.table[key];
  }

  extra(row: number): NodeExtra {
    if (!this.copied.has('extra')) {
      this.copied.add('extra');
      this.table.extra = { ...this.table.extra };
    }
    const copy = { ...(this.table.extra[row] ?? {}) };
    this.table.extra[row] = copy;
    return copy;
  }

  setName(row: number, name: string, aliases: string[]): void {
    this.column('name')[row] = name;
    this.column('aliases')[row] = aliases.length > 0 ? aliases : 0;
  }

  setType(row: number, type: number): void {
    this.column('type')[row] = type;
  }
}

function tidy(p: Patch, row: number): void {
  const extra = p.table.extra[row];
  if (extra && Object.keys(extra).length === 0) delete p.table.extra[row];
}

/**
 * Applies an edit that changes only one node's own fields, as the replay would: an annotation;
 * a rename or retype of an entity when no other entity has the id of its new name (it would be
 * absorbed). Returns false, changing nothing, for any other edit: the graph must be rebuilt.
 */
function applyOne(p: Patch, op: EditOp): boolean {
  if (op.op !== 'annotate' && op.op !== 'rename' && op.op !== 'retype') return false;
  const t = p.table;
  const row = rowsOf(t).get(op.id);
  if (row === undefined || t.type[row] === ARTICLE) return false;
  if (op.op === 'annotate') {
    const extra = p.extra(row);
    if (op.note !== undefined) {
      if (op.note === null || op.note === '') delete extra.note;
      else extra.note = op.note;
    }
    if (op.tags !== undefined) {
      const tags = [...new Set(op.tags.map((x) => x.trim()).filter(Boolean))];
      if (tags.length > 0) extra.tags = tags;
      else delete extra.tags;
    }
    if (op.color !== undefined) {
      if (op.color === null || op.color === '') delete extra.color;
      else extra.color = op.color;
    }
    tidy(p, row);
    return true;
  }
  const type = op.op === 'retype' ? op.type : (NODE_KINDS[t.type[row]] as EntityType);
  const name = op.op === 'rename' ? op.name.trim() : t.name[row];
  if (!name) return false;
  const namesake = rowsOf(t).get(entityId(type, name));
  if (namesake !== undefined && namesake !== row) return false;
  if (op.op === 'retype') {
    p.setType(row, NODE_KINDS.indexOf(type));
    return true;
  }
  const old = t.name[row];
  if (old !== name) {
    const current = t.aliases[row];
    const aliases = new Set(current === 0 ? [] : current);
    aliases.add(old);
    aliases.delete(name);
    const list = [...aliases];
    p.setName(row, name, list.length > 1 ? list.sort() : list);
  }
  return true;
}

/**
 * The node table after `edits` (in order), when every one of them is light (see `isLight`), or
 * null when one is not. Light edits change node fields only: degrees, edges and mentions stay,
 * so they are applied on top of a snapshot at read time and never rewrite it.
 */
export function applyLightEdits(table: NodeTable, edits: readonly EditOp[]): NodeTable | null {
  if (edits.length === 0) return table;
  const patch = new Patch(table);
  for (const op of edits) if (!applyOne(patch, op)) return null;
  return patch.table;
}
