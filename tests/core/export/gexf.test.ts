import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph, TYPE_COLORS } from '../../../electron/core/export';
import { stripIllegalXmlChars } from '../../../electron/core/export/xml';
import type { GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';
import { ARTICLES, sampleGraph } from './fixture';
import { hasCommand, xmllintGexf } from './tools';

const dir = mkdtempSync(path.join(tmpdir(), 'zhitu-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HAS_XMLLINT = hasCommand('xmllint');
if (!HAS_XMLLINT) console.warn('xmllint not found: GEXF schema validation skipped (apt-get install libxml2-utils)');

function gexfOf(graph: GraphData, mixedGraph = false): string {
  const files = exportGraph(graph, 'gexf', { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z', mixedGraph });
  expect(files).toHaveLength(1);
  expect(files[0].name).toBe('graph.gexf');
  return files[0].content;
}

function readBack(xml: string) {
  return parse(MultiGraph, xml, { respectInputGraphType: true });
}

describe('GEXF export', () => {
  const graph = sampleGraph();
  const xml = gexfOf(graph);

  it('reads back in graphology with every node, edge, label, type, weight and kind', () => {
    const g = readBack(xml);
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    for (const n of graph.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(n.name);
      expect(a.type).toBe(n.type);
      expect(a.mentions).toBe(n.mentions);
      expect(a.degree).toBe(n.degree);
      expect(a.weighted_degree).toBe(n.weightedDegree);
      expect(a.aliases).toBe(n.aliases.length ? n.aliases.join('|') : undefined);
      expect(a.articles).toBe(n.articles.join('|'));
    }
    for (const e of graph.edges) {
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
      const a = g.getEdgeAttributes(e.id);
      expect(a.kind).toBe(e.type);
      expect(a.relation).toBe(e.type);
      expect(a.weight).toBe(e.weight);
      expect(a.label).toBe(e.label === '' ? undefined : e.label);
      expect(a.evidence_count).toBe(e.evidence.length);
      expect(a.evidence).toBe(e.evidence.map((ev) => ev.text).join('\n'));
      expect(a.first_date).toBe(e.firstDate ?? undefined);
      expect(a.directed).toBe(e.type !== 'partner' && e.type !== 'co_occurs');
    }
    expect(g.getEdgeAttribute('r_founded_o_szzgh_o_szjjh', 'attr_year')).toBe(1996);
    expect(g.getEdgeAttribute('r_located_in_o_szzgh_g_sz', 'attr_via')).toBe('gazetteer');
  });

  it('keeps Chinese text byte-exact, not as character references', () => {
    expect(xml).toContain('label="深圳市总工会"');
    expect(xml).toContain('label="深工有爱 情满鹏城"');
    expect(xml).toContain('秘书长夏海燕介绍道');
    expect(xml).not.toMatch(/&#x?[0-9a-f]{4,};/i);
    expect(readBack(xml).getNodeAttribute('x_jngfb', 'label')).toBe('技能共富保');
  });

  it('declares node and edge attributes with their types', () => {
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="weighted_degree" title="weighted_degree" type="double"/>');
    expect(xml).toContain('<attribute id="manual" title="manual" type="boolean"/>');
    expect(xml).toContain('<attribute id="evidence_count" title="evidence_count" type="integer"/>');
    expect(xml).toContain('<attribute id="first_date" title="first_date" type="string"/>');
  });

  it('colours nodes by type, and the user colour wins', () => {
    const g = readBack(xml);
    expect(g.getNodeAttribute('o_szzgh', 'color')).toBe('rgb(18,58,188)');
    expect(g.getNodeAttribute('p_xhy', 'color')).toBe('rgb(225,87,89)');
    expect(TYPE_COLORS.person).toBe('#E15759');
    expect(g.getNodeAttribute('o_szzgh', 'x')).toBe(120.5);
    expect(g.getNodeAttribute('o_szzgh', 'y')).toBe(-40);
  });

  it('writes every edge directed by default, and symmetric relations undirected in a mixed graph', () => {
    expect(xml).not.toContain('type="undirected"');
    const mixed = gexfOf(graph, true);
    const g = readBack(mixed);
    for (const e of graph.edges) expect(g.isUndirected(e.id)).toBe(e.type === 'co_occurs' || e.type === 'partner');
  });

  it.skipIf(!HAS_XMLLINT)('is valid against the GEXF 1.3 RELAX NG schema (default and mixed)', () => {
    const a = path.join(dir, 'sample.gexf');
    const b = path.join(dir, 'mixed.gexf');
    writeFileSync(a, xml);
    writeFileSync(b, gexfOf(graph, true));
    const result = xmllintGexf([a, b]);
    expect(result.output).toContain('validates');
    expect(result.ok, result.output).toBe(true);
  });

  it('escapes markup and strips characters XML 1.0 cannot hold', () => {
    const awkward: GraphData = {
      nodes: [
        { ...graph.nodes[0], id: 'n<1>', name: 'A & B <c> "d" \u0001\u0008e\u000bf\uFFFEg\n二行', note: ']]> & <!-- -->' },
        { ...graph.nodes[1], id: 'n&2' },
      ],
      edges: [{ ...graph.edges[0], id: 'e"1"', source: 'n<1>', target: 'n&2', label: 'x\ty\r\nz' }],
    };
    const out = gexfOf(awkward);
    for (const illegal of ['\u0001', '\u0008', '\u000b', '\uFFFE']) expect(out).not.toContain(illegal);
    const g = readBack(out);
    expect(g.getNodeAttribute('n<1>', 'label')).toBe('A & B <c> "d" efg\n二行');
    expect(g.getNodeAttribute('n<1>', 'note')).toBe(']]> & <!-- -->');
    expect(g.getEdgeAttribute('e"1"', 'label')).toBe('x\ty\r\nz');
    if (HAS_XMLLINT) {
      const file = path.join(dir, 'awkward.gexf');
      writeFileSync(file, out);
      expect(xmllintGexf([file]).ok).toBe(true);
    }
  });

  it('round-trips awkward names (quotes, <, &, commas, newlines, emoji, very long) and stays valid', () => {
    const files: string[] = [];
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const out = gexfOf(g);
        const back = readBack(out);
        expect(back.order).toBe(g.nodes.length);
        expect(back.size).toBe(g.edges.length);
        for (const n of g.nodes) {
          const a = back.getNodeAttributes(stripIllegalXmlChars(n.id));
          expect(a.label ?? '').toBe(stripIllegalXmlChars(n.name));
          expect(a.type).toBe(n.type);
          expect(a.aliases ?? '').toBe(stripIllegalXmlChars(n.aliases.join('|')));
          expect(a.note ?? '').toBe(stripIllegalXmlChars(n.note ?? ''));
        }
        for (const e of g.edges) {
          const a = back.getEdgeAttributes(e.id);
          expect(a.weight).toBe(e.weight);
          expect(a.label ?? '').toBe(stripIllegalXmlChars(e.label));
          expect(a.evidence ?? '').toBe(stripIllegalXmlChars(e.evidence.map((ev) => ev.text).join('\n')));
          expect(back.source(e.id)).toBe(stripIllegalXmlChars(e.source));
        }
        if (HAS_XMLLINT && files.length < 40) {
          const file = path.join(dir, `prop-${files.length}.gexf`);
          writeFileSync(file, out);
          files.push(file);
        }
      }),
      { numRuns: 60 },
    );
    if (HAS_XMLLINT) {
      const result = xmllintGexf(files);
      expect(result.ok, result.output.slice(0, 2000)).toBe(true);
    }
  });
});
