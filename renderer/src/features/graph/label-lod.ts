import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

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
  /** Label length in characters. */
  chars: number;
  /** Importance rank: 0 is the most important. */
  rank: number;
  /** Always labelled (selected, on the path, hovered). */
  forced?: boolean;
}

export interface ChosenLabel {
  id: string;
  px: number;
}

function labelBox(c: LabelCandidate, px: number): { x1: number; y1: number; x2: number; y2: number } {
  const lines = Math.min(2, Math.ceil(c.chars / CHARS_PER_LINE));
  const w = Math.min(c.chars, CHARS_PER_LINE) * px;
  const top = c.y + c.size / 2 + 2;
  return { x1: c.x - w / 2, y1: top, x2: c.x + w / 2, y2: top + lines * px * 1.25 };
}

/**
 * Picks which nodes show their labels: forced ones first, then by importance, each only when its
 * label box (at a fixed screen size) lands inside the view and clear of the labels already kept,
 * up to `max`. Pure: works on screen coordinates, so it is the same at every zoom.
 */
export function chooseLabels(candidates: LabelCandidate[], view: { w: number; h: number }, max = MAX_LABELS): ChosenLabel[] {
  const cell = 48;
  const grid = new Map<number, Array<{ x1: number; y1: number; x2: number; y2: number }>>();
  const cellKey = (gx: number, gy: number): number => gx * 100_003 + gy;
  const chosen: ChosenLabel[] = [];
  const ordered = [...candidates].sort((a, b) => Number(Boolean(b.forced)) - Number(Boolean(a.forced)) || a.rank - b.rank);
  for (const c of ordered) {
    if (chosen.length >= max && !c.forced) break;
    const px = c.rank < TOP_RANKS ? LABEL_PX_TOP : LABEL_PX;
    const box = labelBox(c, px);
    if (!c.forced && (box.x2 < 0 || box.x1 > view.w || box.y2 < 0 || box.y1 > view.h)) continue;
    const gx1 = Math.floor(box.x1 / cell);
    const gx2 = Math.floor(box.x2 / cell);
    const gy1 = Math.floor(box.y1 / cell);
    const gy2 = Math.floor(box.y2 / cell);
    let clear = true;
    for (let gx = gx1; gx <= gx2 && clear; gx++) {
      for (let gy = gy1; gy <= gy2 && clear; gy++) {
        for (const other of grid.get(cellKey(gx, gy)) ?? []) {
          if (box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1) {
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
    chosen.push({ id: c.id, px });
  }
  return chosen;
}

const FORCED = '.selected, .neighbour, .path, .marked, .hover, .hover-nb';
const BYPASS = 'font-size text-max-width text-outline-width text-margin-y';

/**
 * Level of detail for labels: after every pan, zoom or change (throttled to one update per frame
 * plus a short pause), only the chosen nodes carry the `lbl` class, with a font size in model units
 * that draws at 12-14 screen pixels whatever the zoom. Returns what refreshes it now and what detaches it.
 */
export function attachLabelLod(cy: Core): { refresh: () => void; schedule: () => void; detach: () => void } {
  let ranked: NodeSingular[] | null = null;
  let labelled: NodeCollection = cy.collection();
  const rank = (): NodeSingular[] => {
    ranked ??= cy.nodes().toArray().sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0)) as NodeSingular[];
    return ranked;
  };
  const refresh = (): void => {
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const view = { w: cy.width(), h: cy.height() };
    const forced = new Set(cy.nodes(FORCED).map((n) => n.id()));
    const candidates: LabelCandidate[] = [];
    rank().forEach((node, i) => {
      if (node.removed() || node.hasClass('unplaced')) return;
      const p = node.position();
      const x = p.x * zoom + pan.x;
      const y = p.y * zoom + pan.y;
      const isForced = forced.has(node.id());
      if (!isForced && (x < -200 || y < -200 || x > view.w + 200 || y > view.h + 200)) return;
      candidates.push({ id: node.id(), x, y, size: (Number(node.data('size')) || 18) * zoom, chars: String(node.data('label') ?? '').length, rank: i, forced: isForced });
    });
    const chosen = chooseLabels(candidates, view);
    cy.batch(() => {
      const next = cy.collection();
      for (const { id, px } of chosen) {
        const node = cy.getElementById(id);
        next.merge(node);
        node.addClass('lbl');
        // Never smaller than the node's own size class: zoomed in, the stylesheet's size wins.
        const base = 11 + (7 * Math.min(46, Math.max(0, (Number(node.data('size')) || 18) - 18))) / 46;
        const fs = Math.max(base, px / zoom);
        node.style({
          'font-size': fs,
          'text-max-width': `${CHARS_PER_LINE * fs}px`,
          'text-outline-width': 2 / zoom,
          'text-margin-y': 2 / zoom,
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
