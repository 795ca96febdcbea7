import type { Article, Evidence, GraphData, GraphEdge, GraphNode } from '../../shared/types';
import { dateSpan } from './dates';
import { setDegrees } from './degree';
import type { GraphInput, MentionRef } from './model';
import type { EdgeState, GraphState, NodeState } from './state';

function isSorted<T>(list: T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (cmp(list[i - 1], list[i]) > 0) return false;
  return true;
}

function toEdge(e: EdgeState): GraphEdge {
  const { first, last } = dateSpan(e.evidence.map((ev) => ev.date));
  const edge: GraphEdge = {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    label: e.label,
    weight: e.evidence.length > 0 ? e.evidence.length : 1,
    evidence: e.evidence,
    firstDate: first,
    lastDate: last,
  };
  if (e.attrs && Object.keys(e.attrs).length > 0) edge.attrs = e.attrs;
  if (e.manual) edge.manual = true;
  return edge;
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
function mentionsEdge(state: GraphState, article: Article, entity: string, refs: MentionRef[], from: number, to: number): GraphEdge {
  const evidence: Evidence[] = [];
  let lastStart = -1;
  for (let k = from; k < to; k++) {
    const m = refs[k];
    if (m.sentStart === lastStart) continue;
    lastStart = m.sentStart;
    evidence.push({ article: article.id, start: m.sentStart, end: m.sentEnd, text: article.text.slice(m.sentStart, m.sentEnd), date: article.date });
  }
  return {
    id: state.edgeIdOf('mentions', article.id, entity, ''),
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
    edges.push(toEdge(e));
  }

  const nodes: GraphNode[] = [];
  const articleMentions = new Map<string, number>();
  const entityNodes: GraphNode[] = [];
  for (const n of state.nodes.values()) {
    if (n.type === 'article') continue;
    const refs = state.mentions.get(n.id) ?? [];
    if (!isSorted(refs, byOrder)) refs.sort(byOrder);
    const inArticles = new Set<string>();
    let i = 0;
    while (i < refs.length) {
      let j = i;
      while (j < refs.length && refs[j].article === refs[i].article) j++;
      const article = articles.get(refs[i].article);
      if (article) {
        inArticles.add(article.id);
        articleMentions.set(article.id, (articleMentions.get(article.id) ?? 0) + (j - i));
        const edge = mentionsEdge(state, article, n.id, refs, i, j);
        if (!state.suppressedEdges.has(edge.id)) {
          if (manualMentions.delete(edge.id)) edge.manual = true;
          edges.push(edge);
        }
      }
      i = j;
    }
    for (const a of reporterArticles.get(n.id) ?? []) inArticles.add(a);
    const ids = [...inArticles].sort();
    entityNodes.push(baseNode(n, refs.length, ids, dates));
  }
  for (const e of manualMentions.values()) edges.push(toEdge(e));

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
