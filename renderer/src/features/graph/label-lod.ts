import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { LABEL_FONT } from './type-style';

/** Smallest label size on screen, in CSS pixels: Chinese below 12 px does not read. */
export const LABEL_PX = 12;
/** The most important labels are a little larger. */
export const LABEL_PX_TOP = 14;
/** At most this many labels at once (beyond that they only clutter). */
export const MAX_LABELS = 160;
/** Labels of the first this many nodes by importance get the larger size. */
const TOP_RANKS = 20;
/** Characters per line before a label wraps. */
const CHARS_PER_LINE = 8;

export interface LabelCandidate {
  id: string;
  /** Screen position of the node's centre (rendered coordinates). */
  x: number;
  y: number;
  /** Rendered diameter. */
  size: number;
  /** The label. */
  text: string;
  /** Importance rank: 0 is the most important. */
  rank: number;
  /** Always labelled (selected, on the path, hovered); others keep clear of it. */
  forced?: boolean;
  /** Labelled before the others when there is room (neighbours of the selection or the hovered node). */
  near?: boolean;
  /** Drawn in bold (hovered, selected). */
  bold?: boolean;
  /** The node's own label size on screen (its size class at this zoom), when larger than the level's. */
  minPx?: number;
}

export interface ChosenLabel {
  id: string;
  /** Font size on screen. */
  px: number;
  /** The label as drawn, one entry per line. */
  lines: string[];
}

/** Width on screen of `text` at `px` pixels (bold or not). */
export type MeasureText = (text: string, px: number, bold: boolean) => number;

/** An estimate without a canvas: CJK and other wide characters one em, the rest 0.6 em. */
export const estimateText: MeasureText = (text, px, bold) => {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.6;
  return em * px * (bold ? 1.05 : 1);
};

/** The stylesheet's label size of a node of `size` (`mapData(size, 18, 64, 11, 18)`), in model units. */
export function sizeClassFont(size: number): number {
  return 11 + (7 * Math.min(46, Math.max(0, size - 18))) / 46;
}

/** Screen pixels of text outline (`text-outline-width`) and gap kept between two labels. */
const OUTLINE_PX = 2;
const GAP_PX = 2;
/** Screen pixels between the node's edge and its label (border and `text-margin-y`). */
const BELOW_PX = 2;

