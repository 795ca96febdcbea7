import { isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import type { PlaceIndex } from './place-index';

/** Words after a pair of country abbreviations (中美关系, 日俄首脑) that show they name countries. */
const PAIR_AFTER = /^(两国|三国|四国|五国|关系|双方|各方|合作|首脑|会晤|会谈|友好|建交|贸易|联合|峰会|之间|间|外长|元首|领导人|高层|对话|战略|伙伴|经贸|协议|协定|边境|边界|谈判|冲突|争端|三个|军事|交流|人民)/;
/** Words before a single abbreviation: 访华, 在京, 对俄, 驻美. */
const VERB_BEFORE = new Set(['访', '来', '在', '驻', '对', '赴', '离', '抵', '援', '侵', '旅', '留', '返', '进', '晋', '回', '去', '到']);
/** Words after a single country abbreviation: 俄总统, 美方, 日政府. */
const COUNTRY_AFTER = /^(方|总统|总理|政府|外长|外相|首相|国王|大使|驻|领导人|议会|国会|外交部|官员|代表团|军方|舆论|两国)/;

/**
 * One-character abbreviations of countries and provinces, only in the patterns that news uses
 * them in: pairs (中美关系, 日俄首脑), 中方/美方, 访华/在京/对俄, 俄总统. 巴以 is Palestine and Israel.
 */
export function findAbbreviations(ctx: Ctx, index: PlaceIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const country = (ch: string): string | undefined => index.countryAbbr.get(ch);
  const add = (i: number, name: string, rule: string): void => {
    out.push({ type: 'place', start: i, end: i + 1, name, priority: 42, rule });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = country(ch);
    const prov = index.provinceAbbr.get(ch);
    if ((!c && !prov) || /[0-9０-９]/.test(text[i - 1] ?? '')) continue;
    // A run of country abbreviations (中美, 中日韩) followed by a relation word.
    if (c && (i === 0 || !country(text[i - 1]))) {
      let k = i;
      while (k < text.length && country(text[k]) && k - i < 4) k++;
      if (k - i >= 2 && (isBoundary(ctx, i) || !isHan(text[i - 1])) && PAIR_AFTER.test(text.slice(k, k + 4))) {
        const pair = text.slice(i, k);
        for (let j = i; j < k; j++) {
          const name = pair === '巴以' && j === i ? '巴勒斯坦' : (country(text[j]) as string);
          add(j, name, 'abbr-pair');
        }
        i = k - 1;
        continue;
      }
    }
    const tokenIdx = ctx.tokenAt[i];
    const tok = ctx.tokens[tokenIdx];
    if (!tok) continue;
    // 访华, 在京: the verb and the abbreviation make one word, or the abbreviation stands alone.
    if (VERB_BEFORE.has(text[i - 1]) && (isBoundary(ctx, i + 1) || !isHan(text[i + 1]))) {
      const together = tok.start === i - 1 && tok.end === i + 1;
      const alone = tok.start === i && tok.end === i + 1;
      if ((together || alone) && !/^\d/.test(text[i - 2] ?? '')) {
        add(i, c ?? (prov as string), 'abbr-verb');
        continue;
      }
    }
    // 中方, 俄总统, 日政府.
    if (c && (i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i)) && COUNTRY_AFTER.test(text.slice(i + 1, i + 4))) {
      const okToken = tok.start === i && (tok.end === i + 1 || (tok.end === i + 2 && text[i + 1] === '方'));
      if (okToken) add(i, c, 'abbr-title');
    }
  }
  return out;
}
