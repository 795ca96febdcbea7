import type { ExtractOutput } from '../../shared/api';
import { loadDocument } from '../articles';
import type { UserLexicon } from '../extract';
import { alignToSource } from './align';
import { createInProcessRunner, type ExtractionRunner } from './runner';

/**
 * Extraction without a workspace (`zhitu extract`): each input is a page split into articles
 * (`split`) or one article body; offsets point into the input as given.
 */
export async function extractOnly(items: { id?: string; text: string }[], split: boolean): Promise<ExtractOutput[]> {
  const runner = createInProcessRunner();
  try {
    return await extractWith(runner, items, split, { entries: [], blocked: [] });
  } finally {
    await runner.close();
  }
}

export async function extractWith(
  runner: ExtractionRunner,
  items: { id?: string; text: string }[],
  split: boolean,
  lexicon: UserLexicon,
): Promise<ExtractOutput[]> {
  // Each input becomes one or more texts to extract, with a map of offsets back to the input.
  const jobs = items.map((item, index) => {
    const parts = split && item.text.trim() ? loadDocument(Buffer.from(item.text, 'utf8'), 'input.txt').drafts : [];
    const texts = split
      ? parts.map((d, k) => ({ id: `${index}:${k}`, text: d.text, map: alignToSource(d.text, item.text) }))
      : [{ id: `${index}:0`, text: item.text, map: (o: number) => o }];
    return { item, texts };
  });
  const results = await runner.run(
    jobs.flatMap((j) => j.texts.map(({ id, text }) => ({ id, text }))),
    lexicon,
  );
  return jobs.map(({ item, texts }) => {
    const output: ExtractOutput = { ...(item.id !== undefined ? { id: item.id } : {}), entities: [], relations: [] };
    for (const { id, map } of texts) {
      const result = results[id];
      if (!result) continue;
      for (const m of result.entities) {
        const start = map(m.start);
        const end = map(m.end - 1) + 1;
        if (start < 0 || end <= start) continue;
        output.entities.push({ ...m, surface: item.text.slice(start, end), start, end });
      }
      for (const r of result.relations) {
        const start = Math.max(0, map(r.start));
        output.relations.push({ ...r, start, end: Math.max(start, map(r.end - 1) + 1) });
      }
    }
    return output;
  });
}
