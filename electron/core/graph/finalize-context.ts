import type { Article, Evidence, GraphEdge, GraphNode } from '../../shared/types';
import { edgeId } from './ids';
import type { MentionRef } from './model';
import type { EdgeState, GraphState, NodeState } from './state';

/** The `mentions` edges of one entity's mention list, one per run of mentions in one article. */
export interface MentionPart {
  entity: string;
  groups: MentionGroup[];
  /** Ids of the articles of the groups, sorted, distinct. */
  articles: readonly string[];
  first: string | null;
  last: string | null;
}

export interface MentionGroup {
  /** Position of the article in the article list (its slot). */
  index: number;
  /** Number of mentions. */
  count: number;
  edge: GraphEdge;
}

/**
 * What an edge is to finalizing: `Skip` (without evidence and not made by hand: left out),
 * `Plain`, `ReportedBy`, or `Mentions` (one the user added: it marks the derived one as manual).
 */
export const EdgeKind = { Skip: 0, Plain: 1, ReportedBy: 2, Mentions: 3 } as const;

/** The edges of a sealed state (see `FinalizeContext.baseEdges`). */
export interface BaseEdges {
  values: EdgeState[];
  /** Slots of the ends, two per edge; -1 when an end is not a node of the state. */
  ends: Int32Array;
  weight: Float64Array;
  kind: Uint8Array;
}

/** An entity's articles (mentioned or credited) and their date span. */
export interface ArticleSpan {
  articles: readonly string[];
  first: string | null;
  last: string | null;
}

/**
 * What finalizing needs besides the state: the articles by id and position, slots that number
 * the nodes for counting degrees (articles first, by position), and memos that hold as long as
 * the articles do. The memos are keyed by frozen objects (a sealed or forked state's nodes,
 * edges and mention lists never change), and what they hold is frozen too.
 */
export class FinalizeContext {
  readonly byId = new Map<string, { article: Article; index: number }>();
  private readonly parts = new WeakMap<readonly MentionRef[], MentionPart>();
  private readonly credited = new WeakMap<MentionPart, { reporters: string[]; span: ArticleSpan }>();
  /** Article node per article position, with the node state it was made from. */
  private readonly articleNodes: Array<{ state: NodeState; node: GraphNode } | undefined> = [];
  private readonly slots = new Map<string, number>();
  private nextSlot: number;
  /** The last part made for each entity (when memoizing). */
  private readonly lastParts = new Map<string, MentionPart>();
  private base: { state: GraphState; edges: BaseEdges } | null = null;

  /**
   * @param memoize keep what this build computed for the next builds: mention lists and edges
   * the finalizing reads are frozen then (a state must not change once finalized anyway).
   */
  constructor(
    readonly articles: readonly Article[],
    readonly memoize = false,
  ) {
    articles.forEach((article, index) => {
      this.byId.set(article.id, { article, index });
      this.slots.set(article.id, index);
    });
    this.nextSlot = articles.length;
  }

  /** How many slots are taken. */
  get slotCount(): number {
    return this.nextSlot;
  }

