import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../../electron/shared/types';
import { savedViewSchema } from '../../../../electron/shared/schemas';
import { openedView, roundPositions, toSavedView, uiFilterOf, viewsFileName, viewsJson } from '../../../../renderer/src/features/views/view-state';
import { toGraphFilter } from '../../../../renderer/src/state/graph-filter';
import { DEFAULT_LIMIT, defaultFilter } from '../../../../renderer/src/state/store';
import type { UiFilter } from '../../../../renderer/src/state/store';

const uiFilterArb: fc.Arbitrary<UiFilter> = fc.record({
  types: fc.subarray([...ENTITY_TYPES], { minLength: 1 }),
  relationTypes: fc.subarray([...RELATION_TYPES]),
  minWeight: fc.integer({ min: 1, max: 9 }),
  dateFrom: fc.constantFrom('', '2024-10-01'),
  dateTo: fc.constantFrom('', '2024-10-31'),
  includeUndated: fc.boolean(),
  articles: fc.array(fc.constantFrom('a_1', 'a_2', 'a_3'), { maxLength: 3 }).map((a) => [...new Set(a)]),
  includeCoOccurs: fc.boolean(),
  includeArticles: fc.boolean(),
  neighbourhood: fc.constant(0),
  limit: fc.constantFrom<number | null>(null, 100, 300, 3000),
});

describe('saved views', () => {
  it('give back the filter controls they were saved from', () => {
    fc.assert(
      fc.property(uiFilterArb, (filter) => {
        const back = uiFilterOf(toGraphFilter(filter));
        const expected = { ...filter, includeUndated: filter.includeUndated && Boolean(filter.dateFrom || filter.dateTo) };
        expect(back).toEqual(expected);
      }),
    );
  });

  it('keep the neighbourhood of the selected entity and the selection', () => {
    const filter = { ...defaultFilter(), neighbourhood: 2 };
    const saved = toSavedView('工会', { filter, selection: { kind: 'node', id: 'o1' }, sizeBy: 'betweenness', colorBy: 'community', layout: 'concentric', positions: {} }, '2024-10-14T08:00:00Z');
    expect(saved).toMatchObject({ name: '工会', selection: ['o1'], filter: { focus: { ids: ['o1'], depth: 2 } }, sizeBy: 'betweenness', colorBy: 'community', layout: 'concentric' });
    const opened = openedView(saved);
    expect(opened.selection).toEqual({ kind: 'node', id: 'o1' });
    expect(opened.filter).toEqual({ ...filter, limit: DEFAULT_LIMIT });
    expect(opened).toMatchObject({ sizeBy: 'betweenness', colorBy: 'community', layout: 'concentric' });
  });

  it('leave out a layout or sizing this version does not know', () => {
    const opened = openedView({ name: 'x', filter: {}, selection: [], layout: 'cola', savedAt: '' });
    expect(opened.layout).toBeUndefined();
    expect(opened.sizeBy).toBeUndefined();
    expect(opened.selection).toBeNull();
    expect(opened.filter).toEqual({ ...defaultFilter(), limit: null });
  });

  it('round positions to a tenth and drop broken ones', () => {
    expect(roundPositions({ a: { x: 1.234, y: -5.67 }, b: { x: Number.NaN, y: 1 } })).toEqual({ a: { x: 1.2, y: -5.7 } });
  });

  it('keep the visible area (rounded), which the API schema accepts, and give it back', () => {
    const snap = { filter: defaultFilter(), selection: null, sizeBy: 'degree' as const, colorBy: 'type' as const, layout: 'fcose' as const, positions: {} };
    const view = toSavedView('近景', { ...snap, viewport: { x1: -10.04, y1: 5, x2: 290.96, y2: 205.55 } }, '2024-10-14T08:00:00Z');
    expect(view.viewport).toEqual({ x1: -10, y1: 5, x2: 291, y2: 205.6 });
    expect(savedViewSchema.safeParse(view).success).toBe(true);
    expect(openedView(view).viewport).toEqual(view.viewport);
    // An empty or broken area is not kept: the view is fitted when reopened.
    expect(toSavedView('空', { ...snap, viewport: { x1: 0, y1: 0, x2: 0, y2: 10 } }, '').viewport).toBeUndefined();
  });

  it('export as JSON that reads back as the views', () => {
    const view = toSavedView('十月', { filter: { ...defaultFilter(), dateFrom: '2024-10-01' }, selection: null, sizeBy: 'pagerank', colorBy: 'type', layout: 'fcose', positions: { o1: { x: 1, y: 2 } } }, '2024-10-14T08:00:00Z');
    const parsed = JSON.parse(viewsJson([view], '2024-10-15T00:00:00Z')) as { zhituViews: number; views: unknown[] };
    expect(parsed.zhituViews).toBe(1);
    expect(parsed.views).toEqual([view]);
    expect(viewsFileName('十月 / 工会')).toBe('zhitu-views-十月-工会.json');
    expect(viewsFileName(null)).toBe('zhitu-views-all.json');
  });
});
