/** Regular expressions that find a title (or a chain `党组书记、常务副主席`) around an organisation. */
export interface TitlePatterns {
  /** The whole text between an organisation and a person: `秘书长`, `的副主席`, `工会主席`. Group 1 = title. */
  between: RegExp;
  /** The start of the text after an organisation: `的一名教师`. Group 1 = title. */
  after: RegExp;
  /** Source of a regex matching one title or a chain of them; parts after the first may follow a department (`党组成员、女职工委员会主任`). */
  chain: string;
}

/** An optional department before a title (`办公室主任`), as a regex source; not part of the label. */
export const UNIT = '(?:[\\u4e00-\\u9fa5]{1,8}?(?:部|处|科|室|车间|分厂|工段|班组|班|办公室|委员会|中心))?';
// Later parts of a chain may also name a council (`党组成员、副主席、经审会主任`); the first part
// may not, or `工会主席` would lose `工会` from its label.
const LATER_UNIT = '(?:[\\u4e00-\\u9fa5]{1,8}?(?:部|处|科|室|车间|班组|办公室|委员会|中心|会))?';
// A line of work that belongs to the title (`安全总监`, `项目经理`).
const FIELD = '(?:安全|技术|生产|项目|财务|行政|人事|质量|销售|市场|工程|后勤|保卫|党群|综合|运营|客服|调度)?';

// A trade worker not in the list (`装配工`, `电焊工`, `钢筋工`): one to three characters and 工, not a
// verb of work such as 施工/开工/复工/务工 nor 职工/员工 alone.
const TRADE_WORKER = '[\\u4e00-\\u9fa5]{0,2}[\\u4e00-\\u9fa5](?<![施开复竣停务用招职员分加打做])工';

const QUALIFIER = '(?:[（(](?:挂职|兼|兼职|主持工作|正处级|副处级|正厅级|副厅级|正科级|副科级)[）)])?';

const cache = new Map<string, TitlePatterns>();
const byList = new WeakMap<readonly string[], TitlePatterns>();

/**
 * Builds the title patterns from a list of titles and role words (the extractor passes every
 * row of data/lexicons/titles.txt). Results are cached per list.
 */
export function buildTitlePatterns(titles: readonly string[]): TitlePatterns {
  const same = byList.get(titles);
  if (same) return same;
  const key = titles.join('\n');
  const hit = cache.get(key);
  if (hit) {
    byList.set(titles, hit);
    return hit;
  }
  const words = [...new Set(titles.map((t) => t.trim()).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map(escape);
  // A qualifier in brackets belongs to the title (`副主席（挂职）`, `副主席（兼）`).
  const one = `(?:${words.join('|')}|${TRADE_WORKER})${QUALIFIER}`;
  // Later parts keep their department (`党组成员、女职工委员会主任`); the first part's stays outside.
  const chain = `${FIELD}${one}(?:[、兼]${LATER_UNIT}${FIELD}${one})*`;
  const patterns: TitlePatterns = {
    between: new RegExp(`^\\s*的?\\s*${UNIT}(${chain})\\s*$`),
    after: new RegExp(`^\\s*的?\\s*(?:一名|一位|名|位|个)?\\s*${UNIT}(${chain})`),
    chain,
  };
  cache.set(key, patterns);
  byList.set(titles, patterns);
  return patterns;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
