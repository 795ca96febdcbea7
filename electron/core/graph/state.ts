import type { Evidence, NodeKind, RelationType } from '../../shared/types';
import { edgeId, entityId, orderEnds } from './ids';
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

/** An edge (anything but `mentions`, which is derived from the mention index at the end). */
export interface EdgeState {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
  evidence: Evidence[];
  attrs?: Record<string, string | number>;
  manual?: boolean;
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
  /** Evidence of the current article already added, to drop duplicates cheaply (duplicates share an article). */
  private seenEvidence = new Set<string>();
  private seenArticle = '';
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

  /** `edgeId` (not cached: most (type, ends, label) tuples occur once). */
  edgeIdOf(type: RelationType, source: string, target: string, label: string): string {
    return edgeId(type, source, target, label);
  }

  /** Adds one piece of extracted evidence to the edge (type, source, target, label), creating it if needed. */
  addExtracted(
    type: RelationType,
    source: string,
    target: string,
    label: string,
    evidence: Evidence,
    attrs?: Record<string, string | number>,
  ): void {
    const [s, t] = orderEnds(type, source, target);
    const id = this.edgeIdOf(type, s, t, label);
    if (evidence.article !== this.seenArticle) {
      this.seenArticle = evidence.article;
      this.seenEvidence = new Set();
    }
    const key = `${id}\u0000${evidence.start}\u0000${evidence.end}`;
    if (this.seenEvidence.has(key)) return;
    this.seenEvidence.add(key);
    const edge = this.edges.get(id);
    if (edge) {
      edge.evidence.push(evidence);
      if (attrs) edge.attrs = { ...edge.attrs, ...attrs };
      return;
    }
    this.putEdge({ id, type, source: s, target: t, label, evidence: [evidence], ...(attrs ? { attrs: { ...attrs } } : {}) });
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
    const id = this.edgeIdOf(type, s, t, label);
    const edge = this.edges.get(id);
    if (!edge) {
      this.putEdge({
        id,
        type,
        source: s,
        target: t,
        label,
        evidence: [...evidence],
        ...(attrs ? { attrs: { ...attrs } } : {}),
        ...(manual ? { manual: true } : {}),
      });
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
