import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../../../electron/shared/types';
import { entityRows, filterRows, relationRows, sortRows } from '../../../../renderer/src/features/table/table-rows';
import { edge } from '../graph/fixtures';

const entities: EntitySummary[] = [
  { id: 'o1', type: 'organisation', name: '深圳市总工会', aliases: ['市总工会'], mentions: 9, articles: ['a1', 'a2'], tags: ['工会'] },
  { id: 'p1', type: 'person', name: '李昱霖', aliases: [], mentions: 2, articles: ['a1'] },
  { id: 'g1', type: 'place', name: '深圳市', aliases: [], mentions: 9, articles: ['a1', 'a2', 'a3'] },
];

describe('table rows', () => {
  const rows = entityRows(entities, new Set(['o1']));

  it('say which entities the view shows, with their counts', () => {
    expect(rows.map((r) => [r.id, r.inView, r.articles])).toEqual([
      ['o1', true, 2],
      ['p1', false, 1],
      ['g1', false, 3],
    ]);
  });

  it('filter by name, alias or tag, and by type', () => {
    expect(filterRows(rows, '市总').map((r) => r.id)).toEqual(['o1']);
    expect(filterRows(rows, '工会').map((r) => r.id)).toEqual(['o1']);
    expect(filterRows(rows, '深圳', 'place').map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, '').length).toBe(3);
  });

  it('sort numbers numerically and names in Chinese order, ties by name', () => {
    expect(sortRows(rows, { column: 'mentions', descending: true }).map((r) => r.id)).toEqual(['g1', 'o1', 'p1']);
    expect(sortRows(rows, { column: 'articles', descending: false }).map((r) => r.id)).toEqual(['p1', 'o1', 'g1']);
    expect(sortRows(rows, { column: 'name', descending: false }).map((r) => r.name)).toEqual(['李昱霖', '深圳市', '深圳市总工会']);
  });

  it('name the ends of relations', () => {
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const [r] = relationRows([{ ...edge('e1', 'o1', 'g1', 'located_in'), evidence: [], evidenceCount: 4 }], names);
    expect(r).toMatchObject({ sourceName: '深圳市总工会', targetName: '深圳市', evidence: 4 });
  });
});
