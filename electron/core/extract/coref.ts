import { isBreak, isHanAt } from './chars';
import type { Candidate, Ctx } from './context';
import { candidate, isBoundary } from './context';
import { DictMatcher } from './dict-matcher';
import { suffixIndexOf } from './suffix-index';

/**
 * Short references within a text: a bare 基金会 after 深圳市职工发展基金会, 文化宫 or 工人文化宫
 * after 平度市工人文化宫, 大赛 after the contest. Each becomes a mention of the full entity
 * (the nearest one before it, else the nearest after). Returns the new mentions.
 */
export function resolveShortReferences(ctx: Ctx, mentions: Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  const refs = suffixIndexOf(lex.shortReferences);
  const tails = new Map<string, Candidate[]>();
  for (const m of mentions) {
    if ((m.type !== 'organisation' && m.type !== 'program') || m.rule === 'ref.short') continue;
    const surface = text.slice(m.start, m.end);
    // Every tail ends the surface: with no short reference ending it, no tail is one (no need to segment).
    if (!refs.longestAt(surface, surface.length)) continue;
    const words = ctx.seg.tokens(surface, true);
    for (let k = 1; k < words.length; k++) {
      const tail = surface.slice(words[k].start);
      if (tail.length < 2 || tail.length === surface.length) continue;
      if (!refs.longestAt(tail, tail.length)) continue;
      const list = tails.get(tail) ?? [];
      list.push(m);
      tails.set(tail, list);
    }
  }
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const out: Candidate[] = [];
  if (!tails.size) return out;
  // Every occurrence of every tail in one pass; then longer tails claim their places first.
  const order = new Map([...tails.keys()].map((t, k) => [t, k]));
  const matcher = new DictMatcher<string>();
  for (const tail of tails.keys()) matcher.add(tail, tail);
  const hits: Array<{ i: number; tail: string }> = [];
  for (let i = 0; i < text.length; i++) for (const m of matcher.matchesAt(text, i)) hits.push({ i, tail: m.value });
  hits.sort((a, b) => b.tail.length - a.tail.length || (order.get(a.tail) as number) - (order.get(b.tail) as number) || a.i - b.i);
  const owners = new Map<string, { byEnd: Candidate[]; byStart: Candidate[] }>();
  for (const { i, tail } of hits) {
    const end = i + tail.length;
    let free = true;
    for (let k = i; k < end; k++) if (covered[k]) free = false;
    if (!free) continue;
    const left = i === 0 || isBreak(text[i - 1]) || isBoundary(ctx, i);
    const right = end >= text.length || !isHanAt(text, end) || isBoundary(ctx, end);
    if (!left || !right) continue;
    if (text[i - 1] === '为' && /以[^，。]{0,10}为$/.test(text.slice(Math.max(0, i - 12), i))) continue;
    let own = owners.get(tail);
    if (!own) {
      const list = tails.get(tail) ?? [];
      own = { byEnd: [...list].sort((a, b) => b.end - a.end), byStart: [...list].sort((a, b) => a.start - b.start) };
      owners.set(tail, own);
    }
    // The nearest owner before (by its end), else the nearest after (by its start).
    const target = firstWith(own.byEnd, (o) => o.end <= i) ?? firstWith(own.byStart, (o) => o.start >= end);
    if (!target) continue;
    for (let k = i; k < end; k++) covered[k] = 1;
    out.push(candidate('ref.short', target.type, i, end, target.name));
  }
  return out;
}

/** The first item of a list sorted so that `ok` holds on a suffix of it, by binary search. */
function firstWith<T>(sorted: T[], ok: (item: T) => boolean): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

/** A program named both X and X活动 (X项目, X慰问活动, X主题活动) in one text is one program, named X. */
export function mergeProgramVariants(mentions: Candidate[]): void {
  const names = new Set(mentions.filter((m) => m.type === 'program').map((m) => m.name));
  const stemOf = (name: string): string => name.replace(/(?:慰问|主题|系列|专项)?(活动|项目)$/, '');
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (m.type === 'program' && !(m.start >= (firstAt.get(m.name) ?? Infinity))) firstAt.set(m.name, m.start);
  for (const m of mentions) {
    if (m.type !== 'program') continue;
    const stem = stemOf(m.name);
    if (stem === m.name) continue;
    if (names.has(stem)) m.name = stem;
    else if (stem.length >= 3) {
      // “两节”送温暖活动 … 送温暖慰问活动: the stem ends the stem of exactly one other program of the
      // text (a longer one, or the same one named earlier).
      const at = firstAt.get(m.name) as number;
      const fits = [...names].filter((n) => {
        const s = stemOf(n);
        return n !== m.name && s.endsWith(stem) && (s.length > stem.length || (firstAt.get(n) as number) < at);
      });
      if (fits.length === 1) m.name = fits[0];
    }
  }
}

