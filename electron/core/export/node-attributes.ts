import type { AnalyticsResult, GraphNode } from '../../shared/types';
import type { Column, ColumnType, FlatValue } from './columns';

/** One extra node attribute: its name in every format, and the type its values are written as. */
export interface NodeAttributeColumn {
  key: string;
  type: ColumnType;
}

/**
 * Extra node attributes for an export, such as analytics measures: declared once (name and
 * type, in column order) and given per node id. Every format writes them: GEXF attribute
 * declarations, GraphML keys, CSV columns, Cytoscape `data`, JSON `attributes`, Cypher
 * properties. A node without a value gets none (an empty cell).
 */
export interface NodeAttributes {
  columns: NodeAttributeColumn[];
  values: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
}

/** Names the built-in node attributes use in some format; an extra attribute may not take one. */
const RESERVED = new Set([
  'id', 'label', 'name', 'type', 'aliases', 'note', 'tags', 'mentions', 'degree', 'weighted_degree', 'weightedDegree',
  'code', 'first_date', 'last_date', 'firstDate', 'lastDate', 'articles', 'source', 'color', 'manual', 'x', 'y', 'z',
  'position', 'title', 'date', 'place', 'byline', 'chars', 'attributes', 'props',
]);
// Plain identifiers are safe everywhere: XML ids, CSV headers, Cypher property names, JSON keys.
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws when a declaration would clash with a built-in attribute, repeat a name, or is not a plain identifier. */
export function checkNodeAttributes(attributes: NodeAttributes): void {
  const seen = new Set<string>();
  for (const { key, type } of attributes.columns) {
    if (!KEY.test(key)) throw new Error(`node attribute name must be a plain identifier: ${JSON.stringify(key)}`);
    if (RESERVED.has(key)) throw new Error(`node attribute ${key} would replace a built-in attribute of the export`);
    if (seen.has(key)) throw new Error(`node attribute ${key} is declared twice`);
    if (!['string', 'integer', 'double', 'boolean'].includes(type)) throw new Error(`node attribute ${key} has an unknown type ${String(type)}`);
    seen.add(key);
  }
}

/** A value as its declared type: numbers must be finite (integers for `integer`), else there is none. */
export function typedValue(value: string | number | boolean | undefined, type: ColumnType): FlatValue {
  if (value === undefined) return null;
  if (type === 'string') return String(value);
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return type === 'integer' && !Number.isInteger(value) ? null : value;
}

/** The flat columns of the extra node attributes, for GEXF, GraphML and CSV. */
export function nodeAttributeColumns(attributes: NodeAttributes): Array<Column<GraphNode>> {
  return attributes.columns.map(({ key, type }) => ({ key, type, value: (n) => typedValue(attributes.values[n.id]?.[key], type) }));
}

/** The extra attributes of one node that have a value, by name (for JSON, Cytoscape and Cypher). */
export function nodeAttributeValues(attributes: NodeAttributes, id: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const given = attributes.values[id];
  if (!given) return out;
  for (const { key, type } of attributes.columns) {
    const value = typedValue(given[key], type);
    if (value !== null) out[key] = value;
  }
  return out;
}

/**
 * The measures of an analysis as node attributes: `betweenness`, `pagerank`, `community`, and
 * `analysis_degree` / `analysis_weighted_degree` (degrees in the analysed graph, which collapses
 * multi-edges and ignores direction, so they may differ from the export's own `degree`).
 */
export function measuresAsNodeAttributes(result: Pick<AnalyticsResult, 'entities'>): NodeAttributes {
  const values: Record<string, Record<string, number>> = {};
  for (const m of result.entities) {
    values[m.id] = {
      analysis_degree: m.degree,
      analysis_weighted_degree: m.weightedDegree,
      betweenness: m.betweenness,
      pagerank: m.pagerank,
      community: m.community,
    };
  }
  return {
    columns: [
      { key: 'analysis_degree', type: 'integer' },
      { key: 'analysis_weighted_degree', type: 'double' },
      { key: 'betweenness', type: 'double' },
      { key: 'pagerank', type: 'double' },
      { key: 'community', type: 'integer' },
    ],
    values,
  };
}
