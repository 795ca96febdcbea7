import { pathToFileURL } from 'node:url';
import { createExtractor } from '../../electron/core/extract/index';

/** A deterministic stream of numbers. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红';

/** Texts of about `n` characters in shapes that stress the rules: names on every line, no punctuation, dense names of every kind. */
export const GROWTH_SHAPES: Record<string, (n: number) => string> = {
  'a name on every line': (n) => {
    const lines: string[] = [];
    for (let i = 0, len = 0; len < n; i++) {
      const name = SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + GIVEN[Math.floor(i / 7) % GIVEN.length];
      const line = `记者${name}报道，${['市总工会', '县人民医院', '职工之家'][i % 3]}举办活动。`;
      lines.push(line);
      len += line.length + 1;
    }
    return lines.join('\n');
  },
  'no punctuation': (n) => {
    const r = random(1);
    let s = '';
    while (s.length < n) s += String.fromCharCode(0x4e00 + (r() % 20000));
    return s;
  },
  'organisations in one sentence': (n) => {
    const r = random(2);
    const han = (k: number): string => Array.from({ length: k }, () => String.fromCharCode(0x4e00 + (r() % 20000))).join('');
    let s = '';
    while (s.length < n) s += `${han(2)}市${han(2)}有限公司和${han(2)}区总工会、`;
    return s;
  },
  'quoted programs': (n) => {
    const r = random(3);
    const han = (k: number): string => Array.from({ length: k }, () => String.fromCharCode(0x4e00 + (r() % 20000))).join('');
    let s = '';
    while (s.length < n) s += `开展“${han(4)}”活动，“${han(3)}”等项目。`;
    return s;
  },
};

/** CPU milliseconds of one extraction. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Extraction time over growing inputs of each shape (sizes `sizes`): linear extraction keeps the
 * time per character flat, so the ratio of the largest to the smallest time stays near the ratio of sizes.
 */
export async function benchExtractGrowth(sizes = [25_000, 100_000, 400_000]): Promise<Record<string, number>> {
  const extractor = createExtractor();
  extractor.extract('深圳市总工会秘书长夏海燕说。');
  const out: Record<string, number> = {};
  for (const [shape, make] of Object.entries(GROWTH_SHAPES)) {
    const times = sizes.map((n) => {
      const text = make(n);
      return cpuMs(() => extractor.extract(text));
    });
    sizes.forEach((n, k) => (out[`${shape} ${n} chars ms`] = Math.round(times[k])));
    out[`${shape} time ratio for x${sizes[sizes.length - 1] / sizes[0]} chars`] = Number((times[times.length - 1] / times[0]).toFixed(1));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchExtractGrowth(), null, 2));
}
