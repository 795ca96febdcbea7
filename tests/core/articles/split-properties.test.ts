import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import type { ArticleDraft } from '../../../electron/shared/types';
import { solid } from './fixtures';

// The invariant, precisely. Let solid(s) be s without whitespace. For a page P without masthead
// lines and its articles A1..An = splitPage(P):
//  1. conservation: the characters of solid(A1.text) + ... + solid(An.text) are exactly those of
//     solid(P), as a multiset: nothing lost, nothing duplicated (bylines and datelines stay in the
//     text; their metadata is a copy);
//  2. order: each article is made of whole lines of P, every non-blank line of P is used by exactly
//     one article, and both parts of an article keep page order: solid(head) is the concatenation of
//     solid(line) over an increasing sequence of P's lines, and so is solid(body). (The headline block
//     alone may come from elsewhere on the page: a headline the layout printed above another report
//     is moved to its own report's body);
//  3. shape: text = headline block + "\n\n" + body (or just the body when there is no headline),
//     bodyStart points at the body, and title, sub-headline and kicker are lines of the headline block
//     (an article printed without a headline takes the start of its lead as its title).

const HAN = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'];
const NAMES = ['李昱霖', '刘友婷', '邢生祥', '庞慧敏', '王海涛', '陈静', '何军', '张楠', '赵可欣', '杨登峰', '李丰', '欧阳明'];

const han = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const name = fc.constantFrom(...NAMES);
const sentence = fc.tuple(han(4, 24), fc.constantFrom('。', '!', '?', '。”', ',', '')).map(([s, end]) => s + end);
const prose = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(''));
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 28 });

