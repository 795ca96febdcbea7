import type { Core, StylesheetJson } from 'cytoscape';
import type { CoreWithSvg } from '../graph/cy-setup';
import { buildStylesheet } from '../graph/stylesheet';
import { downloadBlob, downloadText } from './download';

/** A file name with the date, e.g. `zhitu-graph-2024-10-12.png`. */
export function imageName(ext: 'png' | 'svg', now = new Date()): string {
  return `zhitu-graph-${now.toISOString().slice(0, 10)}.${ext}`;
}

/**
 * Style added while an image is made: every label drawn whatever the zoom (an image is read at
 * its own size); plain diamonds and hexagons, since canvas2svg cannot draw the rounded ones
 * (measured: one console error per node and broken paths).
 */
const EXPORT_OVERRIDES: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': 0, label: 'data(label)' } },
  { selector: 'node[type = "place"]', style: { shape: 'diamond' } },
  { selector: 'node[type = "program"]', style: { shape: 'hexagon' } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 0 } },
  { selector: 'edge[type = "co_occurs"]', style: { label: '' } },
];

/** Runs `draw` with the export style in place, then restores the view's style. */
export function withExportStyle<T>(cy: Core, draw: () => T): T {
  const sheet = buildStylesheet({ large: Boolean(cy.scratch('zhitu-large')) });
  cy.style().fromJson([...sheet, ...EXPORT_OVERRIDES]).update();
  try {
    return draw();
  } finally {
    cy.style().fromJson(sheet).update();
  }
}

/** Saves the whole drawing (not only the visible part) as PNG at a scale. */
export function savePng(cy: Core, scale: number): void {
  const blob = withExportStyle(cy, () => cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' }) as Blob);
  downloadBlob(imageName('png'), blob);
}

/** Saves the whole drawing as SVG (cytoscape-svg). */
export function saveSvg(cy: Core, scale: number): void {
  const raw = withExportStyle(cy, () => (cy as CoreWithSvg).svg({ full: true, scale, bg: '#ffffff' }));
  // Wrapping "anywhere" puts zero-width spaces between characters; they would break search and copy.
  const svg = raw.replace(/\u200b/g, '');
  downloadText(imageName('svg'), svg, 'image/svg+xml');
}
