import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

// The sample page with the mentions a careful annotator marks (aliases included), so that the
// rules are checked on the real layout: headlines, broken lines, several articles in one text.
const page = readFileSync(join(import.meta.dirname, '../../../../data/000_65facfb44480fdb1.txt'), 'utf8');
const specs: EntitySpec[] = [
  ['organisation', '深圳市职工发展基金会', '深圳市职工发展基金会', '基金会'],
  ['organisation', '深圳市总工会'],
  ['organisation', '河池市总工会', '河池市总工会', '河池市总'],
  ['organisation', '乐至县总工会', '乐至县总工会', '乐至县总'],
  ['organisation', '平度市总工会', '平度市总工会', '平度市总'],
  ['organisation', '青海省总工会'],
  ['organisation', '中国机械冶金建材工会'],
  ['organisation', '黄桥镇总工会'],
  ['organisation', '泰兴市仲裁院'],
  ['organisation', '黄桥镇社会事业和旅游办公室'],
  ['organisation', '黄桥司法所'],
  ['organisation', '黄桥法庭'],
  ['organisation', '舟山市总工会'],
  ['organisation', '中国太平洋财产保险股份有限公司舟山中心支公司'],
  ['organisation', '贵州省总工会'],
  ['organisation', '遵义市总工会'],
  ['organisation', '正安县人民政府'],
  ['organisation', '贵州省吉他协会'],
  ['organisation', '贵州省电力工会代表队'],
  ['organisation', '富士胶片制造(深圳)有限公司'],
  ['organisation', '平度市广州路小学'],
  ['organisation', '平度市疾控中心'],
  ['organisation', '平度市红十字应急救援队'],
  ['organisation', '平度美艺天艺'],
  ['organisation', '中国水利水电第四工程局有限公司'],
  ['organisation', '圣源地毯集团有限公司'],
  ['organisation', '广西金河矿业股份有限公司'],
  ['organisation', '广西河池运达汽车运输有限责任公司'],
  ['person', '夏海燕'],
  ['person', '韦凡'],
  ['person', '刘琦'],
  ['person', '刘洪涛'],
  ['person', '满健'],
  ['person', '王先生'],
  ['person', '殷玲英'],
  ['person', '崔春梦'],
  ['person', '许超'],
  ['place', '广西壮族自治区'],
  ['place', '浙江省'],
  ['place', '江苏省'],
  ['place', '泰兴市'],
  ['program', '99公益日', '“深工有爱 情满鹏城”2024年“99公益日”活动'],
  ['program', '深工有爱 温暖救助'],
  ['program', '深工有爱 守望相助'],
  ['program', '深工守护'],
  ['program', '暖工基金'],
  ['program', '华夏眼科职工光明基金'],
  ['program', '湾区智造工匠基金'],
  ['program', '龙华区暖工基金', '深圳市职工发展基金会·龙华区暖工基金'],
  ['program', '全省产业工人队伍建设改革专题培训班'],
  ['program', '产改'],
  ['program', '金秋助学入户慰问活动'],
  ['program', '技能共富保'],
  ['program', '全国建材行业工会建设三年提升行动'],
  ['program', '贵州省第一届职工吉他音乐大赛'],
  ['program', '城乡一体化零工驿站平台'],
  ['program', '职工夜校', '职工夜校', '夜校'],
  ['program', '《土家情歌》'],
  ['program', '《啾啾》'],
];