/** One paragraph of a page, of any kind the splitter knows, or noise. */
const paragraph: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: han(4, 20) },
  { weight: 6, arbitrary: prose },
  { weight: 3, arbitrary: fc.tuple(name, month, day, prose).map(([n, m, d, p]) => `本报讯(记者${n})${m}月${d}日,${p}`) },
  { weight: 1, arbitrary: fc.tuple(han(2, 4), month, day, name, prose).map(([pl, m, d, n, p]) => `新华社${pl}${m}月${d}日电(记者${n})${p}`) },
  { weight: 1, arbitrary: fc.tuple(name, name).map(([a, b]) => `本报记者 ${a} 通讯员 ${b}`) },
  { weight: 1, arbitrary: fc.tuple(prose, name).map(([p, n]) => `${p}。 本报记者 ${n} 摄`) },
  { weight: 1, arbitrary: fc.constantFrom('新闻特写', '阅读提示', '编者按', '新闻链接') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** A page: paragraphs, some broken in two inside a sentence, separated by one or more line breaks. */
const page: fc.Arbitrary<string> = fc
  .array(fc.tuple(paragraph, fc.nat(40), fc.boolean(), fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n')), { minLength: 1, maxLength: 25 })
  .map((parts) =>
    parts
      .map(([p, cut, broken, sep]) => {
        const chars = [...p];
        if (!broken || chars.length < 3) return p + sep;
        const at = 1 + (cut % (chars.length - 1));
        return `${chars.slice(0, at).join('')}\n\n${chars.slice(at).join('')}${sep}`;
      })
      .join(''),
  );

const sorted = (s: string): string => [...s].sort().join('');

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Every way to rebuild an article part from unused page lines taken in page order: the line indices used. */
function* lineChoices(part: string, lines: string[], used: boolean[]): Generator<number[]> {
  const target = solid(part);
  const taken: number[] = [];
  function* search(pos: number, from: number): Generator<number[]> {
    if (pos === target.length) {
      yield [...taken];
      return;
    }
    for (let i = from; i < lines.length; i++) {
      if (used[i] || lines[i] === '' || !target.startsWith(lines[i], pos)) continue;
      taken.push(i);
      yield* search(pos + lines[i].length, i + 1);
      taken.pop();
    }
  }
  yield* search(0, 0);
}

/**
 * True when the parts (each article's headline block and body) can all be rebuilt from page lines
 * in page order, each line used once. Identical lines (a kicker printed whole and once broken in two)
 * make the choice ambiguous, so a choice for one part is undone when a later part cannot be rebuilt.
 */
function rebuild(parts: string[], lines: string[], used: boolean[]): boolean {
  if (parts.length === 0) return true;
  for (const choice of lineChoices(parts[0], lines, used)) {
    for (const i of choice) used[i] = true;
    if (rebuild(parts.slice(1), lines, used)) return true;
    for (const i of choice) used[i] = false;
  }
  return false;
}

function checkShape(a: ArticleDraft): void {
  expect(a.bodyStart).toBeGreaterThanOrEqual(0);
  expect(a.bodyStart).toBeLessThanOrEqual(a.text.length);
  const head = a.text.slice(0, a.bodyStart);
  if (head !== '' && a.bodyStart < a.text.length) expect(head.endsWith('\n\n')).toBe(true);
  const headLines = head.split('\n');
  if (a.subtitle !== null) expect(isSubsequence(solid(a.subtitle), solid(head))).toBe(true);
  if (a.kicker !== null) expect(isSubsequence(solid(a.kicker), solid(head))).toBe(true);
  const body = a.text.slice(a.bodyStart);
  // The title is a head line, or two that one headline was broken into, or (with no headline) the start of the body.
  const joined = headLines.slice(1).map((line, i) => headLines[i] + line);
  expect(headLines.includes(a.title) || joined.includes(a.title) || body.includes(a.title.replace(/…$/, ''))).toBe(true);
  expect(a.text).toBe(a.text.trim());
}

/** The invariant: nothing lost or duplicated, and every article made of whole page lines in page order. */
function checkKeepsPage(text: string): void {
  const articles = splitPage(text);
  expect(sorted(articles.map((a) => solid(a.text)).join(''))).toBe(sorted(solid(text)));
  const lines = text.split('\n').map(solid);
  const used = lines.map(() => false);
  const parts = articles.flatMap((a) => [a.text.slice(0, a.bodyStart), a.text.slice(a.bodyStart)]);
  expect(rebuild(parts, lines, used), `articles not made of page lines in order: ${JSON.stringify(parts)}`).toBe(true);
  lines.forEach((line, i) => {
    if (line !== '') expect(used[i], `line ${i} unused: ${line}`).toBe(true);
  });
}

describe('splitPage invariants (property-based)', () => {
  // A fixed seed keeps CI deterministic; the counterexample below, found with another seed, is open.
  it('loses and duplicates nothing, and keeps page order inside each article', () => {
    fc.assert(fc.property(page, checkKeepsPage), { numRuns: 300, seed: 20261129 });
  });

  // A kicker broken by the layout (新 / 闻链接) that also stands whole earlier on the page: the split
  // was right, but the check took the whole line for the first article that could use it, leaving the
  // other article no way to be rebuilt in order. Parts are now matched to lines jointly.
  it('keeps page order when a broken kicker repeats an earlier line', () => {
    checkKeepsPage('新\n\n闻特写\n新闻链接\n的的的的\n\n的的的的的的。。 本报记者 李昱霖 摄\n新\n\n闻链接\n本报记者 李昱霖 通讯员 李昱霖\n');
  });

  it('builds well-formed drafts: headline block, blank line, body; metadata from the head', () => {
    fc.assert(
      fc.property(page, (text) => {
        for (const a of splitPage(text, { fileDate: '2024-10-14' })) {
          checkShape(a);
          if (a.date !== null) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never invents a year: without a page date and no year in the text, every date is null', () => {
    fc.assert(
      fc.property(page, (text) => {
        fc.pre(!/\d{4}\s*年/.test(text));
        expect(splitPage(text).every((a) => a.date === null)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(splitPage(text)).toEqual(splitPage(text));
      }),
      { numRuns: 50 },
    );
  });
});
