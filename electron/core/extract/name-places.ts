import type { Candidate, Ctx } from './context';
import { candidate, isBoundary } from './context';

const RANK: Record<string, number> = { province: 0, city: 1, county: 2, town: 3 };

// A place word run into a road, a street or a river inside a name (平度市广州路小学, 遇龙河): no place.
const NOT_AFTER = /^(?:路|街(?!道)|大街|大道|道(?!班)|巷|胡同|弄|河|江|湖|湾|桥|山|岛)/;

/**
 * Place candidates a name may hold: divisions of the gazetteer (a town written in full: a town's
 * short form inside a name is most often a word of its own), communities and villages, and zones
 * (某某经济技术开发区); not two short forms read as one (南充嘉陵), nor sites such as ports and stations.
 */
function placeOfName(ctx: Ctx, p: Candidate): boolean {
  if (p.type !== 'place' || p.rule === 'user.entry' || p.rule === 'place.split') return false;
  if (p.code) return p.place?.level !== 'town' || ctx.text.slice(p.start, p.end) === p.place.name;
  if (p.rule === 'place.site') return zoneSuffix(ctx, p.name) && !p.name.endsWith('站');
  return p.rule === 'place.local';
}

function zoneSuffix(ctx: Ctx, name: string): boolean {
  for (let k = 2; k <= Math.min(9, name.length - 1); k++) if (ctx.lex.zoneSuffixes.has(name.slice(-k))) return true;
  return false;
}

/**
 * The places written inside the organisations' names (长沙市 and 雨花区 in 长沙市雨花区总工会, 江西
 * in 江西安泰物流有限公司, a zone in 某某经济技术开发区总工会) as place mentions nested in the name,
 * at their own offsets, with the gazetteer's canonical name. Only places the place rules read there
 * (so the segmentation has had its say: 江西安泰 gives no 西安), none of the country's names (中国,
 * 华东), none run into a road, street or river (广州路). One place per span, longest first.
 */
export function namePlaces(ctx: Ctx, mentions: Candidate[], places: Candidate[]): Candidate[] {
  const taken = new Set(mentions.filter((m) => m.type === 'place').map((m) => `${m.start}:${m.end}`));
  const byStart = new Map<number, Candidate[]>();
  for (const p of places) {
    if (!placeOfName(ctx, p)) continue;
    const list = byStart.get(p.start) ?? [];
    list.push(p);
    byStart.set(p.start, list);
  }
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (m.type !== 'organisation' || m.rule.startsWith('ref')) continue;
    // A station's city (南昌 of 南昌站): the place rules leave a short form before 站 alone.
    const station = m.rule === 'org.station' && !byStart.has(m.start) ? stationPlace(ctx, m) : null;
    if (station && !taken.has(`${station.start}:${station.end}`)) {
      taken.add(`${station.start}:${station.end}`);
      out.push(station);
    }
    let at = m.start;
    while (at < m.end) {
      const p = (byStart.get(at) ?? [])
        .filter((c) => c.end <= m.end && (c.start > m.start || c.end < m.end) && fits(ctx, c, m))
        .sort((a, b) => b.end - a.end)[0];
      if (!p) {
        at++;
        continue;
      }
      if (!taken.has(`${p.start}:${p.end}`)) {
        taken.add(`${p.start}:${p.end}`);
        out.push(candidate('place.in-name', 'place', p.start, p.end, p.name, { place: p.place, code: p.code, nestable: true }));
      }
      at = p.end;
    }
  }
  return out;
}

function fits(ctx: Ctx, p: Candidate, host: Candidate): boolean {
  if (!isBoundary(ctx, p.start) || !isBoundary(ctx, p.end)) return false;
  // 副县长和县总工会: the segmenter reads 和 as a joiner, not as the start of a place.
  const first = ctx.tokens[ctx.tokenStartingAt[p.start]];
  if (first && first.end < p.end && /^[cp]$/.test(first.tag)) return false;
  // A community or village needs words the segmenter knows (卡上印着街道 is no place).
  if (!p.code) for (let k = p.start; k < p.end; k = ctx.tokens[ctx.tokenAt[k]].end) if (ctx.tokens[ctx.tokenAt[k]].tag === 'x') return false;
  if (p.end < host.end && NOT_AFTER.test(ctx.text.slice(p.end, host.end))) return false;
  return true;
}

/** The division a station's name starts with (南昌站, 郑州东站, 柳州火车站), or null when it is not one place. */
function stationPlace(ctx: Ctx, m: Candidate): Candidate | null {
  const stem = /^(.{2,4}?)(?:[东南西北]?站|火车站|高铁站)$/u.exec(ctx.text.slice(m.start, m.end))?.[1];
  if (!stem || !isBoundary(ctx, m.start + stem.length)) return null;
  // 南昌 is 南昌市 and 南昌县: a station takes the city's name, so the highest level wins when it is one place.
  const all = (ctx.gaz.byName.get(stem) ?? ctx.gaz.byShort.get(stem) ?? []).filter((p) => p.level !== 'town');
  const top = Math.min(...all.map((p) => RANK[p.level]));
  const places = all.filter((p) => RANK[p.level] === top);
  if (places.length !== 1) return null;
  return candidate('place.in-name', 'place', m.start, m.start + stem.length, places[0].name, { place: places[0], code: places[0].code, nestable: true });
}
