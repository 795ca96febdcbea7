import type { Core } from 'cytoscape';
import type { CoreWithSvg } from '../graph/cy-setup';
import { downloadBlob, downloadText } from './download';

/** A file name with the date, e.g. `zhitu-graph-2024-10-12.png`. */
export function imageName(ext: 'png' | 'svg', now = new Date()): string {
  return `zhitu-graph-${now.toISOString().slice(0, 10)}.${ext}`;
}

/** Saves the whole drawing (not only the visible part) as PNG at a scale. */
export function savePng(cy: Core, scale: number): void {
  const blob = cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' }) as Blob;
  downloadBlob(imageName('png'), blob);
}

/** Saves the whole drawing as SVG (cytoscape-svg). */
export function saveSvg(cy: Core, scale: number): void {
  const svg = (cy as CoreWithSvg).svg({ full: true, scale, bg: '#ffffff' });
  downloadText(imageName('svg'), svg, 'image/svg+xml');
}
