import type { Evidence, GraphEdge, PathResult, PathStep } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';

/** Something that carries an edge's evidence, or only how much of it there is (lean payloads). */
export interface EvidenceCarrier {
  evidence: Evidence[];
  evidenceCount?: number;
}

/** How many pieces of evidence the edge has, whether or not the payload carried them. */
export function evidenceTotal(item: EvidenceCarrier): number {
  return Math.max(item.evidence.length, item.evidenceCount ?? 0);
}

/** Whether the payload left the evidence out (lean graph) and it must be asked of the core. */
export function needsEvidence(item: EvidenceCarrier): boolean {
  return item.evidence.length === 0 && (item.evidenceCount ?? 0) > 0;
}

export type EdgeFetcher = (id: string) => Promise<GraphEdge>;

/** Asks the core for one edge with all its evidence. */
export const fetchEdge: EdgeFetcher = (id) => getClient().getEdge({ id });

/**
 * A small cache of fetched evidence by edge id: each edge is asked for once (concurrent asks
 * share one call); a failed call is forgotten so that opening the edge again retries.
 */
export class EvidenceCache {
  private readonly done = new Map<string, Evidence[]>();
  private readonly pending = new Map<string, Promise<Evidence[]>>();

  constructor(
    private readonly fetcher: EdgeFetcher = fetchEdge,
    private readonly max = 200,
  ) {}

  /** The evidence already fetched for an edge, if any. */
  peek(id: string): Evidence[] | undefined {
    return this.done.get(id);
  }

  /** The edge's evidence: from the cache, else from the core. */
  load(id: string): Promise<Evidence[]> {
    const have = this.done.get(id);
    if (have) return Promise.resolve(have);
    const running = this.pending.get(id);
    if (running) return running;
    const call = this.fetcher(id)
      .then((edge) => {
        this.pending.delete(id);
        if (this.done.size >= this.max) this.done.delete(this.done.keys().next().value as string);
        this.done.set(id, edge.evidence);
        return edge.evidence;
      })
      .catch((error: unknown) => {
        this.pending.delete(id);
        throw error;
      });
    this.pending.set(id, call);
    return call;
  }

  private token: unknown = undefined;

  /** Forgets everything when `token` (the workspace info, replaced after every change) is a new one. */
  sync(token: unknown): void {
    if (token === this.token) return;
    this.token = token;
    this.clear();
  }

  /** Forgets everything (the workspace changed). */
  clear(): void {
    this.done.clear();
    this.pending.clear();
  }
}

/** The page's evidence cache. */
export const evidenceCache = new EvidenceCache();

/**
 * The evidence of an edge: what the payload carried, or (lean payload) what the core gives
 * for its id. Never assumes the graph payload holds the evidence.
 */
export async function evidenceOf(id: string, item: EvidenceCarrier, cache: EvidenceCache = evidenceCache): Promise<Evidence[]> {
  return needsEvidence(item) ? cache.load(id) : item.evidence;
}

/** A path step's evidence, and how much there is when a lean payload left it out. */
export function stepEvidence(step: PathStep): EvidenceCarrier {
  const counted = step as PathStep & { evidenceCount?: number; edge: { evidenceCount?: number } };
  return { evidence: step.evidence, evidenceCount: counted.evidenceCount ?? counted.edge.evidenceCount };
}

/** The paths with the evidence of every step that a lean payload left out asked of the core (for exports). */
export async function withStepEvidence(paths: PathResult[], cache: EvidenceCache = evidenceCache): Promise<PathResult[]> {
  return Promise.all(
    paths.map(async (path) => ({
      ...path,
      steps: await Promise.all(path.steps.map(async (step) => ({ ...step, evidence: await evidenceOf(step.edge.id, stepEvidence(step), cache) }))),
    })),
  );
}
