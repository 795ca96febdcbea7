import type { EditOp, GraphData } from '../../shared/types';
import { entityId } from './ids';

/** Records what a deleted entity was called, so that its name stays blocked after re-extraction. */
export function withContext(graph: GraphData, op: EditOp): EditOp {
  if (op.op !== 'delete') return op;
  const node = graph.nodes.find((n) => n.id === op.id);
  return node && node.type !== 'article' ? { ...op, name: node.name, type: node.type } : op;
}

/** What an edit's targets are checked against: the entities and edges that exist now. */
export interface EditTargets {
  hasEntity(id: string): boolean;
  /** An article in the graph (not removed). */
  hasArticle(id: string): boolean;
  hasEdge(id: string): boolean;
}

/** Why an edit cannot apply to the graph as it is now (an id it names does not exist), or null. */
export function missingTarget(graph: GraphData | EditTargets, op: EditOp): string | null {
  const targets = 'nodes' in graph ? targetsOf(graph) : graph;
  const node = (id: string): string | null => (targets.hasEntity(id) ? null : `no entity with id ${id}`);
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
      return targets.hasEdge(op.id) ? null : `no relation with id ${op.id}`;
    case 'addNode':
      return null;
    case 'setDate':
      return targets.hasArticle(op.article) ? null : `no article with id ${op.article}`;
    case 'removeArticles': {
      if (op.ids.length === 0) return 'no article to remove';
      const missing = op.ids.find((a) => !targets.hasArticle(a));
      return missing ? `no article with id ${missing}` : null;
    }
  }
}

function targetsOf(graph: GraphData): EditTargets {
  const nodes = new Set(graph.nodes.filter((n) => n.type !== 'article').map((n) => n.id));
  const articles = new Set(graph.nodes.filter((n) => n.type === 'article').map((n) => n.id));
  return { hasEntity: (id) => nodes.has(id), hasArticle: (id) => articles.has(id), hasEdge: (id) => graph.edges.some((e) => e.id === id) };
}

/** The id an edit's result is known by: the entity it changed or made (none for a new edge). */
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
