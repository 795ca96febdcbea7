import { createExtractor } from '../../../electron/core/extract/index';
import type { Extractor } from '../../../electron/core/extract/index';
import type { EntityMention, EntityType } from '../../../electron/shared/types';

let shared: Extractor | null = null;

/** One extractor for a test file (the segmenter is shared between extractors anyway). */
export function extractor(): Extractor {
  shared ??= createExtractor();
  return shared;
}

/** The mentions of a text. */
export const mentions = (text: string): EntityMention[] => extractor().extract(text).entities;

/** The distinct canonical names of one type, in text order. */
export const names = (text: string, type: EntityType): string[] => [...new Set(mentions(text).filter((m) => m.type === type).map((m) => m.name))];

/** The distinct names of one type with the surfaces that name them: `name[surface|surface]`. */
export const named = (text: string, type: EntityType): string[] => {
  const by = new Map<string, Set<string>>();
  for (const m of mentions(text).filter((e) => e.type === type)) by.set(m.name, (by.get(m.name) ?? new Set()).add(m.surface));
  return [...by].map(([n, s]) => (s.size === 1 && s.has(n) ? n : `${n}[${[...s].join('|')}]`));
};