function greedyLines(text: string, max: number, px: number, bold: boolean, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch, px, bold) > max) {
      lines.push(line.trimEnd());
      line = ch.trim();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks `text` into lines of about `CHARS_PER_LINE` wide characters at most, one character at a
 * time (as cytoscape's `text-overflow-wrap: anywhere` does), evened out so that no line is left
 * with a character or two (九个字的名字 breaks 5 + 4, not 8 + 1). The lines are given to cytoscape
 * as they are, so that the box tested here is the one drawn.
 */
export function wrapLabel(text: string, px: number, bold: boolean, measure: MeasureText): string[] {
  const max = (CHARS_PER_LINE + 0.5) * px;
  const lines = greedyLines(text, max, px, bold, measure);
  if (lines.length < 2) return lines;
  const even = greedyLines(text, measure(text, px, bold) / lines.length + 0.6 * px, px, bold, measure);
  return even.length === lines.length ? even : lines;
}

type Box = { x1: number; y1: number; x2: number; y2: number };

function labelBox(c: LabelCandidate, px: number, lines: string[], measure: MeasureText): Box {
  const w = Math.max(...lines.map((l) => measure(l, px, Boolean(c.bold)))) + 2 * OUTLINE_PX;
  const top = c.y + c.size / 2 + BELOW_PX - OUTLINE_PX;
  return { x1: c.x - w / 2, y1: top, x2: c.x + w / 2, y2: top + lines.length * px + 2 * OUTLINE_PX };
}

/**
 * Picks which nodes show their labels: forced ones first, then the selection's neighbours, then by
 * importance, each only when its label box (as drawn: font size on screen, bold, wrapped lines,
 * outline) lands inside the view and clear of the labels already kept, up to `max`. Pure: works on
 * screen coordinates, so it is the same at every zoom.
 */
export function chooseLabels(candidates: LabelCandidate[], view: { w: number; h: number }, max = MAX_LABELS, measure: MeasureText = estimateText): ChosenLabel[] {
  const cell = 48;
  const grid = new Map<number, Box[]>();
  const cellKey = (gx: number, gy: number): number => gx * 100_003 + gy;
  const chosen: ChosenLabel[] = [];
  const tier = (c: LabelCandidate): number => (c.forced ? 0 : c.near ? 1 : 2);
  const ordered = [...candidates].sort((a, b) => tier(a) - tier(b) || a.rank - b.rank);
  for (const c of ordered) {
    if (chosen.length >= max && !c.forced) break;
    const px = Math.max(c.rank < TOP_RANKS ? LABEL_PX_TOP : LABEL_PX, c.minPx ?? 0);
    const lines = wrapLabel(c.text, px, Boolean(c.bold), measure);
    const box = labelBox(c, px, lines, measure);
    if (!c.forced && (box.x2 < 0 || box.x1 > view.w || box.y2 < 0 || box.y1 > view.h)) continue;
    const gx1 = Math.floor(box.x1 / cell);
    const gx2 = Math.floor(box.x2 / cell);
    const gy1 = Math.floor(box.y1 / cell);
    const gy2 = Math.floor(box.y2 / cell);
    let clear = true;
    for (let gx = gx1 - 1; gx <= gx2 + 1 && clear; gx++) {
      for (let gy = gy1 - 1; gy <= gy2 + 1 && clear; gy++) {
        for (const other of grid.get(cellKey(gx, gy)) ?? []) {
          if (box.x1 < other.x2 + GAP_PX && box.x2 + GAP_PX > other.x1 && box.y1 < other.y2 + GAP_PX && box.y2 + GAP_PX > other.y1) {
            clear = false;
            break;
          }
        }
      }
    }
    if (!clear && !c.forced) continue;
    for (let gx = gx1; gx <= gx2; gx++) {
      for (let gy = gy1; gy <= gy2; gy++) {
        const k = cellKey(gx, gy);
        const list = grid.get(k);
        if (list) list.push(box);
        else grid.set(k, [box]);
      }
    }
    chosen.push({ id: c.id, px, lines });
  }
  return chosen;
}

/**
 * Measures label text with the font cytoscape draws it in (a canvas's `measureText`), one
 * character at a time at a reference size, cached; the estimate where there is no canvas.
 */
export function canvasMeasure(font: string): MeasureText {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateText;
  const REF = 100;
  const widths = new Map<string, number>();
  const charWidth = (ch: string, bold: boolean): number => {
    const key = bold ? `b${ch}` : ch;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = `normal ${bold ? 'bold' : 'normal'} ${REF}px ${font}`;
      w = ctx.measureText(ch).width / REF;
      widths.set(key, w);
    }
    return w;
  };
  return (text, px, bold) => {
    let em = 0;
    for (const ch of text) em += charWidth(ch, bold);
    // Cytoscape rounds each line's width up.
    return Math.ceil(em * px);
  };
}

const FORCED = '.selected, .path, .marked, .hover';
const NEAR = '.neighbour, .hover-nb';
const BOLD = '.selected, .hover';
const BYPASS = 'label font-size text-max-width text-outline-width text-margin-y';

/**
 * Level of detail for labels: after every pan, zoom or change (throttled to one update per frame
 * plus a short pause), only the chosen nodes carry the `lbl` class, with a font size in model units
 * that draws at 12-14 screen pixels whatever the zoom and the label broken into the lines whose box
 * was tested. Returns what refreshes it now and what detaches it.
 */
export function attachLabelLod(cy: Core): { refresh: () => void; schedule: () => void; detach: () => void } {
  let ranked: NodeSingular[] | null = null;
  let labelled: NodeCollection = cy.collection();
  const rank = (): NodeSingular[] => {
    ranked ??= cy.nodes().toArray().sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0)) as NodeSingular[];
    return ranked;
  };
  const measure = canvasMeasure(LABEL_FONT);
  const refresh = (): void => {
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const view = { w: cy.width(), h: cy.height() };
    const ids = (sel: string): Set<string> => new Set(cy.nodes(sel).map((n) => n.id()));
    const forced = ids(FORCED);
    const near = ids(NEAR);
    const bold = ids(BOLD);
    const candidates: LabelCandidate[] = [];
    rank().forEach((node, i) => {
      if (node.removed() || node.hasClass('unplaced')) return;
      const p = node.position();
      const x = p.x * zoom + pan.x;
      const y = p.y * zoom + pan.y;
      const id = node.id();
      const isForced = forced.has(id);
      if (!isForced && (x < -200 || y < -200 || x > view.w + 200 || y > view.h + 200)) return;
      const size = Number(node.data('size')) || 18;
      candidates.push({
        id,
        x,
        y,
        size: size * zoom,
        text: String(node.data('label') ?? ''),
        rank: i,
        forced: isForced,
        near: near.has(id),
        bold: bold.has(id),
        // Never smaller than the node's own size class: zoomed in, the stylesheet's size wins.
        minPx: sizeClassFont(size) * zoom,
      });
    });
    const chosen = chooseLabels(candidates, view, MAX_LABELS, measure);
    cy.batch(() => {
      const next = cy.collection();
      for (const { id, px, lines } of chosen) {
        const node = cy.getElementById(id);
        next.merge(node);
        node.addClass('lbl');
        const fs = px / zoom;
        node.style({
          // The lines as measured: cytoscape's own wrapping rounds widths and can break a line early.
          label: lines.join('\n'),
          'font-size': fs,
          'text-max-width': `${2 * CHARS_PER_LINE * fs}px`,
          'text-outline-width': OUTLINE_PX / zoom,
          'text-margin-y': BELOW_PX / zoom,
        });
      }
      const gone = labelled.difference(next).filter((n) => !n.removed());
      gone.removeClass('lbl');
      gone.removeStyle(BYPASS);
      labelled = next;
    });
  };
  const { schedule, cancel } = whenQuiet(refresh, 90);
  const onChange = (): void => {
    ranked = null;
    schedule();
  };
  cy.on('viewport', schedule);
  cy.on('add remove data', 'node', onChange);
  cy.on('dragfree', 'node', schedule);
  return {
    refresh,
    schedule,
    detach: () => {
      cancel();
      cy.off('viewport', schedule);
      cy.off('add remove data', 'node', onChange);
      cy.off('dragfree', 'node', schedule);
    },
  };
}

/**
 * `run` once in the next frame after `ms` without another `schedule()` (pans and zooms fire many
 * events; the level of detail is worked out once they stop); `cancel` drops a pending run.
 */
export function whenQuiet(run: () => void, ms: number): { schedule: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      clearTimeout(timer);
      timer = setTimeout(() => requestAnimationFrame(run), ms);
    },
    cancel: () => clearTimeout(timer),
  };
}
