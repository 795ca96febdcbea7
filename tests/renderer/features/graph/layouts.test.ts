// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElements, toViewElements } from '../../../../renderer/src/features/graph/elements';
import { registerExtensions } from '../../../../renderer/src/features/graph/cy-setup';
import { countOverlapping } from '../../../../renderer/src/features/graph/layout/geometry';
import { runLayout } from '../../../../renderer/src/features/graph/layouts';
import { sampleGraph } from './fixtures';

function loaded() {
  registerExtensions();
  const cy = cytoscape({ headless: true, styleEnabled: true });
  applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName: (t) => t }));
  return cy;
}
const y = (cy: cytoscape.Core, id: string) => cy.getElementById(id).position('y');

describe('layouts', () => {
  it('place hierarchy: top-level place above its children, other nodes below the tree', async () => {
    const cy = loaded();
    await runLayout(cy, 'places');
    expect(y(cy, 'g0')).toBeLessThan(y(cy, 'g1'));
    expect(y(cy, 'g1')).toBeLessThan(y(cy, 'g2'));
    expect(y(cy, 'g2')).toBe(y(cy, 'g3'));
    // o1 is located in 深圳市 but is not a place: it goes with the rest, below the tree.
    expect(y(cy, 'o1')).toBeGreaterThan(y(cy, 'g2'));
    expect(y(cy, 'p1')).toBeGreaterThan(y(cy, 'g2'));
    cy.destroy();
  });

  it('breadth-first tree from the selected node', async () => {
    const cy = loaded();
    await runLayout(cy, 'breadthfirst', { selected: 'g2' });
    expect(y(cy, 'g2')).toBeLessThan(y(cy, 'g1'));
    expect(y(cy, 'g1')).toBeLessThan(y(cy, 'o1'));
    expect(y(cy, 'o1')).toBeLessThan(y(cy, 'o2'));
    cy.destroy();
  });

  it('the force layout places every node clear of the others, and dragged (pinned) nodes stay where the user put them', async () => {
    const cy = loaded();
    cy.getElementById('x1').addClass('pinned');
    const before = { ...cy.getElementById('x1').position() };
    expect(await runLayout(cy, 'fcose')).toBe(true);
    expect(cy.getElementById('x1').position()).toEqual(before);
    expect(cy.getElementById('x1').locked()).toBe(false);
    const nodes = cy.nodes().toArray();
    expect(countOverlapping(nodes.map((n) => n.position('x')), nodes.map((n) => n.position('y')), nodes.map((n) => Number(n.data('size'))))).toBe(0);
    cy.destroy();
  });

  it('drops a force layout that a newer run made stale', async () => {
    const cy = loaded();
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    expect(await runLayout(cy, 'fcose', { current: () => false })).toBe(false);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    cy.destroy();
  });

  it('concentric puts the highest degree in the middle', async () => {
    const cy = loaded();
    await runLayout(cy, 'concentric');
    const centre = cy.nodes().boundingBox();
    const cx = (centre.x1 + centre.x2) / 2;
    const cyy = (centre.y1 + centre.y2) / 2;
    const dist = (id: string) => Math.hypot(cy.getElementById(id).position('x') - cx, cy.getElementById(id).position('y') - cyy);
    expect(dist('o1')).toBeLessThan(dist('p1'));
    cy.destroy();
  });
});
