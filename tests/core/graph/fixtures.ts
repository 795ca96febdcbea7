import type { Article, EntityMention, EntityType, ExtractResult, RelationMention, StoredEdit, EditOp } from '../../../electron/shared/types';

/** Offsets of the nth occurrence of `needle` in `text`; throws if absent so a typo fails loudly. */
export function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start: i, end: i + needle.length };
}

export function mention(text: string, type: EntityType, name: string, surface = name, nth = 0): EntityMention {
  return { type, name, surface, ...at(text, surface, nth) };
}

export function relation(
  text: string,
  type: RelationMention['type'],
  source: [EntityType, string],
  target: [EntityType, string],
  label: string,
  sentence: string,
  attrs?: Record<string, string | number>,
): RelationMention {
  return { type, source: source[1], sourceType: source[0], target: target[1], targetType: target[0], label, ...at(text, sentence), ...(attrs ? { attrs } : {}) };
}

function article(id: string, title: string, body: string, date: string | null, byline: Article['byline'], index: number): Article {
  const text = `${title}\n\n${body}`;
  return {
    id,
    title,
    subtitle: null,
    kicker: null,
    text,
    bodyStart: title.length + 2,
    date,
    pageDate: null,
    dateSource: date === null ? null : 'dateline',
    place: null,
    byline,
    source: '000_65facfb44480fdb1.txt',
    sourceIndex: index,
    importedAt: '2024-10-20T00:00:00.000Z',
    chars: text.length,
  };
}

// Three articles built from sentences of the sample page data/000_65facfb44480fdb1.txt.
export const A1 = article(
  'a_00000000000000a1',
  '深圳工会打造“12345+N”公益慈善生态体系',
  '本报讯(记者刘友婷)近日,广东省深圳市“深工有爱 情满鹏城”2024年“99公益日”活动开展。据悉,该公益项目由深圳市职工发展基金会发起。\n\n' +
    '据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金。基金会积极探索“12345+N”深圳工会公益慈善生态体系建设模式。\n\n' +
    '“共同构建‘工’益慈善生态圈。”深圳市职工发展基金会秘书长夏海燕介绍道。',
  '2024-10-12',
  [{ name: '刘友婷', role: '记者' }],
  0,
);

export const A2 = article(
  'a_00000000000000a2',
  '河池市总开展金秋助学入户慰问活动',
  '本报讯(记者庞慧敏 通讯员蒙忠南)近日,广西壮族自治区河池市总工会组织慰问组到企业开展金秋助学入户慰问活动。\n\n' +
    '河池市总工会党组书记、常务副主席韦凡介绍,今年的金秋助学活动中,河池市各级工会制定了针对性的帮扶计划。',
  '2024-10-14',
  [
    { name: '庞慧敏', role: '记者' },
    { name: '蒙忠南', role: '通讯员' },
  ],
  1,
);

export const A3 = article(
  'a_00000000000000a3',
  '深圳市总工会举办职工夜校',
  '本报讯(记者李娜)5月1日,深圳市总工会联合深圳市职工发展基金会举办职工夜校。深圳市总在龙华区设立职工夜校教学点。',
  '2023-05-01',
  [{ name: '李娜', role: '记者' }],
  2,
);

export const ARTICLES = [A1, A2, A3];

export const ORG = 'organisation' as const;
export const FUND = '深圳市职工发展基金会';
export const SZ_UNION = '深圳市总工会';
export const HC_UNION = '河池市总工会';

const S1_FOUNDED = '据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金。';
const S1_ROLE = '“共同构建‘工’益慈善生态圈。”深圳市职工发展基金会秘书长夏海燕介绍道。';
const S1_ORGANISES = '据悉,该公益项目由深圳市职工发展基金会发起。';
const S3_PARTNER = '5月1日,深圳市总工会联合深圳市职工发展基金会举办职工夜校。';

