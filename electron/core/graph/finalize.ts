import type { Article, Evidence, GraphData, GraphEdge, GraphNode } from '../../shared/types';
import { dateSpan } from './dates';
import { edgeId } from './ids';
import { setDegrees } from './degree';
import type { GraphInput, MentionRef } from './model';
import type { EdgeState, GraphState, NodeState } from './state';

/** Sets the weight (evidence count; 1 for a hand-made edge without evidence) and dates of an edge. */
function settle(e: EdgeState): GraphEdge {
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

function baseNode(n: NodeState, mentions: number, articles: string[], dates: Map<string, string | null>): GraphNode {
  const node: GraphNode = {
    id: n.id,
    type: n.type,
    name: n.name,
    aliases: [...n.aliases].filter((a) => a !== n.name).sort(),
    mentions,
    articles,
    degree: 0,
    weightedDegree: 0,
  };
  if (n.note !== undefined) node.note = n.note;
  if (n.tags && n.tags.length > 0) node.tags = [...n.tags];
  if (n.color !== undefined) node.color = n.color;
  if (n.code !== undefined) node.code = n.code;
  if (n.manual) node.manual = true;
  const { first, last } = dateSpan(articles.map((a) => dates.get(a)));
  node.firstDate = first;
  node.lastDate = last;
  return node;
}

/** The `mentions` edge of one article and entity: weight = mentions, evidence = their distinct sentences. */
function mentionsEdge(article: Article, entity: string, refs: MentionRef[], from: number, to: number): GraphEdge {
  const evidence: Evidence[] = [];
  let last: Evidence | null = null;
  for (let k = from; k < to; k++) {
    const s = refs[k].sentence;
    if (s !== last) evidence.push(s);
    last = s;
  }
  return {
    id: edgeId('mentions', article.id, entity, ''),
    type: 'mentions',
    source: article.id,
    target: entity,
    label: '',
    weight: to - from,
    evidence,
    firstDate: article.date,
    lastDate: article.date,
  };
}

/**
 * Turns the edited state into plain graph data: counts, articles and dates derived from the
 * mention index, `mentions` edges rebuilt from it, degrees over all edges, pinned positions.
 */
export function finalize(state: GraphState, input: GraphInput): GraphData {
  const articles = new Map<string, Article>();
  const order = new Map<string, number>();
  const dates = new Map<string, string | null>();
  input.articles.forEach((a, i) => {
    articles.set(a.id, a);
    order.set(a.id, i);
    dates.set(a.id, a.date);
  });
  const byOrder = (a: MentionRef, b: MentionRef): number => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start;

  const edges: GraphEdge[] = [];
  const manualMentions = new Map<string, EdgeState>();
  const reporterArticles = new Map<string, string[]>();
  for (const e of state.edges.values()) {
    if (!state.nodes.has(e.source) || !state.nodes.has(e.target)) continue;
    if (e.evidence.length === 0 && !e.manual) continue;
    if (e.type === 'mentions') {
      manualMentions.set(e.id, e);
      continue;
    }
    if (e.type === 'reported_by') {
      const list = reporterArticles.get(e.target);
      if (list) list.push(e.source);
      else reporterArticles.set(e.target, [e.source]);
    }
    edges.push(settle(e));
  }

  const nodes: GraphNode[] = [];
  const articleMentions = new Map<string, number>();
  const entityNodes: GraphNode[] = [];
  for (const n of state.nodes.values()) {
    if (n.type === 'article') continue;
    const refs = state.mentions.get(n.id) ?? [];
    // Aggregation appends in article order; only lists that edits extended need sorting.
    if (state.unsortedMentions.has(n.id)) refs.sort(byOrder);
    const inArticles = new Set<string>();
    // Mentions of articles whose `mentions` edge the user deleted are dropped with it.
    let dropped: Set<string> | null = null;
    let count = 0;
    let i = 0;
    while (i < refs.length) {
      let j = i;
      while (j < refs.length && refs[j].article === refs[i].article) j++;
      const article = articles.get(refs[i].article);
      if (article) {
        const edge = mentionsEdge(article, n.id, refs, i, j);
        if (state.suppressedEdges.has(edge.id)) {
          (dropped ??= new Set()).add(article.id);
        } else {
          inArticles.add(article.id);
          articleMentions.set(article.id, (articleMentions.get(article.id) ?? 0) + (j - i));
          count += j - i;
          if (manualMentions.delete(edge.id)) edge.manual = true;
          edges.push(edge);
        }
      }
      i = j;
    }
    if (dropped) {
      const gone = dropped;
      state.mentions.set(n.id, refs.filter((m) => !gone.has(m.article)));
    }
    for (const a of reporterArticles.get(n.id) ?? []) inArticles.add(a);
    const ids = [...inArticles].sort();
    entityNodes.push(baseNode(n, count, ids, dates));
  }
  for (const e of manualMentions.values()) edges.push(settle(e));

  for (const n of state.nodes.values()) {
    if (n.type === 'article') nodes.push(baseNode(n, articleMentions.get(n.id) ?? 0, [n.id], dates));
  }
  nodes.push(...entityNodes);
  setDegrees(nodes, edges);
  const positions = input.positions ?? {};
  for (const node of nodes) {
    const p = positions[node.id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) node.position = { x: p.x, y: p.y };
  }
  return { nodes, edges };
}
