import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { Recogniser } from '../rules/recogniser';
import type { RuleName } from '../rules/table';
import type { PlaceIndex } from './place-index';
import { issuesLaw } from './gazetteer-places';

/** Words after a pair of country abbreviations (中美关系, 日俄首脑) that show they name countries. */
const PAIR_AFTER = /^(两国|三国|四国|五国|关系|双方|各方|合作|首脑|会晤|会谈|友好|建交|贸易|联合|峰会|之间|间|外长|元首|领导人|高层|对话|战略|伙伴|经贸|协议|协定|边境|边界|谈判|冲突|争端|三个|军事|交流|人民)/;
/** Pairs of abbreviations that are everyday words (美德 is virtue, 中意 is liking). */
const EVERYDAY_PAIRS = new Set(['美德', '中意', '中巴', '中华']);
/** Words before a single abbreviation: 访华, 在京, 对俄, 驻美. */
const VERB_BEFORE = new Set(['访', '来', '在', '驻', '对', '赴', '离', '抵', '侵', '旅', '留', '返', '进', '晋', '回', '去', '到']);
/** Words after a single country abbreviation: 俄总统, 美方, 日政府. */
const COUNTRY_AFTER = /^(方|总统|总理|政府|外长|外相|首相|国王|大使|驻|领导人|议会|国会|外交部|官员|代表团|军方|舆论|两国)/;

const charTables = new WeakMap<PlaceIndex, Uint8Array>();

/** By code unit: 1 for a one-character abbreviation of a country or province. */
function abbreviationChars(index: PlaceIndex): Uint8Array {
  let table = charTables.get(index);
  if (!table) {
    table = new Uint8Array(65536);
    for (const ch of [...index.countryAbbr.keys(), ...index.provinceAbbr.keys()]) table[ch.charCodeAt(0)] = 1;
    charTables.set(index, table);
  }
  return table;
}

/**
 * One-character abbreviations of countries and provinces, only in the patterns that news uses
 * them in: pairs (中美关系, 日俄首脑), 中方/美方, 访华/在京/对俄, 俄总统. 巴以 is Palestine and Israel.
 */
function findAbbreviations(ctx: Ctx, index: PlaceIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const country = (ch: string): string | undefined => index.countryAbbr.get(ch);
  const add = (i: number, name: string, rule: RuleName): void => {
    out.push(candidate(rule, 'place', i, i + 1, name));
  };
  const chars = abbreviationChars(index);
  for (let i = 0; i < text.length; i++) {
    if (chars[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i];
    const c = country(ch);
    const prov = index.provinceAbbr.get(ch);
    if ((!c && !prov) || /[0-9０-９]/.test(text[i - 1] ?? '')) continue;
    // A run of country abbreviations (中美, 中日韩, 中、阿) followed by a relation word, or
    // that jieba does not read as an everyday word (中意, 中巴 are words).
    if (c && (i === 0 || !country(text[i - 1]))) {
      const at: number[] = [];
      let k = i;
      while (k < text.length && country(text[k]) && at.length < 4) {
        at.push(k);
        k += text[k + 1] === '、' && country(text[k + 2]) ? 2 : 1;
      }
      const pair = at.map((j) => text[j]).join('');
      const tag = at.length === 2 ? ctx.seg.wordTag(pair) : null;
      const word = ctx.tokens[ctx.tokenAt[i]];
      const plainPair = word?.start === i && word.end === k && !EVERYDAY_PAIRS.has(pair) && (tag === null || /^(ns|j|nt|nz|x)$/.test(tag));
      const left = isBoundary(ctx, i) || !isHanAt(text, i - 1);
      const distinct = new Set(at.map((j) => country(text[j]))).size === at.length;
      if (at.length >= 2 && distinct && left && isBoundary(ctx, k) && (PAIR_AFTER.test(text.slice(k, k + 4)) || plainPair)) {
        for (const j of at) add(j, pair === '巴以' && j === i ? '巴勒斯坦' : (country(text[j]) as string), 'place.abbr-pair');
        i = k - 1;
        continue;
      }
    }
    const tokenIdx = ctx.tokenAt[i];
    const tok = ctx.tokens[tokenIdx];
    if (!tok) continue;
    // 访华, 在京: the verb and the abbreviation make one word, or the abbreviation stands alone.
    const verbToken = ctx.tokens[ctx.tokenEndingAt[i]];
    if (VERB_BEFORE.has(text[i - 1]) && (tok.start === i - 1 || verbToken?.word.length === 1)) {
      // 访华, 驻华使馆 (one word from the verb on), or the abbreviation as a word of its own.
      const together = tok.start === i - 1 && (tok.end === i + 1 || text[i - 1] === '驻');
      const alone = tok.start === i && tok.end === i + 1 && (isBoundary(ctx, i + 1) || !isHanAt(text, i + 1));
      if ((together || alone) && !/^\d/.test(text[i - 2] ?? '')) {
        add(i, c ?? (prov as string), 'place.abbr-verb');
        continue;
      }
    }
    // 中方, 俄总统, 日政府.
    const after = c ? COUNTRY_AFTER.exec(text.slice(i + 1, i + 5)) : null;
    if (c && after && (i === 0 || !isHanAt(text, i - 1) || isBoundary(ctx, i))) {
      const okToken = tok.start === i && (tok.end === i + 1 || tok.end === i + 1 + after[0].length);
      if (okToken) add(i, c, 'place.abbr-title');
    }
  }
  return out;
}

/** One-character abbreviations of countries and provinces in their news patterns. */
export const abbreviationRules: Recogniser = {
  emits: ['place.abbr-pair', 'place.abbr-verb', 'place.abbr-title'],
  run: (ctx, env) => findAbbreviations(ctx, env.idx.places).filter((c) => !issuesLaw(ctx.text, c)),
};
