import type { EntitySummary, EntityType, GraphEdge } from '../../../../electron/shared/types';

export type EntityColumn = 'name' | 'type' | 'mentions' | 'articles' | 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'community';

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  tags: string[];
  mentions: number;
  articles: number;
  /** Whether the graph shows it now. */
  inView: boolean;
  /** Measures from `analyze`, when computed. */
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
}

export interface Sort<C extends string> {
  column: C;
  descending: boolean;
}

/** Entity rows: the workspace's entities with what the view and the analytics know of them. */
export function entityRows(entities: EntitySummary[], inView: Set<string>, measures?: Map<string, Partial<EntityRow>>): EntityRow[] {
  return entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    tags: e.tags ?? [],
    mentions: e.mentions,
    articles: e.articles.length,
    inView: inView.has(e.id),
    ...(measures?.get(e.id) ?? {}),
  }));
}

/** Keeps the rows whose name, alias or tag contains `query` (and of `type`, when given). */
export function filterRows<R extends { name: string; aliases?: string[]; tags?: string[]; type?: string }>(rows: R[], query: string, type?: string): R[] {
  const q = query.trim().toLowerCase();
  return rows.filter(
    (r) => (!type || r.type === type) && (!q || r.name.toLowerCase().includes(q) || (r.aliases ?? []).some((a) => a.toLowerCase().includes(q)) || (r.tags ?? []).some((t) => t.toLowerCase().includes(q))),
  );
}

/** Sorts rows by a column (numbers numerically, text by the Chinese collation); ties by name. */
export function sortRows<R extends { name: string }, C extends string>(rows: R[], sort: Sort<C>): R[] {
  const collator = new Intl.Collator('zh-CN');
  const value = (r: R) => (r as unknown as Record<string, unknown>)[sort.column];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'number' || typeof vb === 'number' ? (Number(va) || 0) - (Number(vb) || 0) : collator.compare(String(va ?? ''), String(vb ?? ''));
    return c * sign || collator.compare(a.name, b.name);
  });
}

export interface RelationRow {
  id: string;
  type: GraphEdge['type'];
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  label: string;
  weight: number;
  evidence: number;
  name: string;
}

/** Relation rows for the edges the view shows, with the names of their ends. */
export function relationRows(edges: GraphEdge[], names: Map<string, string>): RelationRow[] {
  return edges.map((e) => {
    const sourceName = names.get(e.source) ?? e.source;
    const targetName = names.get(e.target) ?? e.target;
    return { id: e.id, type: e.type, source: e.source, sourceName, target: e.target, targetName, label: e.label, weight: e.weight, evidence: e.evidenceCount ?? e.evidence.length, name: `${sourceName} ${targetName}` };
  });
}
