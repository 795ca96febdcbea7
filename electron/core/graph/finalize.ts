import type { GraphData, GraphEdge, GraphNode } from '../../shared/types';
import { EdgeKind, FinalizeContext } from './finalize-context';
import type { ArticleSpan } from './finalize-context';
import { LayeredMap } from './layered';
import type { GraphInput, MentionRef } from './model';
import { sealEdge, settleEdge } from './seal';
import type { EdgeState, GraphState, NodeState } from './state';

export { FinalizeContext } from './finalize-context';

/** The graph data and the mentions behind it (without those of `mentions` edges the user deleted). */
export interface Finalized {
  graph: GraphData;
  mentionIndex: Map<string, MentionRef[]>;
}

/** An entity node waiting for its degree. */
interface PendingEntity extends ArticleSpan {
  node: NodeState;
  slot: number;
  count: number;
}

function baseNode(n: NodeState, mentions: number, span: ArticleSpan, degree: number, weighted: number): GraphNode {
  const aliases: string[] = [];
  for (const a of n.aliases) if (a !== n.name) aliases.push(a);
  const node: GraphNode = {
    id: n.id,
    type: n.type,
    name: n.name,
    aliases: aliases.length > 1 ? aliases.sort() : aliases,
    mentions,
    articles: span.articles as string[],
    degree,
    weightedDegree: weighted,
  };
  if (n.note !== undefined) node.note = n.note;
  if (n.tags && n.tags.length > 0) node.tags = [...n.tags];
  if (n.color !== undefined) node.color = n.color;
  if (n.code !== undefined) node.code = n.code;
  if (n.manual) node.manual = true;
  node.firstDate = span.first;
  node.lastDate = span.last;
  return node;
}

/** Degrees (by node slot) and the edges counted in them, in output order. */
class Tally {
  readonly degree: Float64Array;
  readonly weighted: Float64Array;
  readonly edges: GraphEdge[] = [];

  constructor(readonly size: number) {
    this.degree = new Float64Array(size);
    this.weighted = new Float64Array(size);
  }

  count(e: GraphEdge, s: number, t: number, weight: number): void {
    this.degree[s]++;
    this.weighted[s] += weight;
    this.degree[t]++;
    this.weighted[t] += weight;
    this.edges.push(e);
  }
}

/** What the state's own edges tell the rest of finalizing. */
interface StateEdges {
  /** `mentions` edges the user added, by id, in edge order. */
  manualMentions: Map<string, EdgeState>;
  /** Entity id -> ids of the articles that credit it in a byline. */
  reporterArticles: Map<string, string[]>;
}

/**
 * Counts the state's edges (not the derived `mentions` ones) in edge order: those without
 * evidence (unless made by hand) or with an end that is gone are left out, hand-made `mentions`
 * edges are kept aside. On a layer, the base's edges it left alone are read from the context's
 * arrays, without touching them.
 */
function countStateEdges(state: GraphState, ctx: FinalizeContext, tally: Tally): StateEdges {
  const out: StateEdges = { manualMentions: new Map(), reporterArticles: new Map() };
  const nodes = state.nodes;
  const credit = (e: EdgeState): void => {
    const list = out.reporterArticles.get(e.target);
    if (list) list.push(e.source);
    else out.reporterArticles.set(e.target, [e.source]);
  };
  const take = (e: EdgeState): void => {
    if (e.evidence.length === 0 && !e.manual) return;
    if (!nodes.has(e.source) || !nodes.has(e.target)) return;
    if (e.type === 'mentions') {
      out.manualMentions.set(e.id, e);
      return;
    }
    if (e.type === 'reported_by') credit(e);
    if (!Object.isFrozen(e)) settleEdge(e);
    if (ctx.memoize) sealEdge(e);
    tally.count(e, ctx.slotOf(e.source), ctx.slotOf(e.target), e.weight);
  };
  if (!state.base || !(state.edges instanceof LayeredMap) || !(nodes instanceof LayeredMap)) {
    state.edges.forEach(take);
    return out;
  }
  const { values, ends, weight, kind } = ctx.baseEdges(state.base);
  const changes = state.edges.baseChanges();
  let next = 0;
  // Slots of base nodes that this layer deleted (and did not bring back).
  let gone: Uint8Array | null = null;
  for (const id of nodes.deletedKeys()) {
    if (!nodes.has(id)) (gone ??= new Uint8Array(tally.size))[ctx.slotOf(id)] = 1;
  }
  for (let i = 0; i < values.length; i++) {
    if (next < changes.length && changes[next].at === i) {
      const changed = changes[next++].value;
      if (changed) take(changed);
      continue;
    }
    const k = kind[i];
    const s = ends[2 * i];
    const t = ends[2 * i + 1];
    if (k === EdgeKind.Skip) continue;
    if (s < 0) take(values[i]);
    else if (gone && (gone[s] || gone[t])) continue;
    else if (k === EdgeKind.Mentions) out.manualMentions.set(values[i].id, values[i]);
    else {
      if (k === EdgeKind.ReportedBy) credit(values[i]);
      tally.count(values[i], s, t, weight[i]);
    }
  }
  for (const e of state.edges.addedValues()) take(e);
  return out;
}

/**
 * Turns the edited state into plain graph data: counts, articles and dates derived from the
 * mention index, `mentions` edges rebuilt from it, degrees over all edges, pinned positions.
 * The state changes only in ways that keep its meaning: mention lists that edits extended are
 * sorted, edges settled (frozen ones were settled when sealed). With the context of a sealed
 * base, what did not change since the base (or since the layer was forked) comes from memos,
 * frozen: the graph must be treated as read-only.
 */
