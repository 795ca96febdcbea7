import { describe, expect, it } from 'vitest';
import { duplicateSuggestions } from '../../../electron/core/graph/duplicates';
import type { EntityType, GraphData, GraphNode } from '../../../electron/shared/types';

const SHORT_FORMS = new Map([
  ['市总', '市总工会'],
  ['县总', '县总工会'],
]);

function graphOf(entries: Array<[EntityType, string, number?, string?]>): GraphData {
  const nodes: GraphNode[] = entries.map(([type, name, mentions, code]) => ({
    id: `e_${type}_${name}`,
    type,
    name,
    aliases: [],
    mentions: mentions ?? 1,
    articles: [],
    degree: 0,
    weightedDegree: 0,
    ...(code ? { code } : {}),
  }));
  return { nodes, edges: [] };
}

const pairs = (graph: GraphData, options = {}) =>
  duplicateSuggestions(graph, { shortForms: SHORT_FORMS, ...options }).map((s) => [s.reason, [...s.names].sort()]);

describe('duplicateSuggestions', () => {
  it('pairs a known short form with its full name, width and punctuation variants, and names up to a place prefix', () => {
    const graph = graphOf([
      ['place', '河池市', 1, '4512'],
      ['place', '深圳市', 1, '4403'],
      ['place', '广东省', 1, '44'],
      ['organisation', '河池市总工会', 5],
      ['organisation', '河池市总', 2],
      ['organisation', '深圳市职工发展基金会', 4],
      ['organisation', '职工发展基金会', 1],
      ['organisation', '广东省总工会', 3],
      ['organisation', '广东总工会', 1],
      ['program', '技能共富保', 3],
      ['program', '“技能共富保”', 1],
      ['program', 'ABC计划', 1],
      ['program', 'ＡＢＣ计划', 1],
    ]);
    expect(pairs(graph)).toEqual(
      expect.arrayContaining([
        ['short form', ['河池市总', '河池市总工会']],
        ['place prefix', ['深圳市职工发展基金会', '职工发展基金会']],
        ['place prefix', ['广东总工会', '广东省总工会']],
        ['variant', ['“技能共富保”', '技能共富保']],
        ['variant', ['ABC计划', 'ＡＢＣ计划']],
      ]),
    );
    expect(pairs(graph)).toHaveLength(5);
    const [first] = duplicateSuggestions(graph, { shortForms: SHORT_FORMS });
    expect(first).toMatchObject({ type: 'organisation', ids: ['e_organisation_河池市总工会', 'e_organisation_河池市总'] });
  });

  it('never pairs clearly different entities: the unions of two cities, other types, places of different codes', () => {
    const graph = graphOf([
      ['place', '深圳市', 1, '4403'],
      ['place', '舟山市', 1, '3309'],
      ['place', '吉林省', 1, '22'],
      ['place', '吉林市', 1, '2202'],
      ['organisation', '深圳市总工会'],
      ['organisation', '舟山市总工会'],
      ['organisation', '总工会'],
      ['program', '深圳市职工发展基金会'],
      ['organisation', '职工发展基金会'],
    ]);
    expect(pairs(graph)).toEqual([]);
  });

  it('does not offer again names the user split apart, and keeps to the limit', () => {
    const graph = graphOf([
      ['organisation', '河池市总工会'],
      ['organisation', '河池市总'],
      ['program', '金秋助学'],
      ['program', '“金秋助学”'],
    ]);
    const at = '2024-01-01T00:00:00Z';
    const edits = [{ op: 'splitAlias' as const, id: 'e_organisation_河池市总工会', alias: '河池市总', seq: 1, at }];
    expect(pairs(graph, { edits })).toEqual([['variant', ['“金秋助学”', '金秋助学']]]);
    expect(duplicateSuggestions(graph, { shortForms: SHORT_FORMS, limit: 1 })).toHaveLength(1);
  });
});
