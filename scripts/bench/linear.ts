import { pathToFileURL } from 'node:url';
import { loadDocument, splitPage } from '../../electron/core/articles';

// `npx tsx scripts/bench/linear.ts` (also part of `npm run bench`): page splitting and reading over
// inputs that double in size. Linear work shows a time ratio near 2 from one size to the next
// (quadratic work shows 4). Hostile shapes are included: they are where quadratic paths hid.

const HEAD = '职工夜校开课工会组织技能培训劳模工匠创新工作室建设';
const headline = (i: number): string => [...HEAD].slice(i % 10, (i % 10) + 6 + (i % 7)).join('') + i;
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** Inputs of size n (lines, characters or elements), by name, with the file name that selects the reader. */
const SHAPES: Record<string, { unit: string; name: string; make: (n: number) => string; sizes: number[] }> = {
  'headline-like lines under datelines': {
    unit: 'lines',
    name: 'page.txt',
    make: (n) => `${lines(n / 2, (i) => `本报讯(记者张三)10月1日,第${i}次开始了。`)}\n${lines(n / 2, headline)}`,
    sizes: [5_000, 10_000, 20_000, 40_000],
  },
  'headlines over short bodies': {
    unit: 'lines',
    name: 'page.txt',
    make: (n) => `本报讯(记者张三)10月1日,开始了。\n${lines(n / 2, (i) => `${headline(i)}\n职工们来到这里学习技能${i}。`)}`,
    sizes: [5_000, 10_000, 20_000, 40_000],
  },
  'one line without punctuation': { unit: 'chars', name: 'page.txt', make: (n) => '的一是在不了有和人这'.repeat(n / 10), sizes: [400_000, 800_000, 1_600_000, 3_200_000] },
  'one line of spaces': { unit: 'chars', name: 'page.txt', make: (n) => `的${' '.repeat(n)}的`, sizes: [400_000, 800_000, 1_600_000, 3_200_000] },
  'lines broken inside one sentence': { unit: 'lines', name: 'page.txt', make: (n) => lines(n, () => '职工夜校开课工会组织'), sizes: [20_000, 40_000, 80_000, 160_000] },
  'Markdown: unclosed images': { unit: 'chars', name: 'page.md', make: (n) => '![图'.repeat(n / 3), sizes: [100_000, 200_000, 400_000, 800_000] },
  'Markdown: unclosed emphasis': { unit: 'chars', name: 'page.md', make: (n) => '**粗 '.repeat(n / 4), sizes: [100_000, 200_000, 400_000, 800_000] },
  'HTML: nested divs': {
    unit: 'levels',
    name: 'page.html',
    make: (n) => `<html><body>${'<div>'.repeat(n)}<p>职工夜校开课了。</p>${'</div>'.repeat(n)}</body></html>`,
    sizes: [200, 400, 800, 1_600],
  },
  'HTML: wide page': { unit: 'elements', name: 'page.html', make: (n) => `<html><body>${'<p>职工夜校开课了,<b>大家</b>都来。</p>'.repeat(n / 2)}</body></html>`, sizes: [10_000, 20_000, 40_000, 80_000] },
};

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Runs every shape at each size; returns milliseconds by `shape @ size` and prints a table with ratios. */
export async function benchLinear(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  splitPage('热身\n本报讯(记者张三)开始了。'); // load lazily built tables outside the measurements
  console.log('\nlinear: reading and splitting over doubling inputs (ratio ~2 = linear, ~4 = quadratic)');
  for (const [label, shape] of Object.entries(SHAPES)) {
    let previous: number | null = null;
    const cells: string[] = [];
    for (const size of shape.sizes) {
      const bytes = Buffer.from(shape.make(size));
      const ms = time(() => loadDocument(bytes, shape.name));
      results[`${label} @ ${size}`] = Math.round(ms);
      cells.push(`${size.toLocaleString('en')} ${shape.unit}: ${ms.toFixed(0)} ms${previous ? ` (x${(ms / previous).toFixed(1)})` : ''}`);
      previous = Math.max(ms, 1);
    }
    console.log(`  ${label.padEnd(38)} ${cells.join('  ')}`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchLinear();
