import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../electron/core/extract';
import type { ExtractResult } from '../../../../electron/shared/types';

// The whole pipeline of extraction on the sample page, cut crudely into articles at each
// `本报讯` dateline. Entity extraction is judged elsewhere: a relation is required here only when
// the extractor found both of its ends in that article, and enough of them must be checkable.
const page = readFileSync(join(import.meta.dirname, '../../../../data/000_65facfb44480fdb1.txt'), 'utf8');
const chunks = page.split(/\n(?=本报讯)/);

const EXPECTED: [string, string, string, string][] = [
  ['role', '夏海燕', '秘书长', '深圳市职工发展基金会'],
  ['role', '韦凡', '党组书记、常务副主席', '河池市总工会'],
  ['role', '刘琦', '教师', '平度市广州路小学'],
  ['role', '刘洪涛', '主任', '平度市疾控中心'],
  ['role', '满健', '队长', '平度市红十字应急救援队'],
  ['role', '王先生', '职工', '富士胶片制造(深圳)有限公司'],
  ['role', '殷玲英', '业务员', '中国太平洋财产保险股份有限公司舟山中心支公司'],
  ['role', '崔春梦', '负责人', '平度美艺天艺'],
  ['role', '许超', '参赛选手', '贵州省电力工会代表队'],
  ['organises', '深圳市职工发展基金会', '发起', '99公益日活动'],
  ['organises', '深圳市职工发展基金会', '开展', '深工有爱 温暖救助'],
  ['organises', '深圳市职工发展基金会', '设立', '暖工基金'],
  ['organises', '青海省总工会', '举办', '全省产业工人队伍建设改革专题培训班'],
  ['organises', '贵州省总工会', '主办', '贵州省第一届职工吉他音乐大赛'],
  ['organises', '遵义市总工会', '承办', '贵州省第一届职工吉他音乐大赛'],
  ['organises', '贵州省吉他协会', '承办', '贵州省第一届职工吉他音乐大赛'],
  ['organises', '舟山市总工会', '推出', '技能共富保'],
  ['organises', '中国机械冶金建材工会', '组织开展', '全国建材行业工会建设三年提升行动'],
  ['organises', '乐至县总工会', '搭建', '城乡一体化零工驿站平台'],
  ['organises', '河池市总工会', '开展', '金秋助学入户慰问活动'],
  ['partner', '黄桥镇总工会', '联合', '泰兴市仲裁院'],
  ['partner', '黄桥镇总工会', '联合', '黄桥法庭'],
  ['partner', '贵州省吉他协会', '承办', '遵义市总工会'],
  ['founded', '深圳市总工会', '发起成立', '深圳市职工发展基金会'],
  ['part_of', '中国太平洋财产保险股份有限公司舟山中心支公司', '', '中国太平洋财产保险股份有限公司'],
  ['participates', '许超', '参赛选手', '贵州省第一届职工吉他音乐大赛'],
  ['participates', '中国水利水电第四工程局有限公司', '试点企业', '产改'],
  ['participates', '圣源地毯集团有限公司', '试点企业', '产改'],
];

describe('relations through createExtractor on the sample page', () => {
  let results: ExtractResult[] = [];
  beforeAll(() => {
    const extractor = createExtractor();
    results = chunks.map((chunk) => extractor.extract(chunk));
  });

  it('finds every expected relation whose two ends the extractor found', () => {
    const checkable: string[] = [];
    const missing: string[] = [];
    for (const [type, source, label, target] of EXPECTED) {
      const key = `${type} ${source} -[${label}]-> ${target}`;
      const where = results.findIndex((r) => {
        const names = new Set(r.entities.map((e) => e.name));
        // A parent read out of a branch's name is not a mention of its own.
        return names.has(source) && (names.has(target) || type === 'part_of');
      });
      if (where < 0) continue;
      checkable.push(key);
      const found = results.some((r) =>
        r.relations.some((x) => x.type === type && x.source === source && x.target === target && x.label === label),
      );
      if (!found) missing.push(key);
    }
    expect(missing).toEqual([]);
    expect(checkable.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps each relation’s evidence inside its article, on one line', () => {
    results.forEach((r, i) => {
      for (const x of r.relations) {
        expect(x.start).toBeGreaterThanOrEqual(0);
        expect(x.end).toBeLessThanOrEqual(chunks[i].length);
        expect(chunks[i].slice(x.start, x.end)).not.toContain('\n');
      }
    });
  });
});
