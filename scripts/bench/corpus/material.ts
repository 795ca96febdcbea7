import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../../electron/core/articles';
import { createExtractor } from '../../../electron/core/extract';
import { splitSentences } from '../../../electron/core/extract/sentences';
import type { EntityMention, EntityType } from '../../../electron/shared/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');

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
}

/** One real article as templates: its headline and its body's sentences. */
export interface SourceArticle {
  title: Template;
  sentences: Template[];
}

/**
 * The pages whose sentences the corpus recombines: the sample page, the hand-annotated
 * development pages, and the real development pages when present. Never the held-out real set.
 */
export function materialFiles(): string[] {
  const files = [join(ROOT, 'data', '000_65facfb44480fdb1.txt')];
  for (const folder of ['tests/fixtures/holdout', 'tests/fixtures/dev-real']) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) files.push(join(dir, name));
  }
  return files;
}

const DATELINE = /^(?:本报讯|本报[^。，,]{0,12}?电)\s*[（(][^)）]*[)）]\s*(?:\d{1,2}月\d{1,2}日\s*[,，]?)?/u;
const CREDIT = /记者|通讯员|摄影?$|^[（(].*[)）]$/u;

/** Top-level mentions (outermost, not overlapping), in text order. */
function topLevel(mentions: EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/** The template of `text[start, end)` with the mentions that lie wholly inside as slots. */
function template(text: string, start: number, end: number, mentions: EntityMention[]): Template {
  const parts: string[] = [];
  const slots: Slot[] = [];
  let at = start;
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    parts.push(text.slice(at, m.start));
    const slot: Slot = { type: m.type, name: m.name, surface: text.slice(m.start, m.end) };
    if (m.code) slot.code = m.code;
    slots.push(slot);
    at = m.end;
  }
  parts.push(text.slice(at, end));
  return { parts, slots };
}

/**
 * Reads the material pages, splits them into articles and finds their entity mentions with the
 * extractor (once), and turns each article into templates: the headline, and the body's
 * sentences without datelines and credit lines. The generator fills the slots with new names.
 */
export function loadMaterial(): SourceArticle[] {
  const extractor = createExtractor();
  const out: SourceArticle[] = [];
  for (const file of materialFiles()) {
    for (const draft of loadDocument(readFileSync(file), file).drafts) {
      const text = draft.text;
      const mentions = topLevel(extractor.extract(text).entities);
      const sentences: Template[] = [];
      for (const span of splitSentences(text)) {
        if (span.start < draft.bodyStart) continue;
        let start = span.start;
        const dateline = DATELINE.exec(text.slice(start, span.end));
        if (dateline) start += dateline[0].length;
        const sentence = text.slice(start, span.end);
        if (sentence.length < 8 || /^[”’」』)）]/u.test(sentence) || (sentence.length < 30 && CREDIT.test(sentence))) continue;
        sentences.push(template(text, start, span.end, mentions));
      }
      if (sentences.length < 3) continue;
      out.push({ title: template(text, 0, draft.title.length, text.startsWith(draft.title) ? mentions : []), sentences });
    }
  }
  return out;
}
