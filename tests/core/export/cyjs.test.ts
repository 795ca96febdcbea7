import cytoscape from 'cytoscape';
import type { ElementsDefinition } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import type { GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';
import { ARTICLES, sampleGraph } from './fixture';

interface CyjsDoc {
  format_version: string;
  data: Record<string, unknown>;
  elements: ElementsDefinition;
}

function cyjsOf(graph: GraphData): CyjsDoc {
  const files = exportGraph(graph, 'cyjs', { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z' });
  expect(files).toHaveLength(1);
  expect(files[0].name).toBe('graph.cyjs');
  return JSON.parse(files[0].content) as CyjsDoc;
}

describe('Cytoscape JSON export', () => {
  const graph = sampleGraph();
  const doc = cyjsOf(graph);

  it('loads into cytoscape.js headless with every node and edge', () => {
    // cytoscape writes layout positions into the element objects it is given: each instance gets a copy.
    const cy = cytoscape({ headless: true, elements: structuredClone(doc.elements) });
    expect(cy.nodes()).toHaveLength(graph.nodes.length);
    expect(cy.edges()).toHaveLength(graph.edges.length);
    for (const n of graph.nodes) {
      const el = cy.getElementById(n.id);
      expect(el.data('name')).toBe(n.name);
      expect(el.data('type')).toBe(n.type);
      expect(el.data('aliases')).toEqual(n.aliases);
      expect(el.data('mentions')).toBe(n.mentions);
    }
    for (const e of graph.edges) {
      const el = cy.getElementById(e.id);
      expect(el.source().id()).toBe(e.source);
      expect(el.target().id()).toBe(e.target);
      expect(el.data('interaction')).toBe(e.type);
      expect(el.data('label')).toBe(e.label);
      expect(el.data('weight')).toBe(e.weight);
      expect(el.data('evidence')).toEqual(e.evidence.map((ev) => ev.text));
      expect(el.data('first_date')).toBe(e.firstDate ?? undefined);
    }
    cy.destroy();
  });

  it('keeps pinned positions, colours and a Desktop-style edge name', () => {
    // The preset layout places nodes where the file says; cytoscape's default (grid) would move them.
    const cy = cytoscape({ headless: true, layout: { name: 'preset' }, elements: structuredClone(doc.elements) });
    expect(cy.getElementById('o_szzgh').position()).toEqual({ x: 120.5, y: -40 });
    expect(cy.getElementById('o_szzgh').data('color')).toBe('#123ABC');
    expect(cy.getElementById('x_jngfb').data('color')).toBe('#F28E2B');
    expect(cy.getElementById('r_role_p_xhy_o_szjjh').data('name')).toBe('夏海燕 (role) 深圳市职工发展基金会');
    cy.destroy();
    expect(doc.format_version).toBe('1.0');
    expect(doc.data.generated_at).toBe('2026-11-29T10:00:00.000Z');
  });

  it('writes no null values (Cytoscape Desktop would store the text "null")', () => {
    const all = [...doc.elements.nodes, ...doc.elements.edges].flatMap((el) => Object.values(el.data));
    expect(all).not.toContain(null);
    const unpinned = doc.elements.nodes.find((n) => n.data.id === 'p_xhy');
    expect(unpinned && 'position' in unpinned).toBe(false);
  });

  it('round-trips awkward names through JSON and cytoscape.js', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const cy = cytoscape({ headless: true, elements: cyjsOf(g).elements });
        expect(cy.nodes()).toHaveLength(g.nodes.length);
        expect(cy.edges()).toHaveLength(g.edges.length);
        for (const n of g.nodes) {
          const el = cy.getElementById(n.id);
          expect(el.data('name')).toBe(n.name);
          expect(el.data('note')).toBe(n.note);
          expect(el.data('aliases')).toEqual(n.aliases);
        }
        for (const e of g.edges) {
          const el = cy.getElementById(e.id);
          expect(el.data('label')).toBe(e.label);
          expect(el.data('weight')).toBe(e.weight);
          expect(el.source().id()).toBe(e.source);
        }
        cy.destroy();
      }),
      { numRuns: 60 },
    );
  });
});
