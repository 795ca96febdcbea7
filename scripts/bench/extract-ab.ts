/**
 * A/B speed of two versions of the extractor, for speed work on a shared machine where only
 * interleaved ratios mean anything: the extractor of another tree (`--old DIR`, e.g. main's code)
 * and this tree's, in one process, each extracting every text once as an import does, in chunks
 * that alternate which version runs first, timed in CPU time; jieba's `tag` of the same chunks is
 * the reference of #11's import target. `--count` also counts the segmenter's jieba calls per text.
 *
 * Each order (old built first, new built first) runs in a process of its own and the script
 * reports the geometric mean of the two ratios. A/A (two copies of main's tree, load ~14):
 * 1.022x and 0.994x, mean 1.008x. The old tree needs the package.json: without its
 * `"type": "module"` tsx compiles the tree to CommonJS, which ran ~7 % slower (A/A 1.074x).
 *
 *   git archive main electron data package.json | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npx tsx scripts/bench/extract-ab.ts --old /tmp/old [--texts 3000] [--warm 500] [--chunk 100] [--count]
 *
 * Texts: the generated bench corpus (`.bench-cache/corpus-v2-5000`, built on first use), the
 * first `--warm` to warm both extractors, the next `--texts` measured.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Extractor } from '../../electron/core/extract/index';
import { ensureCorpus } from './corpus';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function corpusTexts(n: number): Promise<string[]> {
  const manifest = await ensureCorpus(5000, join(ROOT, '.bench-cache'));
  const out: string[] = [];
  const lines = createInterface({ input: createReadStream(manifest.textsFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (out.length >= n) break;
    if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  lines.close();
  return out;
}

/** Counts jieba's `cut` calls and the characters they segment (every instance, both versions). */
function countCuts(): { calls: number; chars: number; hmmCalls: number; hmmChars: number; on: boolean } {
  const counts = { calls: 0, chars: 0, hmmCalls: 0, hmmChars: 0, on: false };
  const proto = Jieba.prototype as unknown as { cut(text: string | Uint8Array, hmm?: boolean | null): string[] };
  const cut = proto.cut;
  proto.cut = function (this: Jieba, text: string | Uint8Array, hmm?: boolean | null): string[] {
    if (counts.on) {
      if (hmm) {
        counts.hmmCalls++;
        counts.hmmChars += text.length;
      } else {
        counts.calls++;
        counts.chars += text.length;
      }
    }
    return cut.call(this, text, hmm);
  };
  return counts;
}

/** One process's measure (`--order old-first|new-first`), printed as a JSON line. */
interface Measure {
  order: string;
  texts: number;
  chars: number;
  load: number;
  oldMs: number;
  newMs: number;
  tagMs: number;
  cuts?: { hmmCalls: number; hmmChars: number; calls: number; chars: number };
}

async function measure(oldDir: string, order: string): Promise<Measure> {
  const n = Number(arg('--texts') ?? 3000);
  const warm = Number(arg('--warm') ?? 500);
  const chunk = Number(arg('--chunk') ?? 100);
  const counts = process.argv.includes('--count') ? countCuts() : null;
  const load = async (dir: string): Promise<Extractor> => {
    const mod = (await import(pathToFileURL(join(resolve(dir), 'electron/core/extract/index.ts')).href)) as { createExtractor(): Extractor };
    return mod.createExtractor();
  };
  const newFirst = order === 'new-first';
  const first = await load(newFirst ? ROOT : oldDir);
  const second = await load(newFirst ? oldDir : ROOT);
  const versions: Array<{ name: string; extractor: Extractor; ms: number }> = [
    { name: 'old', extractor: newFirst ? second : first, ms: 0 },
    { name: 'new', extractor: newFirst ? first : second, ms: 0 },
  ];
  const texts = await corpusTexts(warm + n);
  for (const t of texts.slice(0, warm)) for (const v of versions) v.extractor.extract(t);
  const measured = texts.slice(warm);
  const jieba = Jieba.withDict(dict);
  let tagMs = 0;
  for (let k = 0; k < measured.length; k += chunk) {
    const part = measured.slice(k, k + chunk);
    const turn = (k / chunk) % 2 === 0 ? versions : [...versions].reverse();
    for (const v of turn) {
      if (counts) counts.on = v.name === 'new';
      v.ms += cpuMs(() => {
        for (const t of part) v.extractor.extract(t);
      });
    }
    if (counts) counts.on = false;
    tagMs += cpuMs(() => {
      for (const t of part) jieba.tag(t, true);
    });
  }
  const { hmmCalls, hmmChars, calls, chars } = counts ?? {};
  return {
    order,
    texts: measured.length,
    chars: measured.reduce((s, t) => s + t.length, 0),
    load: loadavg()[0],
    oldMs: versions[0].ms,
    newMs: versions[1].ms,
    tagMs,
    cuts: counts ? { hmmCalls: hmmCalls!, hmmChars: hmmChars!, calls: calls!, chars: chars! } : undefined,
  };
}

function report(m: Measure): void {
  console.log(
    `${m.order}: ${m.texts} texts (${m.chars} chars), load ${m.load.toFixed(1)}: old ${m.oldMs.toFixed(0)} ms, new ${m.newMs.toFixed(0)} ms CPU, ` +
      `new ${(m.oldMs / m.newMs).toFixed(3)}x old; jieba tag ${m.tagMs.toFixed(0)} ms: old ${(m.oldMs / m.tagMs).toFixed(2)}x, new ${(m.newMs / m.tagMs).toFixed(2)}x tag`,
  );
  if (m.cuts) {
    const per = (x: number): string => (x / m.texts).toFixed(2);
    console.log(
      `  new: jieba cut with HMM ${per(m.cuts.hmmCalls)} calls, ${per(m.cuts.hmmChars)} chars per text (texts ${per(m.chars)} chars); ` +
        `without HMM ${per(m.cuts.calls)} calls, ${per(m.cuts.chars)} chars`,
    );
  }
}

async function main(): Promise<void> {
  const oldDir = arg('--old');
  if (!oldDir) {
    console.error('usage: extract-ab.ts --old DIR [--texts N] [--warm N] [--chunk N] [--count]');
    process.exit(2);
  }
  if (!existsSync(join(oldDir, 'package.json'))) {
    console.error(`${oldDir} has no package.json: tsx would compile it to CommonJS, which runs slower (see the usage above)`);
    process.exit(2);
  }
  const order = arg('--order');
  if (order) {
    console.log(JSON.stringify(await measure(oldDir, order)));
    return;
  }
  const runs: Measure[] = [];
  for (const o of ['old-first', 'new-first']) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--order', o], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const m = JSON.parse(out.trim().split('\n').pop()!) as Measure;
    report(m);
    runs.push(m);
  }
  const ratio = Math.sqrt(runs.reduce((r, m) => r * (m.oldMs / m.newMs), 1));
  const overTag = (ms: (m: Measure) => number): string => Math.sqrt(runs.reduce((r, m) => r * (ms(m) / m.tagMs), 1)).toFixed(2);
  console.log(`new is ${ratio.toFixed(3)}x old (geometric mean of both orders); old ${overTag((m) => m.oldMs)}x, new ${overTag((m) => m.newMs)}x jieba tag`);
}

await main();
