import type { Core, StylesheetJson } from 'cytoscape';
import type { CoreWithSvg } from '../graph/cy-setup';
import { buildStylesheet, currentDrawStyle } from '../graph/stylesheet';
import { downloadBlob, downloadText } from './download';
import { drawLegend, LEGEND_WIDTH, legendHeight, legendSvg } from './image-legend';
import type { LegendRow } from './image-legend';

/** Above this many nodes an image keeps the view's choice of labels (all of them would be a blur). */
export const ALL_LABELS_UP_TO = 500;

export interface ImageOptions {
  /** The visible part of the view, or the whole drawing. */
  scope: 'view' | 'whole';
  scale: number;
  /** A line of text above the drawing. */
  title?: string;
  /** Legend rows drawn to the right of the drawing; none when empty. */
  legend: LegendRow[];
  /** File name. */
  name: string;
}

/**
 * Style added while an image is made: labels drawn whatever the zoom; plain diamonds and
 * hexagons, since canvas2svg cannot draw the rounded ones (measured: one console error per node
 * and broken paths).
 */
function exportOverrides(allLabels: boolean): StylesheetJson {
  return [
    { selector: allLabels ? 'node' : 'node.lbl', style: { 'min-zoomed-font-size': 0, label: 'data(label)' } },
    { selector: 'node[type = "place"]', style: { shape: 'diamond' } },
    { selector: 'node[type = "program"]', style: { shape: 'hexagon' } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 0 } },
    { selector: 'edge[type = "co_occurs"]', style: { label: '' } },
  ];
}

/** Classes that only mean something on screen: fading around a selection, the pointer's hover. */
const SCREEN_ONLY = 'faded hover hover-nb';

/** Runs `draw` with the export style in place and without selection fading, then restores the view. */
export function withExportStyle<T>(cy: Core, draw: () => T): T {
  const sheet = buildStylesheet(currentDrawStyle(cy));
  const faded = cy.elements('.faded');
  const hovered = cy.elements('.hover');
  const near = cy.elements('.hover-nb');
  cy.batch(() => cy.elements().removeClass(SCREEN_ONLY));
  cy.style().fromJson([...sheet, ...exportOverrides(cy.nodes().length <= ALL_LABELS_UP_TO)]).update();
  try {
    return draw();
  } finally {
    cy.style().fromJson(sheet).update();
    cy.batch(() => {
      faded.addClass('faded');
      hovered.addClass('hover');
      near.addClass('hover-nb');
    });
  }
}

const TITLE_HEIGHT = 34;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image could not be drawn'));
    img.src = src;
  });
}

/** Saves the view (or the whole drawing) as PNG, with the title above and the legend beside it. */
export async function savePng(cy: Core, opts: ImageOptions): Promise<void> {
  const uri = withExportStyle(cy, () => cy.png({ output: 'base64uri', full: opts.scope === 'whole', scale: opts.scale, bg: '#ffffff' }) as string);
  const img = await loadImage(uri);
  const s = opts.scale;
  const top = opts.title ? TITLE_HEIGHT * s : 0;
  const side = opts.legend.length ? (LEGEND_WIDTH + 24) * s : 0;
  const canvas = document.createElement('canvas');
  canvas.width = img.width + side;
  canvas.height = Math.max(img.height + top, opts.legend.length ? (legendHeight(opts.legend) + 24) * s + top : 0);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (opts.title) {
    ctx.fillStyle = '#1f2933';
    ctx.font = `bold ${18 * s}px "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
    ctx.fillText(opts.title, 12 * s, 24 * s);
  }
  ctx.drawImage(img, 0, top);
  if (opts.legend.length) drawLegend(ctx, opts.legend, img.width + 12 * s, top + 12 * s, s);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG could not be made');
  downloadBlob(opts.name, blob);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

/** The view (or the whole drawing) as SVG text, with the title and the legend. */
export function svgImage(cy: Core, opts: Omit<ImageOptions, 'name'>): string {
  const raw = withExportStyle(cy, () => (cy as CoreWithSvg).svg({ full: opts.scope === 'whole', scale: opts.scale, bg: '#ffffff' }));
  // Wrapping "anywhere" puts zero-width spaces between characters; they would break search and copy.
  const inner = raw.replace(/\u200b/g, '').replace(/^<\?xml[^>]*>\s*/, '');
  const w = Number(/width="([\d.]+)"/.exec(inner)?.[1] ?? 0);
  const h = Number(/height="([\d.]+)"/.exec(inner)?.[1] ?? 0);
  const top = opts.title ? TITLE_HEIGHT : 0;
  const side = opts.legend.length ? LEGEND_WIDTH + 24 : 0;
  const width = Math.ceil(w + side);
  const height = Math.ceil(Math.max(h + top, opts.legend.length ? legendHeight(opts.legend) + 24 + top : 0));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  if (opts.title) parts.push(`<text x="12" y="24" font-family='"Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' font-size="18" font-weight="bold" fill="#1f2933">${escapeXml(opts.title)}</text>`);
  parts.push(`<g transform="translate(0,${top})">${inner}</g>`);
  if (opts.legend.length) parts.push(legendSvg(opts.legend, w + 12, top + 12));
  parts.push('</svg>');
  return parts.join('');
}

/** Saves the view (or the whole drawing) as SVG. */
export function saveSvg(cy: Core, opts: ImageOptions): void {
  downloadText(opts.name, svgImage(cy, opts), 'image/svg+xml');
}
