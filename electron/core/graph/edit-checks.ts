import type { EditOp, GraphData } from '../../shared/types';
import { entityId } from './ids';

/** Records what a deleted entity was called, so that its name stays blocked after re-extraction. */
export function withContext(graph: GraphData, op: EditOp): EditOp {
  if (op.op !== 'delete') return op;
  const node = graph.nodes.find((n) => n.id === op.id);
  return node && node.type !== 'article' ? { ...op, name: node.name, type: node.type } : op;
}

/** Why an edit cannot apply to the graph as it is now (an id it names does not exist), or null. */
export function missingTarget(graph: GraphData, op: EditOp): string | null {
  const nodes = new Set(graph.nodes.filter((n) => n.type !== 'article').map((n) => n.id));
  const node = (id: string): string | null => (nodes.has(id) ? null : `no entity with id ${id}`);
  switch (op.op) {
    case 'annotate':
    case 'rename':
    case 'retype':
    case 'splitAlias':
    case 'delete':
      return node(op.id);
    case 'merge':
      return [op.target, ...op.sources].map(node).find(Boolean) ?? (op.sources.includes(op.target) ? 'an entity cannot be merged into itself' : null);
    case 'addEdge':
      return node(op.source) ?? node(op.target);
    case 'deleteEdge':
      return graph.edges.some((e) => e.id === op.id) ? null : `no relation with id ${op.id}`;
    case 'addNode':
      return null;
    case 'setDate':
      return graph.nodes.some((n) => n.id === op.article && n.type === 'article') ? null : `no article with id ${op.article}`;
    case 'removeArticles': {
      if (op.ids.length === 0) return 'no article to remove';
      const articles = new Set(graph.nodes.filter((n) => n.type === 'article').map((n) => n.id));
      const missing = op.ids.find((a) => !articles.has(a));
      return missing ? `no article with id ${missing}` : null;
    }
  }
}

export function resultId(op: EditOp): string | undefined {
  switch (op.op) {
    case 'merge':
      return op.target;
    case 'addNode':
      return entityId(op.type, op.name.trim());
    case 'addEdge':
    case 'removeArticles':
      return undefined;
    case 'setDate':
      return op.article;
    default:
      return op.id;
  }
}
