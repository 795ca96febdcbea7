import { describe, expect, it } from 'vitest';
import { formatScore, scoreRelations, total } from '../../../scripts/eval/relations';
import type { Imported } from '../../../scripts/eval/relations';
import type { GoldEntity } from '../../../scripts/eval';
import type { GoldRelation } from '../../../scripts/eval/pages';

const goldEntities: GoldEntity[] = [
  { type: 'organisation', name: '青石县总工会', aliases: ['县总'] },
  { type: 'organisation', name: '青石县文化馆' },
  { type: 'organisation', name: '青石县人社局' },
  { type: 'person', name: '柳明' },
  { type: 'program', name: '书香职工', aliases: ['书香职工活动'] },
  { type: 'place', name: '青石县' },
];

const gold: GoldRelation[] = [
  { type: 'organises', source: '青石县总工会', target: '书香职工', label: '举办' },
  { type: 'partner', source: '青石县总工会', target: '青石县文化馆', label: '联合' },
  { type: 'role', source: '柳明', target: '青石县总工会', label: '副主席' },
  { type: 'participates', source: '青石县人社局', target: '书香职工' },
];

// What a workspace holds: the program under its longer form, the union found, the labour office not found.
const got: Imported = {
  entities: [
    { id: 'o1', type: 'organisation', name: '青石县总工会', aliases: ['县总'] },
    { id: 'o2', type: 'organisation', name: '青石县文化馆', aliases: [] },
    { id: 'p1', type: 'person', name: '柳明', aliases: [] },
    { id: 'g1', type: 'program', name: '书香职工活动', aliases: [] },
    { id: 'l1', type: 'place', name: '青石县', aliases: [] },
    { id: 'x1', type: 'organisation', name: '青石', aliases: [] },
  ],
  edges: [
    { type: 'organises', source: 'o1', target: 'g1', label: '开展' },
    { type: 'organises', source: 'o1', target: 'g1', label: '举办' },
    { type: 'partner', source: 'o2', target: 'o1', label: '联合' },
    { type: 'role', source: 'p1', target: 'o2', label: '馆长' },
    { type: 'located_in', source: 'o1', target: 'l1', label: '', attrs: { via: 'name' } },
    { type: 'located_in', source: 'x1', target: 'l1', label: '' },
    { type: 'co_occurs', source: 'p1', target: 'o1', label: '' },
  ],
};

describe('relation scoring', () => {
  const score = scoreRelations(gold, goldEntities, got);

  it('finds a gold relation through an alias, and a partner in either direction', () => {
    expect(score.byType.organises).toMatchObject({ gold: 1, found: 1, labelled: 1, labelRight: 1 });
    expect(score.byType.partner).toMatchObject({ gold: 1, found: 1 });
  });

  it('counts a relation as found with both ends only when both ends were found as entities', () => {
    expect(score.byType.participates).toMatchObject({ gold: 1, found: 0, endsGold: 0 });
    expect(score.byType.role).toMatchObject({ gold: 1, found: 0, endsGold: 1, endsFound: 0 });
    expect(score.missed).toContain('participates 青石县人社局 -> 书香职工 (an end not found)');
  });

  it('scores distinct predicted pairs between gold entities, and tells inferred ones apart', () => {
    // Two labels of one organises pair count once; the edge from a non-gold entity and co_occurs not at all.
    expect(score.byType.organises).toMatchObject({ predicted: 1, right: 1 });
    expect(score.byType.role).toMatchObject({ predicted: 1, right: 0 });
    expect(score.byType.located_in).toMatchObject({ predicted: 1, right: 0, inferredWrong: 1 });
    expect(score.wrong).toEqual(['role 柳明 -> 青石县文化馆 [馆长]', 'located_in 青石县总工会 -> 青石县 (via name)']);
    expect(total(score)).toMatchObject({ gold: 4, found: 2, predicted: 4, right: 2, inferredWrong: 1 });
  });

  it('prints one line per type with gold or predictions, and the total', () => {
    const lines = formatScore('t', score).split('\n');
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(['t', 'type', 'role', 'organises', 'partner', 'located_in', 'participates', 'all']);
  });
});
