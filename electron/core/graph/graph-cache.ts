import type { Article, ExtractResult, GraphData, StoredEdit } from '../../shared/types';
import { aggregate } from './aggregate';
import { editedArticles } from './article-edits';
import { FinalizeContext, finalize } from './finalize';
import type { BuiltGraph, GraphInput } from './model';
import { replayEdits } from './replay';
import { GraphState } from './state';

interface Base {
  articles: readonly Article[];
  articleCount: number;
  extractions: Record<string, ExtractResult>;
  state: GraphState;
  ctx: FinalizeContext;
}

/** The graph of one edit log, and the state after its replay (to go on from with more edits). */
interface Replayed {
  /** The edits in replay order (by `seq`). */
  edits: readonly StoredEdit[];
  state: GraphState;
  /** The graph without pinned positions. */
  built: BuiltGraph;
}

/**
 * How many recent edit logs keep their graph and state: the current one and a few before it
 * (undo, redo, and a refused edit go back to one of them, a new edit goes on from one).
 */
const KEPT = 4;

/** Whether `prefix` is the start of `edits` (the same stored edit objects, in order). */
function startsWith(edits: readonly StoredEdit[], prefix: readonly StoredEdit[]): boolean {
  if (prefix.length > edits.length) return false;
  for (let i = 0; i < prefix.length; i++) if (edits[i] !== prefix[i]) return false;
  return true;
}

// Node id -> position in `nodes`, per graph: pinned positions are usually few.
const nodeIndexes = new WeakMap<GraphData, Map<string, number>>();

/** The graph with pinned positions set: copies of the nodes that have one, the rest shared. */
function placed(graph: GraphData, positions: GraphInput['positions']): GraphData {
  const ids = positions ? Object.keys(positions) : [];
  if (!positions || ids.length === 0) return graph;
  let index = nodeIndexes.get(graph);
  if (!index) {
    index = new Map(graph.nodes.map((n, i) => [n.id, i]));
    nodeIndexes.set(graph, index);
  }
  const nodes = graph.nodes.slice();
  for (const id of ids) {
    const i = index.get(id);
    const p = positions[id];
    if (i === undefined || !p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    nodes[i] = { ...nodes[i], position: { x: p.x, y: p.y } };
  }
  return { nodes, edges: graph.edges };
}

/**
 * Builds the graph of a workspace again and again as its edit log changes, cheaply: articles
 * and extraction results are aggregated once (and sealed), each edit log is replayed on a
 * copy-on-write layer over that aggregation, and a log that extends a recent one (a new edit)
 * replays only its new edits, on a fork of that log's layer. Pinned positions are applied last,
 * so that moving nodes rebuilds nothing. The graph is always the one `buildGraph(input)` gives.
 *
 * The aggregation is kept while `input.articles` and `input.extractions` are the same objects
 * and the article count is unchanged; call `reset` after anything else changes them.
 */
export class GraphCache {
  private base: Base | null = null;
  /** Most recently used first. */
  private recent: Replayed[] = [];

  /** Forgets everything: the next build aggregates the articles and extraction results again. */
  reset(): void {
    this.base = null;
    this.recent = [];
  }

  /** The graph of `input`, as `buildGraph(input)` would build it. */
  build(given: GraphInput): BuiltGraph {
    // Article edits (dates, removals) change what is aggregated: an edited list is a new base.
    const input = { ...given, articles: editedArticles(given.articles, given.edits) };
    const base = this.baseFor(input);
    const edits = [...input.edits].sort((a, b) => a.seq - b.seq);
    let hit = this.recent.find((r) => r.edits.length === edits.length && startsWith(edits, r.edits));
    if (!hit) {
      // Go on from the longest recent log that this one extends, else from the aggregation.
      let from: Replayed | null = null;
      for (const r of this.recent) if (startsWith(edits, r.edits) && (!from || r.edits.length > from.edits.length)) from = r;
      const state = from ? from.state.fork() : GraphState.over(base.state);
      const orphans = [...(from?.built.orphans ?? []), ...replayEdits(state, edits.slice(from?.edits.length ?? 0))];
      const { graph, mentionIndex } = finalize(state, { ...input, positions: undefined }, base.ctx);
      hit = { edits, state, built: { graph, orphans, mentionIndex, redirects: state.redirects, removed: state.removed } };
    }
    this.recent = [hit, ...this.recent.filter((r) => r !== hit)].slice(0, KEPT);
    return { ...hit.built, graph: placed(hit.built.graph, input.positions) };
  }

  private baseFor(input: GraphInput): Base {
    const b = this.base;
    if (b && b.articles === input.articles && b.articleCount === input.articles.length && b.extractions === input.extractions) return b;
    const state = aggregate({ articles: input.articles, extractions: input.extractions, edits: [] });
    state.seal();
    this.recent = [];
    this.base = { articles: input.articles, articleCount: input.articles.length, extractions: input.extractions, state, ctx: new FinalizeContext(input.articles, true) };
    return this.base;
  }
}
