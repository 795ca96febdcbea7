import { pinyin } from 'pinyin-pro';
import type { NodeKind } from '../../../../electron/shared/types';

/** One searchable entity. */
export interface SearchItem {
  id: string;
  name: string;
  type: NodeKind;
  aliases: string[];
  /** Ranks equal matches: more mentions or connections first. */
  weight: number;
}

/** How a hit matched the query. */
export type MatchKind = 'exact' | 'prefix' | 'name' | 'alias' | 'pinyin';

export interface SearchHit {
  item: SearchItem;
  match: MatchKind;
  /** The alias that matched, when the match is on an alias. */
  alias?: string;
}

interface Entry {
  item: SearchItem;
  lowerName: string;
  lowerAliases: string[];
  /** Pinyin initials and full pinyin of the name and aliases, computed on first use. */
  pinyin?: { initials: string[]; full: string[] };
}

/** A search index over entities: names, aliases and their pinyin. */
export interface SearchIndex {
  readonly size: number;
  entries: Entry[];
}

const HAN = /\p{Script=Han}/u;

/** Pinyin initials and full pinyin (lower case, no tones) of a text; other characters stay as they are. */
export function pinyinKeys(text: string): { initials: string; full: string } {
  if (!HAN.test(text)) {
    const lower = text.toLowerCase().replace(/\s+/g, '');
    return { initials: lower, full: lower };
  }
  const syllables = pinyin(text, { toneType: 'none', type: 'array' }) as string[];
  const parts = syllables.map((s) => s.toLowerCase().replace(/\s+/g, '')).filter((s) => s.length > 0);
  return { initials: parts.map((s) => s[0]).join(''), full: parts.join('') };
}

/** Builds a search index; pinyin is computed lazily, only when a query needs it. */
export function buildSearchIndex(items: SearchItem[]): SearchIndex {
  const entries = items.map((item) => ({
    item,
    lowerName: item.name.toLowerCase(),
    lowerAliases: item.aliases.map((a) => a.toLowerCase()),
  }));
  return { size: entries.length, entries };
}

function pinyinOf(entry: Entry): { initials: string[]; full: string[] } {
  if (!entry.pinyin) {
    const keys = [entry.item.name, ...entry.item.aliases].map(pinyinKeys);
    entry.pinyin = { initials: keys.map((k) => k.initials), full: keys.map((k) => k.full) };
  }
  return entry.pinyin;
}

const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, name: 2, alias: 3, pinyin: 4 };

/**
 * Finds entities whose name or alias contains the query, or whose pinyin initials or full
 * pinyin start with it (`szszgh` or `shenzhen` find 深圳市总工会). Best matches first.
 */
export function searchEntities(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const latin = /^[a-z0-9]+$/.test(q.replace(/\s+/g, ''));
  const compact = q.replace(/\s+/g, '');
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let hit: SearchHit | null = null;
    if (entry.lowerName === q) hit = { item: entry.item, match: 'exact' };
    else if (entry.lowerName.startsWith(q)) hit = { item: entry.item, match: 'prefix' };
    else if (entry.lowerName.includes(q)) hit = { item: entry.item, match: 'name' };
    else {
      const i = entry.lowerAliases.findIndex((a) => a.includes(q));
      if (i >= 0) hit = { item: entry.item, match: 'alias', alias: entry.item.aliases[i] };
    }
    if (!hit && latin && HAN.test(entry.item.name + entry.item.aliases.join(''))) {
      const keys = pinyinOf(entry);
      const i = keys.initials.findIndex((k, j) => k.startsWith(compact) || keys.full[j].startsWith(compact));
      if (i >= 0) hit = { item: entry.item, match: 'pinyin', alias: i > 0 ? entry.item.aliases[i - 1] : undefined };
    }
    if (hit) hits.push(hit);
  }
  hits.sort(
    (a, b) =>
      RANK[a.match] - RANK[b.match] ||
      b.item.weight - a.item.weight ||
      a.item.name.length - b.item.name.length ||
      a.item.name.localeCompare(b.item.name),
  );
  return hits.slice(0, limit);
}

/**
 * Computes the pinyin of the index in small slices between other work, so that the first
 * Latin query does not wait for it (about 20 µs per name). Returns a function that stops it.
 */
export function warmPinyin(index: SearchIndex, sliceMs = 12): () => void {
  let i = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const until = performance.now() + sliceMs;
    while (i < index.entries.length && performance.now() < until) pinyinOf(index.entries[i++]);
    if (i < index.entries.length) timer = setTimeout(step, 30);
  };
  timer = setTimeout(step, 200);
  return () => clearTimeout(timer);
}
