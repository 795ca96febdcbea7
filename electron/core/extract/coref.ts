import { isBreak, isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';

/**
 * Short references within a text: a bare 基金会 after 深圳市职工发展基金会, 文化宫 or 工人文化宫
 * after 平度市工人文化宫, 大赛 after the contest. Each becomes a mention of the full entity
 * (the nearest one before it, else the nearest after). Returns the new mentions.
 */
export function resolveShortReferences(ctx: Ctx, mentions: Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  const tails = new Map<string, Candidate[]>();
  for (const m of mentions) {
    if ((m.type !== 'organisation' && m.type !== 'program') || m.rule.startsWith('ref')) continue;
    const surface = text.slice(m.start, m.end);
    const words = ctx.seg.tokens(surface, true);
    for (let k = 1; k < words.length; k++) {
      const tail = surface.slice(words[k].start);
      if (tail.length < 2 || tail.length === surface.length) continue;
      const endsInRef = [...lex.shortReferences].some((s) => tail.endsWith(s));
      if (!endsInRef) continue;
      const list = tails.get(tail) ?? [];
      list.push(m);
      tails.set(tail, list);
    }
  }
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) covered[k] = 1;
  const out: Candidate[] = [];
  const byLength = [...tails.keys()].sort((a, b) => b.length - a.length);
  for (const tail of byLength) {
    for (let i = text.indexOf(tail); i >= 0; i = text.indexOf(tail, i + 1)) {
      const end = i + tail.length;
      let free = true;
      for (let k = i; k < end; k++) if (covered[k]) free = false;
      if (!free) continue;
      const left = i === 0 || isBreak(text[i - 1]) || isBoundary(ctx, i);
      const right = end >= text.length || !isHan(text[end]) || isBoundary(ctx, end);
      if (!left || !right) continue;
      if (text[i - 1] === '为' && /以[^，。]{0,10}为$/.test(text.slice(Math.max(0, i - 12), i))) continue;
      const owners = tails.get(tail) ?? [];
      const before = owners.filter((o) => o.end <= i).sort((a, b) => b.end - a.end)[0];
      const after = owners.filter((o) => o.start >= end).sort((a, b) => a.start - b.start)[0];
      const target = before ?? after;
      if (!target) continue;
      for (let k = i; k < end; k++) covered[k] = 1;
      out.push({ type: target.type, start: i, end, name: target.name, priority: 30, rule: 'ref' });
    }
  }
  return out;
}

/** A program named both X and X活动 (or X项目) in one text is one program, named X. */
export function mergeProgramVariants(mentions: Candidate[]): void {
  const names = new Set(mentions.filter((m) => m.type === 'program').map((m) => m.name));
  for (const m of mentions) {
    if (m.type !== 'program') continue;
    const stem = m.name.replace(/(活动|项目)$/, '');
    if (stem !== m.name && names.has(stem)) m.name = stem;
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