/** A program named with its place in front (乐至县零工驿站) is the program named without it (零工驿站). */
export function dropProgramPlaces(mentions: Candidate[], places: Candidate[]): void {
  const names = new Set(mentions.filter((m) => m.type === 'program').map((m) => m.name));
  const longestAt = new Map<number, Candidate>();
  for (const p of places) {
    const cur = longestAt.get(p.start);
    if (!cur || p.end > cur.end) longestAt.set(p.start, p);
  }
  for (const m of mentions) {
    if (m.type !== 'program') continue;
    const lead = longestAt.get(m.start);
    if (!lead || lead.end >= m.end) continue;
    const rest = m.name.slice(lead.end - lead.start);
    if (names.has(rest)) m.name = rest;
  }
}

/**
 * 李师傅, 王女士: a surname with an honorific is the one person of the text with that surname
 * and a full name (李卫国), when there is exactly one; the honorific form becomes an alias.
 */
export function linkHonorifics(ctx: Ctx, mentions: Candidate[]): void {
  // Full names by their first one and two characters (a surname may be compound).
  const byStart = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule === 'person.honorific' || m.name.length < 2 || m.name.length > 4) continue;
    for (const k of [1, 2]) {
      const key = m.name.slice(0, k);
      byStart.set(key, (byStart.get(key) ?? new Set()).add(m.name));
    }
  }
  const linked = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule !== 'person.honorific') continue;
    // Familiar forms (钟大姐, 王大爷) often stand for someone else of the same surname.
    const h = [...ctx.lex.linkedHonorifics].find((w) => m.name.endsWith(w) && m.name.length > w.length);
    if (!h) continue;
    const surname = m.name.slice(0, m.name.length - h.length);
    if (!linked.has(m.name)) {
      const names = [...(byStart.get(surname) ?? [])].filter((n) => n.length > surname.length && !n.endsWith(h));
      linked.set(m.name, names.length === 1 ? names[0] : null);
    }
    const to = linked.get(m.name);
    if (to) m.name = to;
  }
}

const ORDINAL = /^第[一二三四五六七八九十百0-9]+[届期次]/;

/**
 * Programs named in several ways within one text become one, named by the longest form:
 * “职工健康管家” and “职工健康管家”服务平台, 第二届X大赛 and X大赛.
 */
export function mergeProgramForms(ctx: Ctx, mentions: Candidate[]): void {
  const programs = mentions.filter((m) => m.type === 'program');
  const names = new Set(programs.map((m) => m.name));
  const longer = new Map<string, string>();
  for (const name of names) {
    const bare = name.replace(ORDINAL, '');
    if (bare === name) continue;
    // The plain form may also drop the owner's scope (全省), as the program walk does.
    for (const form of [bare, bare.replace(/^(全省|全市|全县|全区)/, '')]) if (form.length >= 4 && names.has(form)) longer.set(form, name);
  }
  for (const m of programs) {
    if (!m.rule.startsWith('quote.')) continue;
    const surface = ctx.text.slice(m.start, m.end);
    const core = /^[“‘"]([^”’"]{2,30})[”’"](.+)$/.exec(surface);
    if (!core || !names.has(core[1])) continue;
    const rest = core[2];
    // X活动 and X项目 are the program X (mergeProgramVariants); other suffixes name it in full.
    if (/^(活动|项目)$/.test(rest)) continue;
    if (!longer.has(core[1])) longer.set(core[1], m.name);
  }
  for (const m of programs) {
    const to = longer.get(m.name);
    if (to) m.name = to;
  }
  mergeProgramTails(programs);
}

/**
 * A program named by the tail of a longer program name used earlier in the same text
 * (江淮百万职工素质提升行动 … 素质提升行动) is that program, when exactly one longer name fits.
 * Only inside one text: across articles a tail (职工技能大赛) may be any program of that kind.
 */
function mergeProgramTails(programs: Candidate[]): void {
  const first = new Map<string, number>();
  for (const m of programs) if (!first.has(m.name) || m.start < (first.get(m.name) as number)) first.set(m.name, m.start);
  const to = new Map<string, string>();
  for (const [short, at] of first) {
    if (short.length < 4) continue;
    const fits = [...first].filter(([full, fullAt]) => full.length > short.length && full.endsWith(short) && fullAt < at);
    if (fits.length === 1) to.set(short, fits[0][0]);
  }
  for (const m of programs) {
    const full = to.get(m.name);
    if (full) m.name = full;
  }
}

