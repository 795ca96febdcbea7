/**
 * The one home of the words that credit a person on an article: who published (本报, 新华社...),
 * what kind of staff (特约, 见习...), and the role (记者, 通讯员, 摄影...). Bylines, datelines and
 * closing credits are read with these; the extractor may import them too.
 */

/** Publishers that stand before a credit: 本报记者, 新华社记者. */
export const CREDIT_PUBLISHERS = ['本报', '本刊', '本台', '新华社', '中新社', '人民日报', '工人日报', '央视'] as const;
/** Kinds of staff between publisher and role: 本报特约记者, 见习记者. */
export const CREDIT_QUALIFIERS = ['特约', '特派', '见习', '实习', '首席', '融媒体', '融媒', '驻站'] as const;
/** Role words, longest first so that a pattern takes 摄影记者 before 摄影. */
export const CREDIT_ROLES = ['摄影记者', '摄影', '记者', '通讯员', '实习生', '撰稿人', '撰稿', '作者'] as const;

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

const PREFIX = `(?:${alternation(CREDIT_PUBLISHERS)})?(?:${alternation(CREDIT_QUALIFIERS)})?`;

/** Regular-expression source of a whole credit word (`本报特约记者`, `通讯员`), without capture groups. */
export const CREDIT_WORD = `${PREFIX}(?:${alternation(CREDIT_ROLES)})`;

/** The same as {@link CREDIT_WORD}, with the role captured in the group named `role`. */
export const CREDIT_WORD_WITH_ROLE = `${PREFIX}(?<role>${alternation(CREDIT_ROLES)})`;

/** Regular-expression source of a credit word naming a reporter or correspondent (no photo or author role): opens a credit in brackets. */
export const REPORTER_WORD = `(?:${alternation(CREDIT_PUBLISHERS)})?(?:${alternation(CREDIT_QUALIFIERS)})?(?:记者|通讯员|实习生)`;

/** Maps the many ways a credit names a role to the four roles the app keeps: 记者, 通讯员, 摄影, 作者. */
export function canonicalRole(word: string): string {
  if (word.includes('摄影')) return '摄影';
  if (word.includes('通讯员')) return '通讯员';
  if (word.includes('记者') || word.includes('实习生')) return '记者';
  return '作者';
}
