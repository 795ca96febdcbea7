import { ENTITY_TYPES } from '../../shared/types';
import type { EntityType } from '../../shared/types';
import type { GraphState, NodeState } from './state';

/** A node an edit refers to; `viaAlias` when only one of its other names hashes to the edit's id. */
export interface Found {
  node: NodeState;
  viaAlias: boolean;
}

/**
 * Finds the node an edit's id refers to: directly, through merges (redirects), or, after
 * re-extraction folded a name into another entity, through the entity whose name or alias
 * hashes to that id. Deleted ids resolve to nothing.
 */
export class Resolver {
  constructor(private readonly state: GraphState) {}

  /** Follows redirects to the current id (which may no longer exist). */
  follow(id: string): string {
    let cur = id;
    for (let i = 0; i < 1000 && !this.state.nodes.has(cur); i++) {
      const next = this.state.redirects.get(cur);
      if (next === undefined) break;
      cur = next;
    }
    return cur;
  }

  /** The live node of an id through redirects only. */
  direct(id: string): NodeState | undefined {
    return this.state.nodes.get(this.follow(id));
  }

  find(id: string): Found | null {
    const cur = this.follow(id);
    const node = this.state.nodes.get(cur);
    if (node) return { node, viaAlias: false };
    if (this.state.deleted.has(cur) || this.state.redirects.has(id)) return null;
    const hit = this.index().get(id);
    if (!hit) return null;
    const aliased = this.direct(hit);
    return aliased ? { node: aliased, viaAlias: true } : null;
  }

  /** An entity now of `type` whose name, under another type, hashes to `id` (a retype that extraction already applied). */
  findRetyped(id: string, type: EntityType): NodeState | null {
    for (const node of this.state.nodes.values()) {
      if (node.type !== type) continue;
      for (const t of ENTITY_TYPES) {
        if (t !== type && this.state.entityIdOf(t, node.name) === id) return node;
      }
    }
    return null;
  }

  /**
   * Alias id -> node id, '' when two entities share it. Built on the first miss and kept with
   * the state for the rest of the replay (a replay continued later uses the same index).
   */
  private index(): ReadonlyMap<string, string> {
    if (this.state.aliasIndex) return this.state.aliasIndex;
    const index = new Map<string, string>();
    const add = (key: string, nodeId: string): void => {
      if (key === nodeId) return;
      const prev = index.get(key);
      if (prev === undefined) index.set(key, nodeId);
      else if (prev !== nodeId) index.set(key, '');
    };
    for (const node of this.state.nodes.values()) {
      if (node.type === 'article') continue;
      add(this.state.entityIdOf(node.type, node.name), node.id);
      for (const a of node.aliases) add(this.state.entityIdOf(node.type, a), node.id);
    }
    this.state.aliasIndex = index;
    return index;
  }
}
