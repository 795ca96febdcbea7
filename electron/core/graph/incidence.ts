import { LayeredMap } from './layered';
import { sealSet } from './seal';
import type { EdgeState } from './state';

/**
 * Node id -> ids of the edges that touch it, in the order the edges were added. An index can be
 * shared (sealed: its sets frozen) and layered: a layer copies a set before it changes it.
 */
export class Incidence {
  private constructor(private readonly sets: Map<string, Set<string>>) {}

  /** The index of the given edges. */
  static of(edges: Iterable<EdgeState>): Incidence {
    const index = new Incidence(new Map());
    for (const e of edges) index.link(e);
    return index;
  }

  /** An index that starts as `base` (sealed) and keeps its own changes apart. */
  static over(base: Incidence): Incidence {
    return new Incidence(new LayeredMap(base.sets));
  }

  /** A layer that goes on from this one (a layer itself); this one must be sealed first. */
  copy(): Incidence {
    return new Incidence((this.sets as LayeredMap<string, Set<string>>).copy());
  }

  /** Freezes the sets this index (or layer) holds of its own, so that others can share them. */
  seal(): void {
    const sets = this.sets instanceof LayeredMap ? this.sets.changedValues() : this.sets.values();
    for (const set of sets) sealSet(set);
  }

  /** Ids of the edges of a node. */
  get(nodeId: string): ReadonlySet<string> | undefined {
    return this.sets.get(nodeId);
  }

  link(edge: EdgeState): void {
    this.writable(edge.source, true)?.add(edge.id);
    this.writable(edge.target, true)?.add(edge.id);
  }

  unlink(edge: EdgeState): void {
    if (this.sets.get(edge.source)?.has(edge.id)) this.writable(edge.source, false)?.delete(edge.id);
    if (this.sets.get(edge.target)?.has(edge.id)) this.writable(edge.target, false)?.delete(edge.id);
  }

  /** The set of a node, ready to change (a copy when it is frozen, shared). */
  private writable(nodeId: string, create: boolean): Set<string> | undefined {
    let set = this.sets.get(nodeId);
    if (set ? Object.isFrozen(set) : create) {
      set = new Set(set);
      this.sets.set(nodeId, set);
    }
    return set;
  }
}
