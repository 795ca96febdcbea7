import { describe, expect, it } from 'vitest';
import { scoreListedRelations } from '../../../scripts/eval/pages';
import type { GoldRelation } from '../../../scripts/eval/pages';
import type { GoldEntity } from '../../../scripts/eval/score';
import type { EntitySummary, RelationSummary } from '../../../electron/shared/types';

const goldEntities: GoldEntity[] = [
  { type: 'organisation', name: '青石县总工会' },
  { type: 'program', name: '书香职工' },
  { type: 'place', name: '青石县' },
  { type: 'place', name: '江南省' },
];
const gold: GoldRelation[] = [{ type: 'organises', source: '青石县总工会', target: '书香职工', label: '举办' }];

const entity = (id: string, type: EntitySummary['type'], name: string): EntitySummary => ({ id, type, name, aliases: [], mentions: 1, articles: [] });
const relation = (id: string, type: RelationSummary['type'], source: string, target: string, label = ''): RelationSummary => ({
  id,
  type,
  source,
  target,
  label,
  weight: 1,
  evidence: [],
});
const entities = [entity('o1', 'organisation', '青石县总工会'), entity('g1', 'program', '书香职工'), entity('l1', 'place', '青石县'), entity('l2', 'place', '江南省')];

describe('relations of a page as zhitu lists them', () => {
  it('counts one relation per type and ends, right when any of its edges matches the gold', () => {
    const relations = [relation('r1', 'organises', 'o1', 'g1', '开展'), relation('r2', 'organises', 'o1', 'g1', '举办')];
    const s = scoreListedRelations(gold, goldEntities, entities, relations);
    expect(s.precision).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.wrong).toEqual([]);
  });

  it('gives precision with and without located_in inferred from the gazetteer or a name', () => {
    const relations = [
      relation('r1', 'organises', 'o1', 'g1', '举办'),
      relation('r2', 'located_in', 'o1', 'l1'),
      relation('r3', 'located_in', 'l1', 'l2'),
      relation('r4', 'located_in', 'g1', 'l1'),
    ];
    const via = new Map([
      ['r2', 'name'],
      ['r3', 'gazetteer'],
    ]);
    const s = scoreListedRelations(gold, goldEntities, entities, relations, via);
    expect(s.precision).toMatchObject({ tp: 1, fp: 3 });
    // The program's place is stated by no gold relation: it stays wrong.
    expect(s.stated).toMatchObject({ tp: 1, fp: 1 });
    expect(s.wrong).toContain('located_in 青石县总工会 -> 青石县 (via name)');
    expect(s.wrong).toContain('located_in 书香职工 -> 青石县');
  });
});
