import { isUndirectedRelation } from './relation-direction';
import type { GraphData, GraphEdge, GraphNode } from './types';

/** Data of a Cytoscape node: the fields listed on `toCytoscapeElements`. */
export interface CyNodeData {
  id: string;
  label: string;
  type: string;
  [key: string]: unknown;
}

/** Data of a Cytoscape edge. */
export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  [key: string]: unknown;
}

/** A Cytoscape node element. */
export interface CyNodeElement {
  data: CyNodeData;
  position?: { x: number; y: number };
  classes?: string;
}

/** A Cytoscape edge element. */
export interface CyEdgeElement {
  data: CyEdgeData;
  classes?: string;
}

function nodeClasses(n: GraphNode): string {
  const classes: string[] = [n.type];
  if (n.manual) classes.push('manual');
  if (n.note !== undefined || (n.tags && n.tags.length > 0)) classes.push('annotated');
  if (n.note !== undefined) classes.push('has-note');
  if (n.tags && n.tags.length > 0) classes.push('has-tags');
  if (n.color !== undefined) classes.push('has-color');
  if (n.position) classes.push('pinned');
  return classes.join(' ');
}

function edgeClasses(e: GraphEdge): string {
  const classes: string[] = [e.type];
  if (e.manual) classes.push('manual');
  if (isUndirectedRelation(e.type)) classes.push('undirected');
  return classes.join(' ');
}

/**
 * Maps graph data to Cytoscape elements, for the renderer and the `.cyjs` export. Node data:
 * id, label (name), type, degree, weightedDegree, mentions, articles (count), aliases, and
 * color, note, tags, code, firstDate, lastDate, manual where set. Edge data: id, source,
 * target, type, label, weight, evidence (count), manual where set. Classes: the type, plus
 * `manual`, `annotated`, `has-note`, `has-tags`, `has-color`, `pinned` (nodes) and
 * `undirected` (edges). Edges whose ends are not in the data are left out, as Cytoscape
 * would reject them.
 */
export function toCytoscapeElements(graph: GraphData): { nodes: CyNodeElement[]; edges: CyEdgeElement[] } {
  const ids = new Set<string>();
  const nodes = graph.nodes.map((n): CyNodeElement => {
    ids.add(n.id);
    const data: CyNodeData = {
      id: n.id,
      label: n.name,
      type: n.type,
      degree: n.degree,
      weightedDegree: n.weightedDegree,
      mentions: n.mentions,
      articles: n.articles.length,
      aliases: [...n.aliases],
    };
    if (n.color !== undefined) data.color = n.color;
    if (n.note !== undefined) data.note = n.note;
    if (n.tags && n.tags.length > 0) data.tags = [...n.tags];
    if (n.code !== undefined) data.code = n.code;
    if (n.firstDate) data.firstDate = n.firstDate;
    if (n.lastDate) data.lastDate = n.lastDate;
    if (n.manual) data.manual = true;
    const el: CyNodeElement = { data, classes: nodeClasses(n) };
    if (n.position) el.position = { x: n.position.x, y: n.position.y };
    return el;
  });
  const edges: CyEdgeElement[] = [];
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const data: CyEdgeData = {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label,
      weight: e.weight,
      evidence: e.evidence.length,
    };
    if (e.manual) data.manual = true;
    edges.push({ data, classes: edgeClasses(e) });
  }
  return { nodes, edges };
}
