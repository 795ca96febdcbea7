import { describe, expect, it } from 'vitest';
import { buildGraph, entityId, userLexiconFromEdits } from '../../../electron/core/graph';
import type { EditOp, ExtractResult } from '../../../electron/shared/types';
import { A1, A3, ARTICLES, FUND, ORG, SZ_UNION, extractionV1, log } from './fixtures';

const UNION_ID = entityId(ORG, SZ_UNION);
const STRAY = entityId(ORG, '深圳市总');
const GONGYI = entityId('program', '99公益日');
const WEIFAN = entityId('person', '韦凡');
const XIA = entityId('person', '夏海燕');

/** A3's abbreviation 深圳市总 left as its own entity, as a weaker extractor might. */
function strayExtraction(): Record<string, ExtractResult> {
  const ext = extractionV1();
  ext[A3.id].entities = ext[A3.id].entities.map((m) => (m.surface === '深圳市总' ? { ...m, name: '深圳市总' } : m));
  return ext;
}

const edits: EditOp[] = [
  { op: 'addNode', type: 'program', name: '暖工基金' },
  { op: 'rename', id: GONGYI, name: '“99公益日”活动' },
  { op: 'merge', target: UNION_ID, sources: [STRAY] },
  { op: 'delete', id: WEIFAN, name: '韦凡', type: 'person' },
  { op: 'delete', id: XIA },
  { op: 'annotate', id: entityId(ORG, FUND), note: 'not a naming edit' },
];

describe('userLexiconFromEdits', () => {
  it('turns added, renamed and merged names into entries and deleted names into blocks', () => {
    const built = buildGraph({ articles: ARTICLES, extractions: strayExtraction(), edits: log(...edits) });
    const lex = userLexiconFromEdits(log(...edits), built);
    expect(lex.entries).toEqual([
      { type: 'program', name: '暖工基金' },
      { type: 'program', name: '“99公益日”活动', aliases: ['99公益日'] },
      { type: 'organisation', name: SZ_UNION, aliases: ['深圳市总'] },
    ]);
    // 夏海燕 was deleted without a recorded name: the build that removed it still knows it.
    expect(lex.blocked).toEqual([
      { type: 'person', name: '韦凡' },
      { type: 'person', name: '夏海燕' },
    ]);
  });

  it('gives the same entries after a re-extraction that used them', () => {
    const ext = extractionV1();
    ext[A1.id].entities = ext[A1.id].entities.map((m) => (m.name === '99公益日' ? { ...m, name: '“99公益日”活动' } : m));
    ext[A1.id].relations = ext[A1.id].relations.map((r) => (r.target === '99公益日' ? { ...r, target: '“99公益日”活动' } : r));
    const built = buildGraph({ articles: ARTICLES, extractions: ext, edits: log(...edits) });
    const lex = userLexiconFromEdits(log(...edits), built.graph);
    expect(lex.entries).toEqual([
      { type: 'program', name: '暖工基金' },
      { type: 'program', name: '“99公益日”活动', aliases: ['99公益日'] },
      { type: 'organisation', name: SZ_UNION, aliases: ['深圳市总'] },
    ]);
    expect(lex.blocked).toContainEqual({ type: 'person', name: '韦凡' });
  });

  it('does not give an alias that was split off to its old entity, and names the split one', () => {
    const ops: EditOp[] = [
      { op: 'merge', target: UNION_ID, sources: [STRAY] },
      { op: 'splitAlias', id: UNION_ID, alias: '深圳市总' },
    ];
    const built = buildGraph({ articles: ARTICLES, extractions: strayExtraction(), edits: log(...ops) });
    expect(built.orphans).toEqual([]);
    const lex = userLexiconFromEdits(log(...ops), built);
    expect(lex.entries).toEqual([
      { type: 'organisation', name: SZ_UNION },
      { type: 'organisation', name: '深圳市总' },
    ]);
  });

  it('unblocks a name the user adds back', () => {
    const ops: EditOp[] = [
      { op: 'delete', id: WEIFAN, name: '韦凡', type: 'person' },
      { op: 'addNode', type: 'person', name: '韦凡' },
    ];
    const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) });
    expect(userLexiconFromEdits(log(...ops), built)).toEqual({ entries: [{ type: 'person', name: '韦凡' }], blocked: [] });
  });
});