export function finalize(state: GraphState, input: GraphInput, ctx: FinalizeContext = new FinalizeContext(input.articles)): Finalized {
  const { nodes: stateNodes, suppressedEdges: suppressed } = state;
  // The base's edges get their ends' slots first, so that the bound below holds.
  if (state.base) ctx.baseEdges(state.base);
  // Every edge end is a node of the state, and the base's have their slots: the slots in use stay below this bound.
  const size = ctx.slotCount + stateNodes.size;
  const tally = new Tally(size);
  const { degree, weighted, edges } = tally;
  const { manualMentions, reporterArticles } = countStateEdges(state, ctx, tally);

  const articleMentions = new Float64Array(ctx.articles.length);
  const pending: PendingEntity[] = [];
  const articleStates: NodeState[] = [];
  let mentionIndex: Map<string, MentionRef[]> = state.mentions;
  stateNodes.forEach((n) => {
    if (n.type === 'article') {
      articleStates.push(n);
      return;
    }
    let refs: readonly MentionRef[] = state.mentions.get(n.id) ?? [];
    // Aggregation appends in article order; only lists that edits extended need sorting.
    if (state.unsortedMentions.has(n.id)) {
      const list = state.writableMentions(n.id);
      if (list) ctx.sortMentions(list);
      refs = list ?? refs;
      state.unsortedMentions.delete(n.id);
    }
    if (ctx.memoize) Object.freeze(refs);
    const part = ctx.mentionPart(n.id, refs);
    const slot = ctx.slotOf(n.id);
    let mentions = 0;
    let kept = 0;
    let span: ArticleSpan = part;
    if (suppressed.size === 0 && manualMentions.size === 0) {
      for (const g of part.groups) {
        articleMentions[g.index] += g.count;
        mentions += g.count;
        degree[g.index]++;
        weighted[g.index] += g.count;
        edges.push(g.edge);
      }
      kept = part.groups.length;
    } else {
      // Mentions of articles whose `mentions` edge the user deleted are dropped with it.
      let dropped: Set<string> | null = null;
      const inArticles = new Set<string>();
      for (const g of part.groups) {
        if (suppressed.has(g.edge.id)) {
          (dropped ??= new Set()).add(g.edge.source);
          continue;
        }
        inArticles.add(g.edge.source);
        articleMentions[g.index] += g.count;
        mentions += g.count;
        degree[g.index]++;
        weighted[g.index] += g.count;
        kept++;
        edges.push(manualMentions.delete(g.edge.id) ? { ...g.edge, manual: true } : g.edge);
      }
      if (dropped) {
        const gone = dropped;
        // The state keeps them (a later edit may bring the edge back); the graph's index does not.
        if (mentionIndex === state.mentions) mentionIndex = new LayeredMap(state.mentions);
        mentionIndex.set(n.id, refs.filter((m) => !gone.has(m.article)));
        const articles = [...inArticles].sort();
        span = { articles, ...ctx.dateSpan(articles) };
      }
    }
    degree[slot] += kept;
    weighted[slot] += mentions;
    const reporters = reporterArticles.get(n.id);
    if (reporters) {
      if (span === part) span = ctx.withCredits(part, reporters);
      else {
        const articles = [...new Set([...span.articles, ...reporters])].sort();
        span = { articles, ...ctx.dateSpan(articles) };
      }
    }
    pending.push({ node: n, slot, count: mentions, articles: span.articles, first: span.first, last: span.last });
  });
  for (const e of manualMentions.values()) {
    if (!Object.isFrozen(e)) settleEdge(e);
    if (ctx.memoize) sealEdge(e);
    tally.count(e, ctx.slotOf(e.source), ctx.slotOf(e.target), e.weight);
  }

  // A slot past the bound would have been counted nowhere (typed arrays ignore it): fail loudly instead.
  if (ctx.slotCount > size) throw new Error('finalize: more node slots than nodes');
  const nodes: GraphNode[] = [];
  for (const n of articleStates) nodes.push(articleNode(n, ctx, articleMentions, degree, weighted));
  for (const p of pending) nodes.push(baseNode(p.node, p.count, p, degree[p.slot], weighted[p.slot]));
  placeNodes(nodes, input.positions);
  return { graph: { nodes, edges }, mentionIndex };
}

/** The node of an article; the same (frozen) object as last time when nothing about it changed. */
function articleNode(n: NodeState, ctx: FinalizeContext, mentions: Float64Array, degree: Float64Array, weighted: Float64Array): GraphNode {
  const entry = ctx.byId.get(n.id);
  const slot = entry ? entry.index : ctx.slotOf(n.id);
  const count = entry ? mentions[entry.index] : 0;
  const shared = entry !== undefined && Object.isFrozen(n);
  if (shared) {
    const hit = ctx.articleNode(slot, n, count, degree[slot], weighted[slot]);
    if (hit) return hit;
  }
  const date = entry?.article.date || null;
  const node = baseNode(n, count, { articles: [n.id], first: date, last: date }, degree[slot], weighted[slot]);
  if (shared) ctx.keepArticleNode(slot, n, node);
  return node;
}

/** Sets the pinned position of each node that has a finite one (in place). */
function placeNodes(nodes: GraphNode[], positions: GraphInput['positions']): void {
  if (!positions) return;
  for (const node of nodes) {
    const p = positions[node.id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) node.position = { x: p.x, y: p.y };
  }
}
