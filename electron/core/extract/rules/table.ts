import type { EntityType } from '../../../shared/types';

/** What the extractor knows about one rule: what it finds and how its candidates rank. */
export interface RuleInfo {
  /** The entity types its candidates may have. */
  types: readonly EntityType[];
  /** Rank among overlapping candidates of the same length (higher wins). */
  priority: number;
  /** Taken before any unprotected candidate, whatever its length (the user's names, bylines). */
  protect?: boolean;
  /** A person rule strong enough for its names to be found again elsewhere in the text and to anchor lists. */
  strong?: boolean;
  /** A person rule whose names may be everyday words (a byline, a known person): no dictionary check. */
  wordOk?: boolean;
  /** One line for the per-rule report. */
  doc: string;
}

/**
 * Every rule of the extractor, with its declared priority: the one place where candidates are
 * ranked. Rules run in the order of `RECOGNISERS` (extract/rules/registry.ts); a candidate takes
 * its priority and protection from this table by its rule name.
 */
export const RULES = {
  'user.entry': { types: ['person', 'place', 'organisation', 'program'], priority: 100, protect: true, doc: 'a name the user taught' },

  'place.full': { types: ['place'], priority: 60, doc: 'a division named in full (深圳市)' },
  'place.typo': { types: ['place'], priority: 58, doc: 'an obvious typo of a province or city (黑龙省)' },
  'place.named': { types: ['place'], priority: 58, doc: 'a country, region or city abroad (美国, 长江)' },
  'place.town': { types: ['place'], priority: 57, doc: 'a town or street with its suffix (黄桥镇)' },
  'place.short': { types: ['place'], priority: 55, doc: 'a prominent short form standing alone (深圳)' },
  'place.split': { types: ['place'], priority: 55, doc: 'two short forms run together (甘肃兰州)' },
  'place.short-context': { types: ['place'], priority: 54, doc: 'a short form with its place or a neighbour named in the text' },
  'place.town-context': { types: ['place'], priority: 50, doc: 'a town without its suffix, its county named in the text' },
  'place.site': { types: ['place'], priority: 46, doc: 'a named site: a proper name before a site suffix (森铁文化园)' },
  'place.site-list': { types: ['place'], priority: 46, doc: 'names listed before 等景点 and the like (岳麓书院、橘子洲等景点)' },
  'place.local': { types: ['place'], priority: 45, doc: 'a community or village named with its suffix (红星社区)' },
  'place.in-name': { types: ['place'], priority: 44, doc: 'a place written inside an organisation\'s name (长沙市, 雨花区 in 长沙市雨花区总工会)' },
  'place.abbr-pair': { types: ['place'], priority: 42, doc: 'one-character country abbreviations in pairs (中美关系)' },
  'place.abbr-verb': { types: ['place'], priority: 42, doc: 'a one-character abbreviation after a verb (访华, 在京)' },
  'place.abbr-title': { types: ['place'], priority: 42, doc: 'a one-character country before a title (俄总统, 美方)' },

  'org.known': { types: ['organisation'], priority: 75, doc: 'a well-known organisation of the lexicon' },
  'org.union-abbr': { types: ['organisation'], priority: 72, doc: 'a place with 总 for its union (平度市总)' },
  'org.union-bare': { types: ['organisation'], priority: 72, doc: 'a bare 省总/县总 for the union of the text' },
  'org.combined': { types: ['organisation'], priority: 72, doc: 'a company and its branch run together' },
  'org.suffix': { types: ['organisation'], priority: 70, doc: 'a name ending in an institutional suffix (…总工会, …有限公司)' },
  'org.station': { types: ['organisation'], priority: 46, doc: 'a railway or bus station as a unit (南昌站, 柳州火车站)' },
  'org.bare-organ': { types: ['organisation'], priority: 60, doc: 'an organ without its place (市委, 县妇联)' },

  'quote.tail': { types: ['program', 'organisation'], priority: 80, doc: 'a quoted name and the suffix after it (“齐鲁惠”APP)' },
  'quote.suffix': { types: ['program', 'organisation'], priority: 80, doc: 'a quoted name ending in a suffix (“技能共富保”)' },
  'quote.list': { types: ['program'], priority: 78, doc: 'quoted names listed before 等…项目' },
  'quote.theme': { types: ['program'], priority: 78, doc: 'a theme in quotes before a program' },
  'quote.repeated': { types: ['program'], priority: 78, doc: 'a plain quoted name used twice' },
  'quote.launch': { types: ['program'], priority: 78, doc: 'a plain quoted name after a launch verb (推出“…”)' },
  'quote.frame': { types: ['program'], priority: 78, doc: 'a plain quoted name in a program frame (以“…”为载体, “…”模式)' },
  'program.suffix': { types: ['program'], priority: 65, doc: 'a name ending in a program suffix (…基金, …大赛)' },

  'person.byline': { types: ['person'], priority: 90, protect: true, strong: true, wordOk: true, doc: 'names after a credit (记者李娜)' },
  'person.byline-line': { types: ['person'], priority: 90, protect: true, strong: true, wordOk: true, doc: 'a line of names and credits' },
  'person.byline-photo': { types: ['person'], priority: 90, protect: true, strong: true, wordOk: true, doc: 'a name before 摄 at a caption end' },
  'person.known': { types: ['person'], priority: 58, strong: true, wordOk: true, doc: 'a well-known person of the lexicon' },
  'person.honorific': { types: ['person'], priority: 57, strong: true, doc: 'a surname with an honorific (王先生)' },
  'person.title': { types: ['person'], priority: 56, strong: true, doc: 'a name after a title (秘书长夏海燕)' },
  'person.title-speech': { types: ['person'], priority: 56, strong: true, wordOk: true, doc: 'a name between a title and a speech verb (主任方圆说)' },
  'person.occupation': { types: ['person'], priority: 55, strong: true, doc: 'a name after an occupation word ending in 工 or 员 (炉前工邱海滨)' },
  'person.caption': { types: ['person'], priority: 53, strong: true, doc: 'a name before a position mark of a photo (周文斌(左二))' },
  'person.duty': { types: ['person'], priority: 53, strong: true, doc: 'a name between 由 and a duty verb (由韦某某负责)' },
  'person.aside': { types: ['person'], priority: 52, strong: true, doc: 'a full name after 的 or a person noun, before 一边 or a speech verb (泥瓦匠王某某一边…说)' },
  'person.cue-after': { types: ['person'], priority: 55, strong: true, doc: 'a name before a title or speech verb (殷玲英说)' },
  'person.foreign-dot': { types: ['person'], priority: 54, strong: true, wordOk: true, doc: 'a foreign name joined by a middle dot' },
  'person.propagated': { types: ['person'], priority: 52, wordOk: true, doc: 'another occurrence of a name a strong rule found' },
  'person.title-foreign': { types: ['person'], priority: 50, strong: true, doc: 'a transliterated name after a title' },
  'person.cue-after-foreign': { types: ['person'], priority: 50, strong: true, doc: 'a transliterated name before a cue' },
  'person.compound': { types: ['person'], priority: 50, strong: true, doc: 'a name with a compound surname (欧阳振东)' },
  'person.list': { types: ['person'], priority: 48, wordOk: true, doc: 'a name listed with a person (王霞光、李长云)' },
  'person.list-closed': { types: ['person'], priority: 48, doc: 'names of a list closed by 等N名 or a kin word (为A、B等15名职工)' },
  'person.jieba-nr': { types: ['person'], priority: 40, doc: 'a word the segmenter tags as a name' },
  'person.jieba-nr-foreign': { types: ['person'], priority: 40, wordOk: true, doc: 'a transliterated word tagged as a name, marked as one' },
  'person.jieba-split': { types: ['person'], priority: 40, doc: 'a surname and a given name the segmenter tags apart' },
  'person.unknown-word': { types: ['person'], priority: 35, doc: 'an unknown word that reads as a name' },

  'ref.short': { types: ['organisation', 'program'], priority: 30, doc: 'a short reference to an entity named in full in the text (基金会)' },
} as const satisfies Record<string, RuleInfo>;

/** The name of a rule of the table. */
export type RuleName = keyof typeof RULES;

/** The table row of a rule. */
export function ruleInfo(name: RuleName): RuleInfo {
  return RULES[name];
}

/** Every rule name, in table order. */
export const RULE_NAMES = Object.keys(RULES) as RuleName[];
