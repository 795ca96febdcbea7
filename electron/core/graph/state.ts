import type { Evidence, GraphEdge, NodeKind, RelationType } from '../../shared/types';
import { edgeId, entityId, isUndirected, orderEnds } from './ids';
import { LayeredMap } from './layered';
import type { MentionRef, RemovedEntity } from './model';
import { Incidence } from './incidence';
import { sealEdge, sealNode } from './seal';

/** A node while the graph is being built: aliases as a set, counts derived at the end. */
export interface NodeState {
  id: string;
  type: NodeKind;
  name: string;
  aliases: Set<string>;
  code?: string;
  manual?: boolean;
  note?: string;
  tags?: string[];
  color?: string;
}

/**
 * An edge while the graph is built: already in its final shape (weight and dates are set at
 * the end), so that finalizing copies nothing. `mentions` edges are derived at the end.
 */
export type EdgeState = GraphEdge;

/** An edge's content before it has an id: type, ends, label, evidence, attributes, hand-made. */
type EdgeContent = [
  type: RelationType,
  source: string,
  target: string,
  label: string,
  evidence: Evidence[],
  attrs: Record<string, string | number> | undefined,
  manual: boolean | undefined,
];

function newEdge(id: string, ...[type, source, target, label, evidence, attrs, manual]: EdgeContent): EdgeState {
  const edge: EdgeState = { id, type, source, target, label, weight: 0, evidence, firstDate: null, lastDate: null };
  if (attrs) edge.attrs = { ...attrs };
  if (manual) edge.manual = true;
  return edge;
}

function evidenceKey(e: Evidence): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

/**
 * The mutable graph that aggregation fills and the edit replay changes.
 *
 * Sharing: a state fresh from aggregation can be sealed (its nodes, edges and mention lists
 * frozen) and become the base of layered states (`GraphState.over`) that keep their changes
 * apart, so one aggregation serves the replay of any edit log. A layer can be forked: the fork
 * goes on from where the layer is (to replay more edits) and the layer stays as it was.
 * Code that changes a node, an edge or a mention list takes it through `writableNode`,
 * `writableEdge` or `writableMentions`, which copy a frozen (shared) one; changing a frozen
 * object directly throws.
 */
export class GraphState {
  readonly nodes: Map<string, NodeState>;
  readonly edges: Map<string, EdgeState>;
  /** Mentions per entity id. */
  readonly mentions: Map<string, MentionRef[]>;
  /** Merged-away or re-keyed entity id -> the id it went to. */
  readonly redirects = new Map<string, string>();
  /** Edge id before a move -> edge id after it. */
  readonly edgeRedirects = new Map<string, string>();
  /** Ids of derived (`mentions`) edges the user deleted. */
  readonly suppressedEdges = new Set<string>();
  readonly removed = new Map<string, RemovedEntity>();
  /** Entity ids the user deleted (not re-added since). */
  readonly deleted = new Set<string>();
  /** Entity ids whose mention lists edits extended (they need sorting again). */
  readonly unsortedMentions = new Set<string>();
  /** The replay's index of entities by alias ids (see `Resolver`); never changed once built. */
  aliasIndex: ReadonlyMap<string, string> | null = null;
  /** Type -> name -> entity id; a cache of a pure function, so layers share their base's. */
  private readonly entityIds: Map<string, Map<string, string>>;
  /** Node id -> ids of its edges; built on first need, then kept up to date. */
  private incident: Incidence | null = null;
  /** The sealed state this one is layered over. */
  readonly base: GraphState | null;
  private sealed = false;

