import type { Evidence, GraphEdge, NodeKind, RelationType } from '../../shared/types';
import { edgeId, entityId, isUndirected, orderEnds } from './ids';
import type { MentionRef, RemovedEntity } from './model';

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

function newEdge(
  id: string,
  type: RelationType,
  source: string,
  target: string,
  label: string,
  evidence: Evidence[],
  attrs: Record<string, string | number> | undefined,
  manual: boolean | undefined,
): EdgeState {
  const edge: EdgeState = { id, type, source, target, label, weight: 0, evidence, firstDate: null, lastDate: null };
  if (attrs) edge.attrs = { ...attrs };
  if (manual) edge.manual = true;
  return edge;
}

function evidenceKey(e: Evidence): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

/** The mutable graph that aggregation fills and the edit replay changes. */
export class GraphState {
  readonly nodes = new Map<string, NodeState>();
  readonly edges = new Map<string, EdgeState>();
  /** Mentions per entity id. */
  readonly mentions = new Map<string, MentionRef[]>();
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
  private readonly entityIds = new Map<string, Map<string, string>>();
  /** Node id -> ids of its edges; built on first need, then kept up to date. */
  private incident: Map<string, Set<string>> | null = null;

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
   * last pieces of evidence of the same article.
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
  combine(
    type: RelationType,
    source: string,
    target: string,
    label: string,
    evidence: Evidence[],
    attrs: Record<string, string | number> | undefined,
    manual: boolean | undefined,
  ): string {
    const [s, t] = orderEnds(type, source, target);
    const id = edgeId(type, s, t, label);
    const edge = this.edges.get(id);
    if (!edge) {
      this.putEdge(newEdge(id, type, s, t, label, [...evidence], attrs, manual));
      return id;
    }
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
    if (this.incident) {
      this.link(edge.source, edge.id);
      this.link(edge.target, edge.id);
    }
  }

  dropEdge(id: string): void {
    const edge = this.edges.get(id);
    if (!edge) return;
    this.edges.delete(id);
    if (this.incident) {
      this.incident.get(edge.source)?.delete(id);
      this.incident.get(edge.target)?.delete(id);
    }
  }

  /** The edges that touch a node (a snapshot: safe to change the graph while iterating). */
  edgesOf(nodeId: string): EdgeState[] {
    if (!this.incident) {
      this.incident = new Map();
      for (const e of this.edges.values()) {
        this.link(e.source, e.id);
        this.link(e.target, e.id);
      }
    }
    const ids = this.incident?.get(nodeId);
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

  private link(nodeId: string, edge: string): void {
    if (!this.incident) return;
    let set = this.incident.get(nodeId);
    if (!set) {
      set = new Set();
      this.incident.set(nodeId, set);
    }
    set.add(edge);
  }
}
