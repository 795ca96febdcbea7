import { useEffect, useMemo } from 'react';
import { useStore } from '../../state/store';
import { buildSearchIndex, warmPinyin } from './search-index';
import type { SearchIndex } from './search-index';

/** A search index over the workspace's entities, rebuilt when the entity list changes. */
export function useSearchIndex(): SearchIndex {
  const entities = useStore((s) => s.entities);
  const graph = useStore((s) => s.graph);
  const index = useMemo(() => {
    const items = entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, weight: e.mentions }));
    // Nodes of the view that the list does not have yet (just added) are searchable too.
    const known = new Set(items.map((i) => i.id));
    for (const n of graph.nodes) {
      if (!known.has(n.id) && n.type !== 'article') items.push({ id: n.id, name: n.name, type: n.type, aliases: n.aliases, weight: n.mentions });
    }
    return buildSearchIndex(items);
  }, [entities, graph]);
  useEffect(() => warmPinyin(index), [index]);
  return index;
}