  /** The slot of a node id (an article's is its position), given on first sight. */
  slotOf(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.nextSlot++;
      this.slots.set(id, slot);
    }
    return slot;
  }

  /**
   * The edges of a sealed state in its order, with what finalizing needs of each (frozen, so
   * it never changes): the slots of its ends (-1 for an end that is not one of its nodes), its
   * weight, and its kind (see `EdgeKind`). Reading these arrays spares touching every edge.
   */
  baseEdges(base: GraphState): BaseEdges {
    if (this.base?.state === base) return this.base.edges;
    const n = base.edges.size;
    const edges: BaseEdges = { values: [], ends: new Int32Array(n * 2), weight: new Float64Array(n), kind: new Uint8Array(n) };
    let i = 0;
    base.edges.forEach((e: EdgeState) => {
      const known = base.nodes.has(e.source) && base.nodes.has(e.target);
      edges.values.push(e);
      edges.ends[2 * i] = known ? this.slotOf(e.source) : -1;
      edges.ends[2 * i + 1] = known ? this.slotOf(e.target) : -1;
      edges.weight[i] = e.weight;
      edges.kind[i] = e.evidence.length === 0 && !e.manual ? EdgeKind.Skip : e.type === 'mentions' ? EdgeKind.Mentions : e.type === 'reported_by' ? EdgeKind.ReportedBy : EdgeKind.Plain;
      i++;
    });
    this.base = { state: base, edges };
    return edges;
  }

  /** Groups an entity's mentions by article (runs of one article, in list order) into `mentions` edges. */
  mentionPart(entity: string, refs: readonly MentionRef[]): MentionPart {
    const shared = Object.isFrozen(refs);
    if (shared) {
      const hit = this.parts.get(refs);
      if (hit && hit.entity === entity) return hit;
    }
    // Ids of this entity's `mentions` edges from last time: a list that changed keeps most of its articles.
    let known: Map<string, string> | null = null;
    const previous = this.memoize ? this.lastParts.get(entity) : undefined;
    if (previous) known = new Map(previous.groups.map((g) => [g.edge.source, g.edge.id]));
    const groups: MentionGroup[] = [];
    const seen = new Set<string>();
    let first: string | null = null;
    let last: string | null = null;
    let i = 0;
    while (i < refs.length) {
      const at = refs[i].article;
      let j = i + 1;
      while (j < refs.length && refs[j].article === at) j++;
      const entry = this.byId.get(at);
      if (entry) {
        const id = known?.get(at) ?? edgeId('mentions', at, entity, '');
        groups.push({ index: entry.index, count: j - i, edge: mentionsEdge(id, entry.article, entity, refs, i, j) });
        if (!seen.has(at)) {
          seen.add(at);
          const d = entry.article.date;
          if (d) {
            if (first === null || d < first) first = d;
            if (last === null || d > last) last = d;
          }
        }
      }
      i = j;
    }
    const part: MentionPart = { entity, groups, articles: [...seen].sort(), first, last };
    if (shared) {
      for (const g of groups) Object.freeze(Object.freeze(g.edge).evidence);
      Object.freeze(part.articles);
      this.parts.set(refs, part);
    }
    if (this.memoize) this.lastParts.set(entity, part);
    return part;
  }

  /** The articles of a part together with those that credit the entity in a byline. */
  withCredits(part: MentionPart, reporters: readonly string[]): ArticleSpan {
    const hit = this.credited.get(part);
    if (hit && sameList(hit.reporters, reporters)) return hit.span;
    const set = new Set(part.articles);
    for (const a of reporters) set.add(a);
    const articles = set.size > part.articles.length ? [...set].sort() : part.articles;
    const span: ArticleSpan = { articles, ...this.dateSpan(articles) };
    // Only a shared part (see `mentionPart`) lives on to the next build.
    if (Object.isFrozen(part.articles)) {
      Object.freeze(articles);
      this.credited.set(part, { reporters: [...reporters], span });
    }
    return span;
  }

  /** Earliest and latest date of the given articles (unknown articles and dates left out). */
  dateSpan(ids: readonly string[]): { first: string | null; last: string | null } {
    let first: string | null = null;
    let last: string | null = null;
    for (const id of ids) {
      const d = this.byId.get(id)?.article.date;
      if (!d) continue;
      if (first === null || d < first) first = d;
      if (last === null || d > last) last = d;
    }
    return { first, last };
  }

  /** The node made last time for this article's (frozen) state, if its counts are the same. */
  articleNode(index: number, state: NodeState, mentions: number, degree: number, weighted: number): GraphNode | null {
    const hit = this.articleNodes[index];
    if (!hit || hit.state !== state) return null;
    const n = hit.node;
    return n.mentions === mentions && n.degree === degree && n.weightedDegree === weighted ? n : null;
  }

  /** Remembers an article node made from a frozen state (and freezes it). */
  keepArticleNode(index: number, state: NodeState, node: GraphNode): void {
    Object.freeze(node.aliases);
    Object.freeze(node.articles);
    this.articleNodes[index] = { state, node: Object.freeze(node) };
  }

  /** Sorts a mention list by article position, then offset (stable). */
  sortMentions(refs: MentionRef[]): void {
    const keyed = refs.map((m) => ({ m, at: this.byId.get(m.article)?.index ?? 0 }));
    keyed.sort((a, b) => a.at - b.at || a.m.start - b.m.start);
    for (let k = 0; k < keyed.length; k++) refs[k] = keyed[k].m;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The `mentions` edge of one article and entity: weight = mentions, evidence = their distinct sentences. */
function mentionsEdge(id: string, article: Article, entity: string, refs: readonly MentionRef[], from: number, to: number): GraphEdge {
  // Counted first and made at its size: a list grown by push from empty keeps room for 17 (a
  // 30k graph has about half a million of these edges, most with one sentence).
  let count = 0;
  let last: Evidence | null = null;
  for (let k = from; k < to; k++) {
    if (refs[k].sentence !== last) count++;
    last = refs[k].sentence;
  }
  const evidence = new Array<Evidence>(count);
  last = null;
  for (let k = from, at = 0; k < to; k++) {
    const s = refs[k].sentence;
    if (s !== last) evidence[at++] = s;
    last = s;
  }
  return { id, type: 'mentions', source: article.id, target: entity, label: '', weight: to - from, evidence, firstDate: article.date, lastDate: article.date };
}