/** What the extractor returns for the three articles (first version). */
export function extractionV1(): Record<string, ExtractResult> {
  const t1 = A1.text;
  const t2 = A2.text;
  const t3 = A3.text;
  return {
    [A1.id]: {
      entities: [
        mention(t1, 'program', '“12345+N”公益慈善生态体系'),
        mention(t1, 'person', '刘友婷'),
        mention(t1, 'place', '广东省'),
        { ...mention(t1, 'place', '深圳市'), code: '440300' },
        mention(t1, 'program', '99公益日'),
        mention(t1, ORG, FUND, FUND, 0),
        mention(t1, ORG, FUND, FUND, 1),
        mention(t1, ORG, SZ_UNION),
        // The bare 基金会 after the full name: an alias with its own mention.
        { type: ORG, name: FUND, surface: '基金会', ...at(t1, '基金会积极探索') , end: at(t1, '基金会积极探索').start + 3 },
        mention(t1, ORG, FUND, FUND, 2),
        mention(t1, 'person', '夏海燕'),
      ],
      relations: [
        relation(t1, 'founded', [ORG, SZ_UNION], [ORG, FUND], '发起成立', S1_FOUNDED, { year: 1996 }),
        relation(t1, 'role', ['person', '夏海燕'], [ORG, FUND], '秘书长', S1_ROLE),
        relation(t1, 'organises', [ORG, FUND], ['program', '99公益日'], '发起', S1_ORGANISES),
        relation(t1, 'located_in', ['place', '深圳市'], ['place', '广东省'], '', '本报讯(记者刘友婷)近日,广东省深圳市', { via: 'gazetteer' }),
        relation(t1, 'co_occurs', [ORG, FUND], [ORG, SZ_UNION], '', S1_FOUNDED),
      ],
    },
    [A2.id]: {
      entities: [
        mention(t2, ORG, HC_UNION, '河池市总'),
        mention(t2, 'program', '金秋助学', '金秋助学', 0),
        mention(t2, 'person', '庞慧敏'),
        mention(t2, 'place', '广西壮族自治区'),
        mention(t2, ORG, HC_UNION, HC_UNION, 0),
        mention(t2, 'program', '金秋助学', '金秋助学', 1),
        mention(t2, ORG, HC_UNION, HC_UNION, 1),
        mention(t2, 'person', '韦凡'),
        mention(t2, 'program', '金秋助学', '金秋助学', 2),
      ],
      relations: [
        relation(t2, 'role', ['person', '韦凡'], [ORG, HC_UNION], '党组书记、常务副主席', '河池市总工会党组书记、常务副主席韦凡介绍,'),
        relation(t2, 'organises', [ORG, HC_UNION], ['program', '金秋助学'], '开展', '近日,广西壮族自治区河池市总工会组织慰问组到企业开展金秋助学入户慰问活动。'),
      ],
    },
    [A3.id]: {
      entities: [
        mention(t3, ORG, SZ_UNION, SZ_UNION, 0),
        mention(t3, 'program', '职工夜校', '职工夜校', 0),
        mention(t3, ORG, SZ_UNION, SZ_UNION, 1),
        mention(t3, ORG, FUND, FUND, 0),
        mention(t3, 'program', '职工夜校', '职工夜校', 1),
        mention(t3, ORG, SZ_UNION, '深圳市总', 2),
        mention(t3, 'place', '龙华区'),
        mention(t3, 'program', '职工夜校', '职工夜校', 2),
      ],
      relations: [
        relation(t3, 'partner', [ORG, FUND], [ORG, SZ_UNION], '联合', S3_PARTNER),
        relation(t3, 'organises', [ORG, SZ_UNION], ['program', '职工夜校'], '举办', S3_PARTNER),
        relation(t3, 'co_occurs', [ORG, SZ_UNION], [ORG, FUND], '', S3_PARTNER),
      ],
    },
  };
}

export const SENTENCES = { S1_FOUNDED, S1_ROLE, S1_ORGANISES, S3_PARTNER };

/** Numbers edit operations as the store would. */
export function log(...ops: EditOp[]): StoredEdit[] {
  return ops.map((op, i) => ({ ...op, seq: i + 1, at: `2024-10-20T00:00:0${i % 10}.000Z` }));
}
