import type { Article, EntityDetails, GraphData, GraphNode, MentionEvidence } from '../../shared/types';
import type { BuiltGraph, GraphInput } from './model';

const nodeMaps = new WeakMap<GraphData, Map<string, GraphNode>>();
const articleMaps = new WeakMap<Article[], Map<string, Article>>();

function nodeMap(graph: GraphData): Map<string, GraphNode> {
  let map = nodeMaps.get(graph);
  if (!map) {
    map = new Map(graph.nodes.map((n) => [n.id, n]));
    nodeMaps.set(graph, map);
  }
  return map;
}

function articleMap(articles: Article[]): Map<string, Article> {
  let map = articleMaps.get(articles);
  if (!map) {
    map = new Map(articles.map((a) => [a.id, a]));
    articleMaps.set(articles, map);
  }
  return map;
}

/** The live id for an id that may have been merged away. */
function follow(built: BuiltGraph, id: string): string {
  let cur = id;
  const nodes = nodeMap(built.graph);
  for (let i = 0; i < 1000 && !nodes.has(cur); i++) {
    const next = built.redirects.get(cur);
    if (next === undefined) break;
    cur = next;
  }
  return cur;
}

/**
 * Everything the details panel shows about an entity (or article node): the node, its
 * relations with the other end's name and type (without `mentions`, and without `co_occurs`
 * unless asked), and each mention with its sentence (a page of them with `mentionOffset` and
 * `mentionLimit`; `mentionCount` counts them all). An id merged away leads to its target.
 * Throws when the id is unknown.
 */
export function entityDetails(
  built: BuiltGraph,
  input: GraphInput,
  id: string,
  options: { includeCoOccurs?: boolean; mentionOffset?: number; mentionLimit?: number } = {},
): EntityDetails {
  const nodes = nodeMap(built.graph);
  const live = follow(built, id);
  const node = nodes.get(live);
  if (!node) throw new Error(`Unknown entity: ${id}`);
  const relations: EntityDetails['relations'] = [];
  for (const e of built.graph.edges) {
    if (e.source !== live && e.target !== live) continue;
    if (e.type === 'mentions' || (e.type === 'co_occurs' && !options.includeCoOccurs)) continue;
    const direction = e.source === live ? 'out' : 'in';
    const other = nodes.get(direction === 'out' ? e.target : e.source);
    if (!other) continue;
    relations.push({ ...e, otherId: other.id, otherName: other.name, otherType: other.type, direction });
  }
  relations.sort((a, b) => b.weight - a.weight || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const articles = articleMap(input.articles);
  const mentions: MentionEvidence[] = [];
  for (const m of built.mentionIndex.get(live) ?? []) {
    const article = articles.get(m.article);
    if (!article) continue;
    mentions.push({
      ...m.sentence,
      mentionStart: m.start,
      mentionEnd: m.end,
      surface: m.surface,
    });
  }
  const from = Math.max(0, Math.floor(options.mentionOffset ?? 0));
  const to = options.mentionLimit === undefined ? mentions.length : from + Math.max(0, Math.floor(options.mentionLimit));
  return { node, relations, mentions: mentions.slice(from, to), mentionCount: mentions.length };
}
