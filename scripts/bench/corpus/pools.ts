import type { GazPlace, Gazetteer } from '../../../electron/core/extract/gazetteer';
import { shortForms } from '../../../electron/core/extract/gazetteer';

/** A small deterministic random source (LCG), so that every run builds the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Draws indexes 0..size-1 with Zipf-like popularity (weight 1/(i+1)^s): a few names recur in
 * many articles, most appear once or twice, as in a year of a newspaper.
 */
export function zipf(size: number, s: number, rand: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    total += 1 / (i + 1) ** s;
    cumulative[i] = total;
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Shuffles in place (Fisher-Yates) and returns the array. */
export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// Common surnames, roughly by frequency (the first ones are far more common).
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志海波宁浩宇晨欣怡佳俊凯文斌彬雪梅琳燕凤飞龙云峰颖婷倩晓东亮成林春晖雯丹新利荣兵永德振宏庆立忠金雅慧婧瑶睿子轩博思嘉琪梓涵昊然一诺浩然诗雨晨曦天佑'];

/** Person names: surname + one or two given-name characters, in a fixed pseudo-random order. */
export function personPool(size: number, rand: () => number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const surname = zipf(SURNAMES.length, 1, rand);
  while (out.length < size) {
    const g = GIVEN[Math.floor(rand() * GIVEN.length)] + (rand() < 0.7 ? GIVEN[Math.floor(rand() * GIVEN.length)] : '');
    const name = SURNAMES[surname()] + g;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

const PROGRAM_HEADS = ['春风', '金秋', '暖心', '安康', '匠心', '同心', '阳光', '护航', '启航', '筑梦', '情暖', '幸福', '健康', '平安', '和谐', '绿色', '数字', '乡村', '青春', '巾帼', '银龄', '技能', '工匠', '劳模', '职工', '农民工', '新业态', '八小时外', '送清凉', '送温暖'];
const PROGRAM_BODIES = ['助学', '送岗', '帮扶', '关爱', '驿站', '书屋', '课堂', '培训', '竞赛', '服务', '援助', '普惠', '维权', '夜校', '讲堂', '健步走', '读书', '创新', '就业', '安居'];
const PROGRAM_TAILS = ['行动', '计划', '工程', '活动', '专项行动', '季', '月', '周', '项目', '品牌'];

/** Program names: head + body + tail (`春风送岗行动`), sometimes with a year. */
export function programPool(size: number, rand: () => number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let tries = 0; out.length < size && tries < size * 20; tries++) {
    const pick = (xs: string[]): string => xs[Math.floor(rand() * xs.length)];
    const year = rand() < 0.25 ? `${2015 + Math.floor(rand() * 10)}年` : '';
    const name = year + pick(PROGRAM_HEADS) + pick(PROGRAM_BODIES) + pick(PROGRAM_TAILS);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

const BRANDS = [...'华恒达盛鑫泰隆兴昌瑞通宏远安信诚德丰源金海天新中利'];
const INDUSTRIES = ['机械', '电子', '建材', '纺织', '物流', '化工', '能源', '食品', '建工', '汽车', '医药', '港务', '钢铁', '电力', '水务', '交通'];
const COMPANY_TAILS = ['有限公司', '集团有限公司', '股份有限公司', '集团'];

/** Company names: a place's short form + two brand characters + an industry + a legal form. */
export function companyName(place: string, rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  return place + pick(BRANDS) + pick(BRANDS) + pick(INDUSTRIES) + pick(COMPANY_TAILS);
}

/** Places of the gazetteer by level, each level in a fixed shuffled order (its popularity). */
export interface PlacePools {
  byLevel: Record<GazPlace['level'], GazPlace[]>;
  draw: Record<GazPlace['level'], () => number>;
}

/** Pools of places from the gazetteer, drawn with Zipf-like popularity within a level. */
export function placePools(gaz: Gazetteer, rand: () => number): PlacePools {
  const byLevel: PlacePools['byLevel'] = { province: [], city: [], county: [], town: [] };
  for (const place of gaz.byCode.values()) byLevel[place.level].push(place);
  for (const list of Object.values(byLevel)) {
    list.sort((a, b) => (a.code < b.code ? -1 : 1));
    shuffle(list, rand);
  }
  const draw = {
    province: zipf(byLevel.province.length, 0.6, rand),
    city: zipf(byLevel.city.length, 0.8, rand),
    county: zipf(byLevel.county.length, 0.8, rand),
    town: zipf(byLevel.town.length, 0.7, rand),
  };
  return { byLevel, draw };
}

/** The short form of a place (深圳市 → 深圳), or its name when it has none. */
export function shortOf(place: GazPlace): string {
  return shortForms(place.name, place.level)[0] ?? place.name;
}
