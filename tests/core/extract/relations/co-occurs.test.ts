import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { findMentions } from './mentions';

describe('co_occurs relations', () => {
  const text = '据悉,大赛由贵州省总工会主办,遵义市总工会承办。贵州省总工会表示,遵义市总工会、贵州省总工会将继续合作。';
  const specs: Parameters<typeof findMentions>[1] = [
    ['organisation', '贵州省总工会'],
    ['organisation', '遵义市总工会'],
    ['place', '贵州省'],
  ];

  it('emits one per sentence per unordered pair of distinct outermost entities, in canonical order', () => {
    const rels = extractRelations(text, findMentions(text, specs)).filter((r) => r.type === 'co_occurs');
    expect(rels.map((r) => [r.source, r.target, text.slice(r.start, r.end)])).toEqual([
      ['贵州省总工会', '遵义市总工会', '据悉,大赛由贵州省总工会主办,遵义市总工会承办。'],
      ['贵州省总工会', '遵义市总工会', '贵州省总工会表示,遵义市总工会、贵州省总工会将继续合作。'],
    ]);
    expect(rels.every((r) => r.label === '' && r.sourceType === 'organisation' && r.targetType === 'organisation')).toBe(true);
  });

  it('keeps co_occurs next to typed relations and orders mixed types by type', () => {
    const t = '深圳市职工发展基金会秘书长夏海燕在深圳市介绍道。';
    const rels = extractRelations(t, findMentions(t, [['person', '夏海燕'], ['organisation', '深圳市职工发展基金会'], ['place', '深圳市']]));
    const co = rels.filter((r) => r.type === 'co_occurs').map((r) => `${r.sourceType}:${r.source}~${r.targetType}:${r.target}`);
    expect(co.sort()).toEqual([
      'organisation:深圳市职工发展基金会~person:夏海燕',
      'organisation:深圳市职工发展基金会~place:深圳市',
      'person:夏海燕~place:深圳市',
    ]);
    expect(rels.some((r) => r.type === 'role')).toBe(true);
  });

  it('accepts mentions in any order and ignores mentions that cross a sentence end', () => {
    const t = '甲公司举办活动。乙公司\n丙工会参加。';
    const ms = findMentions(t, [['organisation', '甲公司'], ['organisation', '乙公司\n丙工会']]).reverse();
    expect(extractRelations(t, ms)).toEqual([]);
  });
});
