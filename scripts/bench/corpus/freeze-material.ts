import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDocument } from '../../../electron/core/articles';
import { createExtractor, EXTRACTOR_VERSION } from '../../../electron/core/extract';
import { outermostMentions, splitSentences } from '../../../electron/core/extract/sentences';
import type { EntityMention, RelationMention } from '../../../electron/shared/types';
import { MATERIAL_FILE, type FrozenMaterial, type SourceArticle, type Slot, type Template } from './material';

// `npx tsx scripts/bench/corpus/freeze-material.ts`: writes scripts/bench/corpus/material.json,
// the templates the bench corpus is generated from. The only code of the corpus that runs the
// extractor and the splitter: the corpus is a function of that file, CORPUS_VERSION and the seed,
// whatever the extractor does later. Run it again only together with a CORPUS_VERSION bump.

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The pages whose sentences the corpus recombines: the sample page and the real development
 * pages (tests/fixtures/dev-real*). Never a held-out set.
 */
export function materialFiles(): string[] {
  const files = [join(ROOT, 'data', '000_65facfb44480fdb1.txt')];
  for (const folder of ['dev-real', 'dev-real-2', 'dev-real-3', 'dev-real-4', 'dev-real-5']) {
    const dir = join(ROOT, 'tests', 'fixtures', folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (/^page-.*\.txt$/.test(name)) files.push(join(dir, name));
  }
  return files;
}

/**
 * A dateline and credits at the start of a sentence, in the forms of the pages (`本报讯(记者 A 通讯员 B)4月2日,`,
 * `营口讯(通讯员 C)近日,`, `本报2月27日讯 记者D 通讯员E报道 2月26日，` with ideographic spaces, `(通讯员 F)`): the generator
 * writes a dateline of its own, and one left inside would make the splitter see two articles.
 */
const CREDITS = String.raw`(?:[（(][^)）]{0,40}[)）]|(?:(?:本报)?(?:记者|通讯员|实习生)[\s\u3000]*\p{Script=Han}{2,4}[\s\u3000]*)+(?:报道)?|\p{Script=Han}{2,4}[\s\u3000]*报道)`;
const DATELINE = new RegExp(
  String.raw`^[\s\u3000□]*(?:(?:本报讯|\p{Script=Han}{1,6}讯(?=[\s\u3000（(]|记者|通讯员)|本报[^。，,]{0,12}?电|\p{Script=Han}{0,6}\d{1,2}月\d{1,2}日[讯电])[\s\u3000]*(?:${CREDITS})?|[（(](?:本报)?(?:记者|通讯员)[^)）]{0,40}[)）])[\s\u3000]*(?:\d{1,2}月\d{1,2}日电?|近日|日前)?[\s\u3000]*[,，]?[\s\u3000]*`,
  'u',
);
const CREDIT = /记者|通讯员|摄影?$|^[（(].*[)）]$/u;

/** Top-level mentions (outermost, not overlapping), in text order. */
function topLevel(mentions: EntityMention[]): EntityMention[] {
  return outermostMentions([...mentions].sort((a, b) => a.start - b.start || b.end - a.end));
}

/** The template of `text[start, end)` with the mentions that lie wholly inside as slots. */
function template(text: string, start: number, end: number, mentions: EntityMention[], relations: RelationMention[]): Template {
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
  const t: Template = { parts, slots };
  const typed = relations.filter((r) => r.type !== 'co_occurs' && r.start >= start && r.end <= end).length;
  if (typed > 0) t.relations = typed;
  return t;
}

/**
 * Reads the material pages, splits them into articles and finds their entity mentions and typed
 * relations with the extractor (once), and turns each article into templates: the headline, and
 * the body's sentences without datelines and credit lines.
 */
export function extractMaterial(): SourceArticle[] {
  const extractor = createExtractor();
  const out: SourceArticle[] = [];
  for (const file of materialFiles()) {
    for (const draft of loadDocument(readFileSync(file), file).drafts) {
      const text = draft.text;
      const result = extractor.extract(text);
      const mentions = topLevel(result.entities);
      const sentences: Template[] = [];
      for (const span of splitSentences(text)) {
        if (span.start < draft.bodyStart) continue;
        let start = span.start;
        const dateline = DATELINE.exec(text.slice(start, span.end));
        if (dateline) start += dateline[0].length;
        const sentence = text.slice(start, span.end);
        if (sentence.length < 8 || /^[”’」』)）]/u.test(sentence) || (sentence.length < 30 && CREDIT.test(sentence))) continue;
        sentences.push(template(text, start, span.end, mentions, result.relations));
      }
      // The headline as the page writes it (after a kicker, if any); one the splitter made from the lead (`…`) is none.
      const at = text.indexOf(draft.title);
      if (sentences.length < 3 || at < 0 || at >= draft.bodyStart || draft.title.endsWith('…')) continue;
      out.push({ title: template(text, at, at + draft.title.length, mentions, result.relations), sentences });
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const articles = extractMaterial();
  const frozen: FrozenMaterial = { extractor: EXTRACTOR_VERSION, files: materialFiles().map((f) => f.slice(ROOT.length + 1)), articles };
  writeFileSync(MATERIAL_FILE, `${JSON.stringify(frozen)}\n`);
  const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
  console.log(`${MATERIAL_FILE}: ${articles.length} articles, ${sentences} sentences (extractor ${EXTRACTOR_VERSION})`);
}
