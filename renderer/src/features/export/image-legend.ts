import type { NodeKind, RelationType } from '../../../../electron/shared/types';
import { SHAPE_PATHS } from '../graph/TypeDot';
import { RELATION_STYLES, TYPE_COLOURS, TYPE_SHAPES } from '../graph/type-style';

export interface LegendRow {
  kind: 'node' | 'edge' | 'size' | 'heading';
  label: string;
  colour?: string;
  /** SVG path of the node shape, in a 16×16 box. */
  path?: string;
  line?: 'solid' | 'dashed' | 'dotted';
  /** Diameter of the size key's circle, in pixels. */
  size?: number;
}

export const ROW = 20;
/** The colour of type shapes in a legend whose colours are communities. */
export const SHAPE_ONLY = '#9aa5b1';
export const LEGEND_WIDTH = 190;
const FONT = '12px "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/**
 * The rows of an image's legend: the node types (or, when colouring by community, the
 * communities and the types' shapes) and relation types drawn, and a node-size key (smallest and
 * largest node with the measure's name and values).
 */
export function legendRows(opts: {
  types: NodeKind[];
  relations: RelationType[];
  typeName: (t: NodeKind) => string;
  relationName: (t: RelationType) => string;
  sizeKey?: { measure: string; min: number; max: number };
  /**
   * When nodes are coloured by community: the communities drawn (colour and name) under a
   * heading; the types then key only the shapes, in grey.
   */
  communities?: { heading: string; rows: Array<{ label: string; colour: string }> };
}): LegendRow[] {
  const rows: LegendRow[] = [];
  if (opts.communities) {
    rows.push({ kind: 'heading', label: opts.communities.heading });
    for (const c of opts.communities.rows) rows.push({ kind: 'node', label: c.label, colour: c.colour, path: SHAPE_PATHS.ellipse });
  }
  for (const t of opts.types) rows.push({ kind: 'node', label: opts.typeName(t), colour: opts.communities ? SHAPE_ONLY : TYPE_COLOURS[t], path: SHAPE_PATHS[TYPE_SHAPES[t]] });
  for (const r of opts.relations) rows.push({ kind: 'edge', label: opts.relationName(r), colour: RELATION_STYLES[r].colour, line: RELATION_STYLES[r].line });
  if (opts.sizeKey) {
    rows.push({ kind: 'heading', label: opts.sizeKey.measure });
    rows.push({ kind: 'size', label: String(opts.sizeKey.min), size: 8 });
    rows.push({ kind: 'size', label: String(opts.sizeKey.max), size: 18 });
  }
  return rows;
}

/** Height of a legend of these rows, in pixels. */
export function legendHeight(rows: LegendRow[]): number {
  return rows.reduce((h, r) => h + (r.kind === 'size' ? Math.max(ROW, (r.size ?? 0) + 4) : ROW), 12);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

/** The legend as an SVG group at (x, y). */
export function legendSvg(rows: LegendRow[], x: number, y: number): string {
  const parts: string[] = [`<g transform="translate(${x},${y})" font-family='"Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' font-size="12" fill="#1f2933">`];
  parts.push(`<rect x="0" y="0" width="${LEGEND_WIDTH}" height="${legendHeight(rows)}" fill="#ffffff" stroke="#cbd2d9"/>`);
  let top = 6;
  for (const r of rows) {
    const h = r.kind === 'size' ? Math.max(ROW, (r.size ?? 0) + 4) : ROW;
    const mid = top + h / 2;
    if (r.kind === 'node') parts.push(`<path transform="translate(10,${mid - 8})" d="${r.path}" fill="${r.colour}"/>`);
    if (r.kind === 'edge') parts.push(`<line x1="8" x2="28" y1="${mid}" y2="${mid}" stroke="${r.colour}" stroke-width="2"${r.line === 'dashed' ? ' stroke-dasharray="4 3"' : r.line === 'dotted' ? ' stroke-dasharray="1 3"' : ''}/>`);
    if (r.kind === 'size') parts.push(`<circle cx="18" cy="${mid}" r="${(r.size ?? 8) / 2}" fill="#9aa5b1"/>`);
    parts.push(`<text x="${r.kind === 'heading' ? 8 : 36}" y="${mid + 4}"${r.kind === 'heading' ? ' font-weight="bold"' : ''}>${escapeXml(r.label)}</text>`);
    top += h;
  }
  parts.push('</g>');
  return parts.join('');
}

/** Draws the legend on a canvas at (x, y), in CSS pixels times `scale`. */
export function drawLegend(ctx: CanvasRenderingContext2D, rows: LegendRow[], x: number, y: number, scale: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#cbd2d9';
  ctx.fillRect(0, 0, LEGEND_WIDTH, legendHeight(rows));
  ctx.strokeRect(0.5, 0.5, LEGEND_WIDTH - 1, legendHeight(rows) - 1);
  ctx.font = FONT;
  let top = 6;
  for (const r of rows) {
    const h = r.kind === 'size' ? Math.max(ROW, (r.size ?? 0) + 4) : ROW;
    const mid = top + h / 2;
    if (r.kind === 'node' && r.path) {
      ctx.save();
      ctx.translate(10, mid - 8);
      ctx.fillStyle = r.colour ?? '#999';
      ctx.fill(new Path2D(r.path));
      ctx.restore();
    }
    if (r.kind === 'edge') {
      ctx.save();
      ctx.strokeStyle = r.colour ?? '#999';
      ctx.lineWidth = 2;
      ctx.setLineDash(r.line === 'dashed' ? [4, 3] : r.line === 'dotted' ? [1, 3] : []);
      ctx.beginPath();
      ctx.moveTo(8, mid);
      ctx.lineTo(28, mid);
      ctx.stroke();
      ctx.restore();
    }
    if (r.kind === 'size') {
      ctx.fillStyle = '#9aa5b1';
      ctx.beginPath();
      ctx.arc(18, mid, (r.size ?? 8) / 2, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#1f2933';
    ctx.font = r.kind === 'heading' ? `bold ${FONT}` : FONT;
    ctx.fillText(r.label, r.kind === 'heading' ? 8 : 36, mid + 4);
    top += h;
  }
  ctx.restore();
}
