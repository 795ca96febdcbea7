import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../electron/core/articles';
import { createExtractor } from '../../../electron/core/extract';
import { compactResult, expandResult } from '../../../electron/core/graph/co-occurs';
import { ENTITY_TYPES } from '../../../electron/shared/types';
import type { EntityMention, ExtractResult, RelationMention } from '../../../electron/shared/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PAGES = ['data/000_65facfb44480fdb1.txt', 'tests/fixtures/holdout/page-1.txt', 'tests/fixtures/holdout/page-2.txt', 'tests/fixtures/holdout/page-3.txt'];

describe('co_occurs derived from mentions', () => {
  const extractor = createExtractor();
  const articles = PAGES.flatMap((p) => loadDocument(readFileSync(join(ROOT, p)), p).drafts);

  it('leaves out every co_occurs the extractor emits on real pages and gives the same result back', () => {
    let stored = 0;
    let left = 0;
    for (const a of articles) {
      const result = extractor.extract(a.text);
      const compact = compactResult(a.text, result);
      expect(compact.coAt).toBeDefined();
      expect(compact.relations.some((r) => r.type === 'co_occurs')).toBe(false);
      expect(expandResult(a.text, JSON.parse(JSON.stringify(compact)))).toEqual(result);
      stored += result.relations.filter((r) => r.type === 'co_occurs').length;
      left += compact.relations.length;
    }
    expect(stored).toBeGreaterThan(left);
  });

  it('keeps the relations whole when they are not the derived ones', () => {
    const a = articles[1];
    const result = extractor.extract(a.text);
    const co = result.relations.findIndex((r) => r.type === 'co_occurs');
    const changed: ExtractResult = { ...result, relations: result.relations.map((r, i) => (i === co ? { ...r, label: '别的' } : r)) };
    const compact = compactResult(a.text, changed);
    expect(compact.coAt).toBeUndefined();
    expect(expandResult(a.text, compact)).toEqual(changed);
    const dropped: ExtractResult = { ...result, relations: result.relations.filter((_, i) => i !== co) };
    expect(expandResult(a.text, compactResult(a.text, dropped))).toEqual(dropped);
  });

  it('gives back any result, stored co_occurs or not (property)', () => {
    const text = '深圳市总工会和河池市总工会在深圳举办金秋助学活动。韦凡说,基金会支持。\n活动在河池市举行!';
    const names = ['深圳市总工会', '河池市总工会', '深圳', '金秋助学', '韦凡', '基金会', '河池市'];
    const mention = fc.record({
      type: fc.constantFrom(...ENTITY_TYPES),
      name: fc.constantFrom(...names),
      surface: fc.constantFrom(...names),
      start: fc.integer({ min: -1, max: text.length }),
      len: fc.integer({ min: 0, max: 8 }),
    }).map(({ len, ...m }): EntityMention => ({ ...m, end: m.start + len }));
    const relation = fc.record({
      type: fc.constantFrom('co_occurs' as const, 'organises' as const, 'partner' as const),
      source: fc.constantFrom(...names),
      sourceType: fc.constantFrom(...ENTITY_TYPES),
      target: fc.constantFrom(...names),
      targetType: fc.constantFrom(...ENTITY_TYPES),
      label: fc.constantFrom('', '举办'),
      start: fc.integer({ min: 0, max: text.length }),
      end: fc.integer({ min: 0, max: text.length }),
    }) as fc.Arbitrary<RelationMention>;
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 8 }), fc.array(relation, { maxLength: 4 }), fc.boolean(), (entities, others, derive) => {
        // Either arbitrary relations, or the extractor's shape: others with the derived co_occurs among them.
        const relations = derive ? [...others.filter((r) => r.type !== 'co_occurs'), ...extractor.extract(text).relations.filter((r) => r.type === 'co_occurs')] : others;
        const result: ExtractResult = { entities, relations };
        expect(expandResult(text, compactResult(text, result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});