describe('relations on the sample page', () => {
  const mentions = findMentions(page, specs);
  const relations = extractRelations(page, mentions);
  const typed = new Set(relations.filter((r) => r.type !== 'co_occurs').map((r) => `${r.type} ${r.source} -[${r.label}]-> ${r.target}`));

  it('finds every example of the guidelines', () => {
    const expected = [
      'role 夏海燕 -[秘书长]-> 深圳市职工发展基金会',
      'role 韦凡 -[党组书记、常务副主席]-> 河池市总工会',
      'role 刘琦 -[教师]-> 平度市广州路小学',
      'role 刘洪涛 -[主任]-> 平度市疾控中心',
      'role 满健 -[队长]-> 平度市红十字应急救援队',
      'role 王先生 -[职工]-> 富士胶片制造(深圳)有限公司',
      'role 殷玲英 -[业务员]-> 中国太平洋财产保险股份有限公司舟山中心支公司',
      'role 崔春梦 -[负责人]-> 平度美艺天艺',
      'organises 深圳市职工发展基金会 -[发起]-> 99公益日',
      'organises 青海省总工会 -[举办]-> 全省产业工人队伍建设改革专题培训班',
      'organises 贵州省总工会 -[主办]-> 贵州省第一届职工吉他音乐大赛',
      'organises 遵义市总工会 -[承办]-> 贵州省第一届职工吉他音乐大赛',
      'organises 正安县人民政府 -[承办]-> 贵州省第一届职工吉他音乐大赛',
      'organises 贵州省吉他协会 -[承办]-> 贵州省第一届职工吉他音乐大赛',
      'organises 舟山市总工会 -[推出]-> 技能共富保',
      'organises 深圳市职工发展基金会 -[开展]-> 深工有爱 温暖救助',
      'organises 深圳市职工发展基金会 -[设立]-> 暖工基金',
      'organises 深圳市职工发展基金会 -[设立]-> 龙华区暖工基金',
      'organises 中国机械冶金建材工会 -[组织开展]-> 全国建材行业工会建设三年提升行动',
      'organises 乐至县总工会 -[搭建]-> 城乡一体化零工驿站平台',
      'organises 河池市总工会 -[开展]-> 金秋助学入户慰问活动',
      'organises 平度市总工会 -[开办]-> 职工夜校',
      'partner 黄桥镇总工会 -[联合]-> 泰兴市仲裁院',
      'partner 黄桥镇总工会 -[联合]-> 黄桥法庭',
      'partner 贵州省吉他协会 -[承办]-> 遵义市总工会',
      'founded 深圳市总工会 -[发起成立]-> 深圳市职工发展基金会',
      'part_of 中国太平洋财产保险股份有限公司舟山中心支公司 -[]-> 中国太平洋财产保险股份有限公司',
      'participates 许超 -[参赛选手]-> 贵州省第一届职工吉他音乐大赛',
      'participates 王先生 -[受益]-> 龙华区暖工基金',
      'participates 中国水利水电第四工程局有限公司 -[试点企业]-> 产改',
      'participates 圣源地毯集团有限公司 -[试点企业]-> 产改',
    ];
    expect(expected.filter((e) => !typed.has(e))).toEqual([]);
  });

  it('keeps every evidence span on one sentence that names both ends', () => {
    const within = (name: string, start: number, end: number): boolean =>
      mentions.some((m) => m.name === name && m.start >= start && m.end <= end);
    for (const r of relations) {
      const evidence = page.slice(r.start, r.end);
      expect(evidence).not.toMatch(/\n/);
      expect(evidence.trim()).toBe(evidence);
      expect(within(r.source, r.start, r.end)).toBe(true);
      if (r.attrs?.via === 'name') continue; // a parent read out of a name need not be a mention
      if (within(r.target, r.start, r.end)) continue;
      // Otherwise the target is a program the sentence refers back to (`该公益项目`, `大赛`).
      expect([r.type, r.targetType]).toEqual([expect.stringMatching(/^(organises|participates)$/), 'program']);
      expect(within(r.target, 0, r.start)).toBe(true);
    }
  });

  it('never targets a song and never links a person by role to an organisation outside its phrase', () => {
    expect(relations.filter((r) => r.type !== 'co_occurs' && r.target.startsWith('《'))).toEqual([]);
    const roles = edges(relations, 'role');
    expect(roles).toHaveLength(8 + 1);
    expect(roles).toContain('许超 -[参赛选手]-> 贵州省电力工会代表队');
  });
});
