import { describe, expect, it } from 'vitest';
import { applyExportOptions } from '../../../electron/core/export';
import { sampleGraph } from './fixture';

describe('applyExportOptions', () => {
  const graph = sampleGraph();
  const articleIds = new Set(graph.nodes.filter((n) => n.type === 'article').map((n) => n.id));

  it('drops article nodes and their edges unless includeArticles', () => {
    const out = applyExportOptions(graph, {});
    expect(out.nodes.some((n) => n.type === 'article')).toBe(false);
    expect(out.nodes).toHaveLength(graph.nodes.length - articleIds.size);
    expect(out.edges.some((e) => articleIds.has(e.source) || articleIds.has(e.target))).toBe(false);
    expect(out.edges.some((e) => e.type === 'mentions' || e.type === 'reported_by')).toBe(false);
    expect(out.edges.some((e) => e.type === 'co_occurs')).toBe(true);
  });

  it('keeps article nodes with includeArticles, here or in the filter', () => {
    expect(applyExportOptions(graph, { includeArticles: true })).toEqual(graph);
    expect(applyExportOptions(graph, { filter: { includeArticles: true } })).toEqual(graph);
    expect(applyExportOptions(graph, { includeArticles: false, filter: { includeArticles: true } }).nodes).toHaveLength(graph.nodes.length - 2);
  });

  it('drops co_occurs edges only when includeCoOccurs is false', () => {
    const out = applyExportOptions(graph, { includeArticles: true, includeCoOccurs: false });
    expect(out.nodes).toEqual(graph.nodes);
    expect(out.edges).toEqual(graph.edges.filter((e) => e.type !== 'co_occurs'));
    expect(applyExportOptions(graph, { includeArticles: true, filter: { includeCoOccurs: false } }).edges).toEqual(out.edges);
  });

  it('does not change its input', () => {
    const before = structuredClone(graph);
    applyExportOptions(graph, { includeCoOccurs: false });
    expect(graph).toEqual(before);
  });
});
