import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate } from '../context';
import { placeEndMap, walkNameStart } from '../name-walk';
import type { Recogniser } from '../rules/recogniser';

/** The words that close a list of sites: 岳麓书院、橘子洲等景点. */
const LIST_END = /等(?:景点|景区|场馆|地标|场所|名胜|古迹|打卡点)/g;
/** Words no site name holds: verbs and function words of the clause around the list. */
const NOT_NAME = /^(u|p|c|d|r|v|vd|m|q|t|f|y)$/;

/** True when the characters [start, end) read as one name: Han characters, no function word or verb among its words. */
function nameChunk(ctx: Ctx, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 10) return false;
  for (let k = start; k < end; k++) if (!isHanAt(ctx.text, k)) return false;
  const words = ctx.seg.tokens(ctx.text.slice(start, end), true);
  return !words.some((w) => NOT_NAME.test(w.tag) && w.word.length === 1) && !ctx.lex.genericWords.has(ctx.text.slice(start, end));
}

/**
 * Names listed before 等景点 (and 等景区, 等场馆, …) are sites, whatever their last word:
 * 参观了岳麓书院、橘子洲、爱晚亭等景点. The first item starts where the words of a name start.
 */
function findListedSites(ctx: Ctx, placeEnds: Map<number, Candidate>): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(LIST_END)) {
    const items: Array<[number, number]> = [];
    let end = m.index;
    for (;;) {
      const sep = text.lastIndexOf('、', end - 1);
      const lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('，', end - 1), text.lastIndexOf('。', end - 1));
      if (sep <= lineStart || end - sep - 1 > 10) break;
      items.unshift([sep + 1, end]);
      end = sep;
    }
    if (!items.length) continue;
    // The first item: walk back over the words of a name from the first 、.
    const walk = walkNameStart(ctx, end, { placeEnds, maxLen: 8, chainPlaces: false });
    const first = walk.place && walk.place.end < end ? walk.place.end : walk.start;
    items.unshift([first, end]);
    for (const [a, b] of items) if (nameChunk(ctx, a, b)) out.push(candidate('place.site-list', 'place', a, b, text.slice(a, b)));
  }
  return out;
}

/** Names listed as sites. */
export const siteListRules: Recogniser = {
  emits: ['place.site-list'],
  run: (ctx, env) => findListedSites(ctx, placeEndMap(env.ofType('place').filter((p) => p.rule !== 'place.site'))),
};
