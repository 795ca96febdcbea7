import { getClient } from '../api/client';
import { saveLang } from '../i18n/i18n';
import type { Lang } from '../i18n/i18n';
import { fail } from './actions';
import { store } from './store';

const api = () => getClient();

/** Opens an article in the reader, optionally at an evidence sentence with its mention. */
export async function openArticle(
  id: string,
  highlight?: { start: number; end: number },
  mention?: { start: number; end: number },
  marks?: Array<{ start: number; end: number }>,
): Promise<void> {
  // Three side panels leave the graph too little room on a narrow window: fold the filters.
  const narrow = typeof window !== 'undefined' && window.innerWidth < 1600 && store.get().selection !== null;
  store.set((s) => ({
    articlesOpen: true,
    reader: { id, article: null, highlight, mention, ...(marks ? { marks } : {}) },
    filtersOpen: narrow ? false : s.filtersOpen,
    filtersFolded: s.filtersFolded || (narrow && s.filtersOpen),
  }));
  try {
    const article = await api().getArticle({ id });
    const reader = store.get().reader;
    if (reader?.id === id) store.set({ reader: { ...reader, article } });
  } catch (error) {
    fail(error);
  }
}

/** Opens or closes the articles pane; closing it brings back filters folded to make room. */
export function setArticlesOpen(open: boolean): void {
  store.set((s) =>
    open
      ? { articlesOpen: true }
      : { articlesOpen: false, reader: null, filtersOpen: s.filtersOpen || s.filtersFolded, filtersFolded: false },
  );
}

/** Switches the interface language and remembers it. */
export function setLang(lang: Lang): void {
  saveLang(lang);
  store.set({ lang });
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Saves where every node on the canvas stands (after a layout), so that a reload shows the same
 * drawing. One call; positions rounded to a tenth of a unit.
 */
export function saveAllPositions(cy: { nodes(): { forEach(f: (n: { id(): string; position(): { x: number; y: number } }) => void): void } }): void {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) positions[node.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  if (Object.keys(positions).length === 0) return;
  api()
    .savePositions({ positions })
    .catch((error: unknown) => fail(error));
}

let positionsTimer: ReturnType<typeof setTimeout> | undefined;
let pendingPositions: Record<string, { x: number; y: number }> = {};

/** Saves pinned node positions, a moment after the last drag. */
export function savePosition(id: string, position: { x: number; y: number }): void {
  pendingPositions[id] = { x: Math.round(position.x * 10) / 10, y: Math.round(position.y * 10) / 10 };
  clearTimeout(positionsTimer);
  positionsTimer = setTimeout(() => {
    const positions = pendingPositions;
    pendingPositions = {};
    api()
      .savePositions({ positions })
      .catch((error: unknown) => fail(error));
  }, 400);
}