/** True when the line holding `pos` reads as a headline: short, with no closing punctuation. */
function inHeadline(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos) + 1;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  return line.length <= 40 && !/[。！？!?]/.test(line);
}

/**
 * True when `short` contracts `full`: same first two characters and same last two (公司, 工会),
 * at least five characters, every character of `short` found in order in `full`, which is longer
 * by at least three (中铁七局三公司 / 中铁七局集团第三工程有限公司; 中交二航局六公司 / 中交第二航务工程局…第六工程分公司).
 */
export function isContraction(short: string, full: string): boolean {
  if (short.length < 5 || full.length < short.length + 3) return false;
  // Same first two and last two code units; then `short` a subsequence of `full`'s characters
  // (compared by code unit: a character outside the BMP never matches one code unit).
  const s = short.length;
  const f = full.length;
  if (short.charCodeAt(0) !== full.charCodeAt(0) || short.charCodeAt(1) !== full.charCodeAt(1)) return false;
  if (short.charCodeAt(s - 2) !== full.charCodeAt(f - 2) || short.charCodeAt(s - 1) !== full.charCodeAt(f - 1)) return false;
  let k = 0;
  for (let i = 0; i < f && k < s; i++) {
    const c = full.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(full.charCodeAt(i + 1))) i++;
    else if (c === short.charCodeAt(k)) k++;
  }
  return k === s;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The one name of `names` that `short` contracts, or undefined when none or several do. */
function onlyContractionOf(short: string, names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const n of names) {
    if (!isContraction(short, n)) continue;
    if (found !== undefined) return undefined;
    found = n;
  }
  return found;
}

/**
 * Organisations named with a short form of their place (大理州总工会) or without a leading
 * name part (湘雅医院) take the full name used in the same text, when exactly one fits.
 */
export function mergeOrganisationForms(ctx: Ctx, mentions: Candidate[], places: Candidate[]): void {
  const orgs = mentions.filter((m) => m.type === 'organisation');
  const names = [...new Set(orgs.map((m) => m.name))];
  const byName = new Set(names);
  const longestPlaceAt = new Map<number, Candidate>();
  for (const p of places) {
    const cur = longestPlaceAt.get(p.start);
    if (p.place && p.code && (!cur || p.end > cur.end)) longestPlaceAt.set(p.start, p);
  }
  // Longer names by each of their endings of four characters or more.
  const hostsOf = new Map<string, string[]>();
  for (const n of names) {
    // Not past a conjunction or a list mark (甲与湘雅医院 is a joined pair).
    const joiner = n.search(/[和与及、]/);
    for (let k = 1; n.length - k >= 4; k++) {
      if (joiner >= 0 && joiner < k) break;
      const tail = n.slice(k);
      const list = hostsOf.get(tail);
      if (list) list.push(n);
      else hostsOf.set(tail, [n]);
    }
  }
  const renames = new Map<string, string>();
  for (const m of orgs) {
    if (m.rule === 'ref.short' || m.rule === 'user.entry' || renames.has(m.name)) continue;
    const p = longestPlaceAt.get(m.start);
    if (p && p.end < m.end) {
      const rest = ctx.text.slice(p.end, m.end);
      // 江苏工会 in a headline over a text that names 江苏省总工会: the federation of that place (in
      // running text, 深圳工会 may mean the city's unions as a whole and stays apart).
      const forms = [p.name + rest, ...(rest === '工会' && inHeadline(ctx.text, m.start) ? [`${p.name}总工会`] : [])];
      const full = forms.find((f) => f !== m.name && byName.has(f));
      if (full) {
        renames.set(m.name, full);
        continue;
      }
    }
    if (m.name.length < 4) continue;
    // 湘雅医院 in a text that names 中南大学湘雅医院 (not 甲与湘雅医院, a joined pair).
    const hosts = hostsOf.get(m.name) ?? [];
    if (hosts.length === 1) {
      renames.set(m.name, hosts[0]);
      continue;
    }
    // 中铁七局三公司 in a text that names 中铁七局集团第三工程有限公司: a contraction of one full name.
    const long = onlyContractionOf(m.name, names);
    if (long) renames.set(m.name, long);
  }
  // Every mention of a renamed name (州总 read as 大理州总工会) follows it.
  for (const m of orgs) {
    const to = renames.get(m.name);
    if (to && m.rule !== 'user.entry') m.name = to;
  }
}