  /** A state of its own; `GraphState.over` and `fork` make layered ones. */
  constructor(base: GraphState | null = null, from: GraphState | null = null) {
    this.base = base;
    if (!base) {
      this.nodes = new Map();
      this.edges = new Map();
      this.mentions = new Map();
      this.entityIds = new Map();
      return;
    }
    if (!base.sealed) throw new Error('a state can only be layered over a sealed state');
    this.entityIds = base.entityIds;
    if (!from) {
      this.nodes = new LayeredMap(base.nodes);
      this.edges = new LayeredMap(base.edges);
      this.mentions = new LayeredMap(base.mentions);
      return;
    }
    this.nodes = (from.nodes as LayeredMap<string, NodeState>).copy();
    this.edges = (from.edges as LayeredMap<string, EdgeState>).copy();
    this.mentions = (from.mentions as LayeredMap<string, MentionRef[]>).copy();
    for (const [k, v] of from.redirects) this.redirects.set(k, v);
    for (const [k, v] of from.edgeRedirects) this.edgeRedirects.set(k, v);
    for (const k of from.suppressedEdges) this.suppressedEdges.add(k);
    for (const [k, v] of from.removed) this.removed.set(k, v);
    for (const k of from.deleted) this.deleted.add(k);
    for (const k of from.unsortedMentions) this.unsortedMentions.add(k);
    this.aliasIndex = from.aliasIndex;
    if (from.incident) this.incident = from.incident.copy();
  }

  /** A state that starts as `base` (sealed) and keeps its own changes apart. */
  static over(base: GraphState): GraphState {
    return new GraphState(base);
  }

  get isSealed(): boolean {
    return this.sealed;
  }

  /**
   * Freezes this state so that layers can share it: edges are settled (weight and dates),
   * then nodes, edges, their evidence and the mention lists are frozen. Only a state fresh from
   * aggregation (no edits applied) can be sealed: the layers keep only nodes, edges and mentions.
   */
  seal(): void {
    if (this.sealed) return;
    const edited =
      this.base ||
      this.aliasIndex ||
      this.redirects.size + this.edgeRedirects.size + this.suppressedEdges.size + this.removed.size + this.deleted.size + this.unsortedMentions.size > 0;
    if (edited) throw new Error('only an aggregated state without edits can be sealed');
    for (const node of this.nodes.values()) sealNode(node);
    for (const edge of this.edges.values()) sealEdge(edge);
    for (const list of this.mentions.values()) Object.freeze(list);
    this.incident?.seal();
    this.sealed = true;
  }

  /**
   * A layer that goes on from this one (a layer over a sealed base): what this layer changed is
   * frozen and shared with the fork, the rest of its bookkeeping copied. This layer must not
   * change any more (its graph stays valid).
   */
  fork(): GraphState {
    if (!this.base) throw new Error('only a layered state can be forked');
    for (const node of (this.nodes as LayeredMap<string, NodeState>).changedValues()) sealNode(node);
    for (const edge of (this.edges as LayeredMap<string, EdgeState>).changedValues()) sealEdge(edge);
    for (const list of (this.mentions as LayeredMap<string, MentionRef[]>).changedValues()) Object.freeze(list);
    this.incident?.seal();
    return new GraphState(this.base, this);
  }

  /** The node, ready to change: a copy (put in its place) when it is frozen (shared). */
  writableNode(node: NodeState): NodeState {
    if (!Object.isFrozen(node)) return node;
    if (this.nodes.get(node.id) !== node) throw new Error(`node ${node.id} is not the current one`);
    const copy: NodeState = { ...node, aliases: new Set(node.aliases) };
    if (node.tags) copy.tags = [...node.tags];
    this.nodes.set(node.id, copy);
    return copy;
  }

  /** The edge, ready to change: a copy (put in its place) when it is frozen (shared). */
  writableEdge(edge: EdgeState): EdgeState {
    if (!Object.isFrozen(edge)) return edge;
    if (this.edges.get(edge.id) !== edge) throw new Error(`edge ${edge.id} is not the current one`);
    const copy: EdgeState = { ...edge, evidence: [...edge.evidence] };
    if (edge.attrs) copy.attrs = { ...edge.attrs };
    this.edges.set(edge.id, copy);
    return copy;
  }

  /** The mention list of an entity, ready to change (a copy when it is frozen, shared). */
  writableMentions(id: string): MentionRef[] | undefined {
    const list = this.mentions.get(id);
    if (!list || !Object.isFrozen(list)) return list;
    const copy = [...list];
    this.mentions.set(id, copy);
    return copy;
  }

