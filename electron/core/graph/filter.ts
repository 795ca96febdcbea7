import type { Evidence, GraphData, GraphEdge, GraphFilter, GraphNode, RelationType } from '../../shared/types';
import { dateInRange, dateSpan } from './dates';
import { setDegrees } from './degree';
import { reachable } from './neighbourhood';

const ARTICLE_EDGES: ReadonlySet<RelationType> = new Set<RelationType>(['mentions', 'reported_by']);

interface Scope {
  articles: Set<string> | null;
  from: string | null;
  to: string | null;
  /** Undated articles and evidence are in scope too (`includeUndated`). */
  undated: boolean;
  /** Article id -> date, from the article nodes of the graph. */
  dates: Map<string, string | null>;
}

function scoped(s: Scope): boolean {
  return s.articles !== null || s.from !== null || s.to !== null;
}

function dateInScope(date: string | null | undefined, s: Scope): boolean {
  return (s.undated && !date) || dateInRange(date, s.from, s.to);
}

function evidenceInScope(ev: Evidence, s: Scope): boolean {
  return (s.articles === null || s.articles.has(ev.article)) && dateInScope(ev.date, s);
}

/** Whether an article is in scope; `undefined` when its date is unknown to this graph. */
function articleInScope(id: string, s: Scope): boolean | undefined {
  if (s.articles !== null && !s.articles.has(id)) return false;
  if (s.from === null && s.to === null) return true;
  if (!s.dates.has(id)) return undefined;
  return dateInScope(s.dates.get(id), s);
}

/**
 * A node restricted to the scope: its articles and mentions counted there only, or null when
 * no article in scope mentions it. Nodes without articles (added by hand, or known only from a
 * gazetteer relation) pass a date range but not an article list; `filterGraph` then keeps those
 * known only from relations when one of their edges is kept.
 */
function scopeNode(n: GraphNode, s: Scope, mentionsByArticle: Map<string, Map<string, number>>): GraphNode | null {
  if (!scoped(s)) return { ...n };
  if (n.articles.length === 0) return s.articles === null ? { ...n } : null;
  const kept: string[] = [];
  let unknownDates = false;
  for (const a of n.articles) {
    const ok = articleInScope(a, s);
    if (ok === undefined) unknownDates = true;
    else if (ok) kept.push(a);
  }
  if (unknownDates) {
    // This graph has no article nodes to date them: judge by the node's own date span.
    if (!dateInRange(n.firstDate ?? null, null, s.to) || !dateInRange(n.lastDate ?? null, s.from, null)) return null;
    return { ...n };
  }
  if (kept.length === 0) return null;
  if (n.type === 'article') return { ...n };
  const counts = mentionsByArticle.get(n.id);
  const mentions = counts ? kept.reduce((sum, a) => sum + (counts.get(a) ?? 0), 0) : n.mentions;
  const { first, last } = dateSpan(kept.map((a) => s.dates.get(a)));
  return { ...n, articles: kept, mentions, firstDate: first, lastDate: last };
}

function scopeEdge(e: GraphEdge, s: Scope): GraphEdge | null {
  if (!scoped(s)) return e;
  const evidence = e.evidence.filter((ev) => evidenceInScope(ev, s));
  if (evidence.length === e.evidence.length) return e;
  if (evidence.length === 0) return e.manual ? { ...e, evidence: [], weight: 1, firstDate: null, lastDate: null } : null;
  const { first, last } = dateSpan(evidence.map((ev) => ev.date));
  // A `mentions` edge lies in one article, so it is kept or dropped whole; others weigh their evidence.
  const weight = e.type === 'mentions' ? e.weight : evidence.length;
  return { ...e, evidence, weight, firstDate: first, lastDate: last };
}

function topByWeightedDegree(nodes: GraphNode[], limit: number): Set<string> {
  const ranked = [...nodes].sort((a, b) => b.weightedDegree - a.weightedDegree || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(0, Math.max(0, limit)).map((n) => n.id));
}

/**
 * The view of the graph that a filter asks for. Order of the steps: node types and scope
 * (articles, dates), edge types and evidence in scope, `minWeight` (drops edges, keeps their
 * nodes), `focus` (neighbourhood over the kept edges), `limit` (top nodes by weighted degree,
 * then the edges among them). Degrees are recounted over the edges that are kept. Article
 * nodes and their `mentions`/`reported_by` edges only with `includeArticles`. Evidence without
 * a date is outside any date range unless `includeUndated`; `excludeInferred` drops edges
 * inferred from a name or the gazetteer (`attrs.via`).
 */
export function filterGraph(graph: GraphData, filter: GraphFilter): GraphData {
  const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : null;
  const relationTypes = filter.relationTypes && filter.relationTypes.length > 0 ? new Set<string>(filter.relationTypes) : null;
  const includeArticles = filter.includeArticles === true;
  const includeCoOccurs = filter.includeCoOccurs !== false;
  const scope: Scope = {
    articles: filter.articles && filter.articles.length > 0 ? new Set(filter.articles) : null,
    from: filter.dateFrom || null,
    to: filter.dateTo || null,
    undated: filter.includeUndated === true,
    dates: new Map(),
  };
  // Article dates are only needed to scope (the graph has tens of thousands of articles).
  if (scoped(scope)) for (const n of graph.nodes) if (n.type === 'article') scope.dates.set(n.id, n.firstDate ?? null);

  const mentionsByArticle = new Map<string, Map<string, number>>();
  if (scoped(scope)) {
    for (const e of graph.edges) {
      if (e.type !== 'mentions') continue;
      let m = mentionsByArticle.get(e.target);
      if (!m) mentionsByArticle.set(e.target, (m = new Map()));
      m.set(e.source, (m.get(e.source) ?? 0) + e.weight);
    }
  }

  let nodes: GraphNode[] = [];
  for (const n of graph.nodes) {
    if (n.type === 'article' ? !includeArticles : types !== null && !types.has(n.type)) continue;
    const kept = scopeNode(n, scope, mentionsByArticle);
    if (kept) nodes.push(kept);
  }
  let ids = new Set(nodes.map((n) => n.id));

  let edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    if (relationTypes !== null && !relationTypes.has(e.type)) continue;
    if (!includeCoOccurs && e.type === 'co_occurs') continue;
    if (filter.excludeInferred && e.attrs?.via !== undefined) continue;
    if (!includeArticles && ARTICLE_EDGES.has(e.type)) continue;
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const kept = scopeEdge(e, scope);
    if (!kept) continue;
    if (filter.minWeight !== undefined && kept.weight < filter.minWeight) continue;
    edges.push(kept);
  }

  if (scoped(scope)) {
    // Entities known only from relations (no article of their own) stay when a kept edge holds them.
    const linked = new Set<string>();
    for (const e of edges) {
      linked.add(e.source);
      linked.add(e.target);
    }
    nodes = nodes.filter((n) => n.articles.length > 0 || n.manual || linked.has(n.id));
  }

  if (filter.focus && filter.focus.ids.length > 0) {
    const near = reachable({ nodes, edges }, filter.focus.ids, Math.max(0, Math.floor(filter.focus.depth)));
    nodes = nodes.filter((n) => near.has(n.id));
    edges = edges.filter((e) => near.has(e.source) && near.has(e.target));
  }

  if (filter.limit !== undefined && nodes.length > filter.limit) {
    setDegrees(nodes, edges);
    ids = topByWeightedDegree(nodes, filter.limit);
    nodes = nodes.filter((n) => ids.has(n.id));
    edges = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  }

  setDegrees(nodes, edges);
  return { nodes, edges };
}
