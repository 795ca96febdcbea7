import type { EntityType, NodeKind } from '../../../../electron/shared/types';
import { useStore } from '../../state/store';

export interface EntityInfo {
  id: string;
  name: string;
  type: NodeKind;
  aliases: string[];
  note?: string;
  tags?: string[];
  color?: string;
}

/** What the page knows of an entity: from the details panel, the view, or the entity list. */
export function useEntity(id: string): EntityInfo | null {
  const details = useStore((s) => (s.details?.node.id === id ? s.details.node : undefined));
  const node = useStore((s) => s.graph.nodes.find((n) => n.id === id));
  const summary = useStore((s) => s.entities.find((e) => e.id === id));
  const found = details ?? node ?? summary;
  if (!found) return null;
  return { id, name: found.name, type: found.type as EntityType, aliases: found.aliases, note: found.note, tags: found.tags, color: found.color };
}
