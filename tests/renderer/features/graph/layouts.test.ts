// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElements, toViewElements } from '../../../../renderer/src/features/graph/elements';
import { registerExtensions } from '../../../../renderer/src/features/graph/cy-setup';
import { layoutPlan, runLayout } from '../../../../renderer/src/features/graph/layouts';
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

  it('fcose in draft quality above the threshold, and pinned nodes stay where the user put them', async () => {
    const cy = loaded();
    const plan = layoutPlan(cy, 'fcose');
    expect(plan[0]).toMatchObject({ name: 'fcose', quality: 'default' });
    const before = { ...cy.getElementById('x1').position() };
    await runLayout(cy, 'fcose');
    expect(cy.getElementById('x1').position()).toEqual(before);
    expect(cy.getElementById('x1').locked()).toBe(false);
    for (let i = 0; i < 1000; i++) cy.add({ data: { id: `n${i}`, type: 'person', size: 18 } });
    expect(layoutPlan(cy, 'fcose')[0]).toMatchObject({ quality: 'draft' });
    cy.destroy();
  });

  it('concentric puts the highest degree in the middle', async () => {
    const cy = loaded();
    cy.nodes().removeClass('pinned');
    await runLayout(cy, 'concentric');
    const centre = cy.nodes().boundingBox();
    const cx = (centre.x1 + centre.x2) / 2;
    const cyy = (centre.y1 + centre.y2) / 2;
    const dist = (id: string) => Math.hypot(cy.getElementById(id).position('x') - cx, cy.getElementById(id).position('y') - cyy);
    expect(dist('o1')).toBeLessThan(dist('p1'));
    cy.destroy();
  });
});
