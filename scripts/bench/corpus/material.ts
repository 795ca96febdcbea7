import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../../electron/shared/types';

/**
 * The frozen material of the bench corpus, written by `npx tsx scripts/bench/corpus/freeze-material.ts`.
 * Reading it runs neither the extractor nor the splitter: the corpus does not move when they change.
 */
export const MATERIAL_FILE = join(import.meta.dirname, 'material.json');

/** A named entity in a template: what the extractor found there in the real text. */
export interface Slot {
  type: EntityType;
  /** Canonical name in the real text (mentions of one entity share it). */
  name: string;
  /** The text as written there (a short form, an honorific, or the name). */
  surface: string;
  /** Gazetteer code (places). */
  code?: string;
}

/** Text with holes: `parts[0] slot[0] parts[1] ... slot[n-1] parts[n]`. */
export interface Template {
  parts: string[];
  slots: Slot[];
  /** Typed relations (not co_occurs) the extractor found within this text when the material was frozen (absent: none). */
  relations?: number;
}

/** One real article as templates: its headline and its body's sentences. */
export interface SourceArticle {
  title: Template;
  sentences: Template[];
}

/** The content of material.json. */
export interface FrozenMaterial {
  /** EXTRACTOR_VERSION that found the slots (for the record only). */
  extractor: string;
  /** The pages the templates come from, relative to the project. */
  files: string[];
  articles: SourceArticle[];
}

/** The templates of the frozen material (see freeze-material.ts). */
export function loadMaterial(): SourceArticle[] {
  return (JSON.parse(readFileSync(MATERIAL_FILE, 'utf8')) as FrozenMaterial).articles;
}
