import type { Candidate, Ctx } from '../context';
import { candidate } from '../context';
import type { Recogniser } from '../rules/recogniser';

/**
 * Organisations whose names run together: a company and its branch or subsidiary
 * (龙江森工集团桦南林业局有限公司, …股份有限公司舟山中心支公司), and an organisation with a fund or
 * branch joined by a middle dot (深圳市职工发展基金会·龙华区暖工基金).
 */
/** A unit a company names after the site it works on or the place it serves (…项目部, 怀化工务段工会). */
const SITE_UNIT = /项目(?:经理)?部$/;
const COMPANY_END = /(?:公司|集团)$/;

/** Characters that join or introduce words (与, 在, 为): never a piece of a name cut off by the segmenter. */
const NOT_NAME_CHARS = new Set(['与', '和', '及', '同', '跟', '在', '向', '对', '为', '给', '把', '被', '由', '从', '到', '将', '的', '等', '是', '有', '获', '让', '请', '派', '帮', '送', '去', '来']);

/** A unit's own office named after a place (…动车段 + 北京南动车运用所, …车务段 + 白沙站): joins the branch or company before it. */
const UNIT_OFFICE = /(?:所|站|中心|工区|车间|车队|班组)$/;

function combineOrganisations(ctx: Ctx, named: readonly Candidate[], placeStarts: ReadonlySet<number> = new Set()): Candidate[] {
  const { text } = ctx;
  const byStart = new Map<number, Candidate[]>();
  for (const c of named) {
    const list = byStart.get(c.start) ?? [];
    list.push(c);
    byStart.set(c.start, list);
  }
  // The union or party body of a branch or unit found at the same start (重庆车务段 + 工会).
  const unitBody = (b: Candidate): boolean =>
    (b.cls === 'union' || b.cls === 'party') &&
    (byStart.get(b.start) ?? []).some((c) => c !== b && c.end < b.end && (c.cls === 'branch' || c.cls === 'unit') && b.name.startsWith(c.name));
  const joinable = (a: Candidate, b: Candidate, dot: boolean): boolean =>
    dot
      ? b.type === 'organisation' || /基金$/.test(b.name)
      : b.type === 'organisation' &&
        b.rule === 'org.suffix' &&
        (b.cls === 'company' ||
          b.cls === 'branch' ||
          (b.cls === 'gov' && /部$/.test(b.name) && b.end - b.start <= 4) ||
          // 中铁X局有限公司 + 中关村软件园二期项目部, …集团有限公司 + 怀化工务段工会: a company's unit named after a place or site.
          (COMPANY_END.test(a.name) && (SITE_UNIT.test(b.name) || (b.cls === 'union' && placeStarts.has(b.start)))) ||
          // …集团有限公司北京动车段 + 北京南动车运用所: an office of a branch or company named after a place.
          ((a.cls === 'branch' || a.cls === 'company') && UNIT_OFFICE.test(b.name) && placeStarts.has(b.start)) ||
          // 成都铁路局 + 重庆车务段工会: the union of a branch named after the body before it.
          unitBody(b));
  // …投资集团 + 高速公路 + 嘉兴管理中心: a unit named after its place, after the company and the
  // line of business it belongs to (nouns only between them).
  const lineUnits = (a: Candidate): Candidate[] => {
    if (!COMPANY_END.test(a.name)) return [];
    const out: Candidate[] = [];
    // …投资有限公司 + 遇 + 龙河分公司: one character the segmenter cut off the branch's place (遇/龙河).
    const cut = ctx.tokens[ctx.tokenStartingAt[a.end]];
    if (cut && cut.word.length === 1 && /^(v|vg|zg|ng|n|x)$/.test(cut.tag) && !NOT_NAME_CHARS.has(cut.word)) {
      const proper = /^(ns|nr|nz|x|j)$/.test(ctx.tokens[ctx.tokenStartingAt[cut.end]]?.tag ?? '');
      for (const b of byStart.get(cut.end) ?? []) if (b.rule === 'org.suffix' && b.cls === 'branch' && (proper || placeStarts.has(b.start))) out.push(b);
    }
    let k = ctx.tokenStartingAt[a.end];
    for (let pos = a.end; k >= 0 && pos - a.end <= 6; k++) {
      const t = ctx.tokens[k];
      if (!t || t.start !== pos || !/^(n|nz)$/.test(t.tag) || ctx.lex.orgSuffixes.has(t.word) || ctx.lex.titles.has(t.word)) break;
      pos = t.end;
      if (pos - a.end < 2) continue;
      for (const b of byStart.get(pos) ?? []) {
        if (b.rule === 'org.suffix' && placeStarts.has(b.start) && (b.cls === 'gov' || b.cls === 'unit' || b.cls === 'branch')) out.push(b);
      }
    }
    return out;
  };
  const out: Candidate[] = [];
  // Two rounds: a branch joined to its company may be followed by its own office (A + B + C).
  let left: readonly Candidate[] = named;
  for (let round = 0; round < 2 && left.length; round++) {
    const made: Candidate[] = [];
    for (const a of left) {
      if (a.type !== 'organisation') continue;
      const dot = text[a.end] === '·';
      for (const b of [...(byStart.get(dot ? a.end + 1 : a.end) ?? []), ...(dot ? [] : lineUnits(a))]) {
        if (b.start === a.end && !joinable(a, b, dot)) continue;
        // The branch inside (…集团有限公司北京动车段 of …北京南动车运用所) stays a mention of its own, the unit's parent.
        if (round > 0) a.nestable = true;
        // The whole reads as what its last part is (a branch, an office, a union).
        made.push(candidate('org.combined', 'organisation', a.start, b.end, a.name + (dot ? '·' : text.slice(a.end, b.start)) + b.name, { dropped: [...(a.dropped ?? []), ...(b.dropped ?? [])], cls: b.cls }));
      }
    }
    out.push(...made);
    left = made;
  }
  return out;
}

/** Organisations run together with their branch or fund, after the organisation and program rules. */
export const combineRules: Recogniser = {
  emits: ['org.combined'],
  run: (ctx, env) =>
    combineOrganisations(
      ctx,
      env.found.filter((c) => c.type === 'organisation' || c.type === 'program'),
      new Set(env.ofType('place').map((p) => p.start)),
    ),
};