  /** `entityId` with a cache: names recur in every article. */
  entityIdOf(type: NodeKind, name: string): string {
    let byName = this.entityIds.get(type);
    if (!byName) this.entityIds.set(type, (byName = new Map()));
    let id = byName.get(name);
    if (id === undefined) {
      id = entityId(type, name);
      byName.set(name, id);
    }
    return id;
  }

  /**
   * Adds one piece of extracted evidence to the edge (type, source, target, label), creating it
   * if needed. Articles are added one after another, so a duplicate can only be among the
   * last pieces of evidence of the same article. For aggregation only (it changes edges in place).
   */
  addExtracted(
    type: RelationType,
    source: string,
    target: string,
    label: string,
    evidence: Evidence,
    attrs?: Record<string, string | number>,
  ): void {
    const swap = isUndirected(type) && target < source;
    const s = swap ? target : source;
    const t = swap ? source : target;
    const id = edgeId(type, s, t, label);
    const edge = this.edges.get(id);
    if (!edge) {
      this.putEdge(newEdge(id, type, s, t, label, [evidence], attrs, false));
      return;
    }
    const list = edge.evidence;
    for (let i = list.length - 1; i >= 0 && list[i].article === evidence.article; i--) {
      if (list[i].start === evidence.start && list[i].end === evidence.end) return;
    }
    list.push(evidence);
    if (attrs) edge.attrs = { ...edge.attrs, ...attrs };
  }

  /**
   * Puts evidence on the edge (type, source, target, label), combining with an existing edge
   * of the same id (evidence unioned, attrs merged, manual kept). Returns the edge id.
   */
  combine(...[type, source, target, label, evidence, attrs, manual]: EdgeContent): string {
    const [s, t] = orderEnds(type, source, target);
    const id = edgeId(type, s, t, label);
    const found = this.edges.get(id);
    if (!found) {
      this.putEdge(newEdge(id, type, s, t, label, [...evidence], attrs, manual));
      return id;
    }
    const edge = this.writableEdge(found);
    const keys = new Set(edge.evidence.map(evidenceKey));
    for (const e of evidence) {
      const k = evidenceKey(e);
      if (!keys.has(k)) {
        keys.add(k);
        edge.evidence.push(e);
      }
    }
    if (attrs) edge.attrs = { ...attrs, ...edge.attrs };
    if (manual) edge.manual = true;
    return id;
  }

  putEdge(edge: EdgeState): void {
    this.edges.set(edge.id, edge);
    this.incident?.link(edge);
  }

  dropEdge(id: string): void {
    const edge = this.edges.get(id);
    if (!edge) return;
    this.edges.delete(id);
    this.incident?.unlink(edge);
  }

  /** The edges that touch a node (a snapshot: safe to change the graph while iterating). */
  edgesOf(nodeId: string): EdgeState[] {
    const ids = this.incidence().get(nodeId);
    if (!ids) return [];
    const out: EdgeState[] = [];
    for (const id of ids) {
      const e = this.edges.get(id);
      if (e) out.push(e);
    }
    return out;
  }

  /** Follows edge moves to the edge's current id. */
  resolveEdge(id: string): string {
    let cur = id;
    for (let i = 0; i < 1000 && !this.edges.has(cur); i++) {
      const next = this.edgeRedirects.get(cur);
      if (next === undefined) break;
      cur = next;
    }
    return cur;
  }

  /** Node id -> ids of its edges, built on first need (a layer over the base's, sealed, one). */
  private incidence(): Incidence {
    if (this.incident) return this.incident;
    if (!this.base) {
      this.incident = Incidence.of(this.edges.values());
      // A sealed state's index is shared by its layers: it must not change either.
      if (this.sealed) this.incident.seal();
      return this.incident;
    }
    const incident = Incidence.over(this.base.incidence());
    // Bring the base's index up to this layer's edges: drop the edges it removed, add the ones it
    // added (in the order of the edges, as an index built from them would be).
    const edges = this.edges as LayeredMap<string, EdgeState>;
    for (const id of edges.deletedKeys()) {
      const e = this.base.edges.get(id);
      if (e) incident.unlink(e);
    }
    for (const e of edges.addedValues()) incident.link(e);
    this.incident = incident;
    return incident;
  }
}
