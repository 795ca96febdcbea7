import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AnalyticsResult, EntitySummary } from '../../../../electron/shared/types';
import { CSV_HEADER, rankingCsv, rankRows, rowsOfType, sortRows } from '../../../../renderer/src/features/analytics/ranking';

const result: AnalyticsResult = {
  graph: { nodes: 4, edges: 3, directed: false, weighted: true, coOccurs: true },
  modularity: 0.3,
  communities: [
    { id: 0, size: 3, top: ['深圳市总工会', '深圳市', '=HYPERLINK("x")'] },
    { id: 1, size: 1, top: ['李昱霖'] },
  ],
  entities: [
    { id: 'o1', name: '深圳市总工会', type: 'organisation', degree: 3, weightedDegree: 9, betweenness: 0.5, pagerank: 0.4, community: 0 },
    { id: 'g1', name: '深圳市', type: 'place', degree: 2, weightedDegree: 2, betweenness: 0.1, pagerank: 0.3, community: 0 },
    { id: 'x1', name: '=HYPERLINK("http://evil")', type: 'program', degree: 1, weightedDegree: 5, betweenness: 0, pagerank: 0.2, community: 0 },
    { id: 'p1', name: '李昱霖, "记者"', type: 'person', degree: 0, weightedDegree: 0, betweenness: 0, pagerank: 0.1, community: -1 },
  ],
};
const entities = [
  { id: 'o1', mentions: 12 },
  { id: 'g1', mentions: 30 },
] as EntitySummary[];

describe('the ranked table', () => {
  const rows = rankRows(result, entities);

  it('joins mentions and community names to the measures', () => {
    expect(rows.find((r) => r.id === 'g1')).toMatchObject({ mentions: 30, communityName: '深圳市总工会、深圳市、=HYPERLINK("x")' });
    expect(rows.find((r) => r.id === 'p1')).toMatchObject({ mentions: 0, communityName: '' });
  });

  it('sorts by any measure either way, ties by PageRank', () => {
    expect(sortRows(rows, 'betweenness', 'desc').map((r) => r.id)).toEqual(['o1', 'g1', 'x1', 'p1']);
    expect(sortRows(rows, 'weightedDegree', 'desc').map((r) => r.id)).toEqual(['o1', 'x1', 'g1', 'p1']);
    expect(sortRows(rows, 'mentions', 'asc').map((r) => r.id)).toEqual(['x1', 'p1', 'o1', 'g1']);
    expect(sortRows(rows, 'degree', 'asc').map((r) => r.id)).toEqual(['p1', 'x1', 'g1', 'o1']);
    // The input stays as it was.
    expect(rows.map((r) => r.id)).toEqual(['o1', 'g1', 'x1', 'p1']);
  });

  it('filters by type', () => {
    expect(rowsOfType(rows, 'place').map((r) => r.id)).toEqual(['g1']);
    expect(rowsOfType(rows, null)).toHaveLength(4);
  });

  it('exports CSV that a spreadsheet reads back exactly, with no formula left to run', () => {
    const csv = rankingCsv(sortRows(rows, 'betweenness', 'desc'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = parse(csv.slice(1), { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(CSV_HEADER);
    expect(records).toHaveLength(5);
    expect(records[1]).toEqual(['1', 'o1', '深圳市总工会', 'organisation', '3', '9', '0.5', '0.4', '12', '0', '深圳市总工会、深圳市、=HYPERLINK("x")']);
    const evil = records.find((r) => r[1] === 'x1')!;
    expect(evil[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(records.find((r) => r[1] === 'p1')![2]).toBe('李昱霖, "记者"');
    expect(records.find((r) => r[1] === 'p1')![9]).toBe('-1');
    for (const record of records.slice(1)) {
      for (const cell of [record[1], record[2], record[3], record[10]]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
