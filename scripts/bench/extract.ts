import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { createExtractor } from '../../electron/core/extract/index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A corpus of article-sized texts (2-4k chars) made by recombining the sample page's sentences. */
function makeCorpus(minChars: number): string[] {
  const page = readFileSync(join(ROOT, 'data', '000_65facfb44480fdb1.txt'), 'utf8');
  const sentences = page.split(/(?<=[。！？\n])/).map((s) => s.trim()).filter((s) => s.length > 4);
  const texts: string[] = [];
  let total = 0;
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  while (total < minChars) {
    let text = '';
    const target = 2000 + (next() % 2000);
    while (text.length < target) text += sentences[next() % sentences.length] + (next() % 5 === 0 ? '\n\n' : '');
    texts.push(text);
    total += text.length;
  }
  return texts;
}

/** CPU milliseconds spent by `fn` (user + system), immune to other processes' load. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Extraction speed on a generated corpus (≥ 2 MB of article-sized texts) against the raw time of
 * jieba's `tag` on the same texts, and the time to build an extractor (dictionaries, gazetteer).
 */
export async function benchExtract(minChars = 2_000_000): Promise<Record<string, number>> {
  const constructMs = cpuMs(() => createExtractor());
  // A second extractor (a changed user lexicon) reuses the gazetteer and the lexicons.
  let extractor = createExtractor();
  const reconstructMs = cpuMs(() => {
    extractor = createExtractor({ userLexicon: { entries: [{ type: 'organisation', name: '平度美艺天艺' }] } });
  });
  const texts = makeCorpus(minChars);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts.slice(0, 20)) extractor.extract(t);
  const extractMs = cpuMs(() => {
    for (const t of texts) extractor.extract(t);
  });
  const jieba = Jieba.withDict(dict);
  const tagMs = cpuMs(() => {
    for (const t of texts) jieba.tag(t, true);
  });
  return {
    corpusChars: chars,
    texts: texts.length,
    constructMs: Math.round(constructMs),
    reconstructMs: Math.round(reconstructMs),
    extractCharsPerSecond: Math.round((chars / extractMs) * 1000),
    jiebaTagCharsPerSecond: Math.round((chars / tagMs) * 1000),
    extractOverTagTime: Number((extractMs / tagMs).toFixed(2)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchExtract(), null, 2));
}
