import type { EntityMention } from '../../../shared/types';
import { ORG_HEADS, ORG_NAME_END, SUB_UNIT_END, SUBORDINATE_GAP } from './lexicon';
import type { MentionIndex } from './anaphora';
import { maskedBetween } from './sentence-view';
import type { SentenceView } from './sentence-view';
import type { RelationSink } from './sink';

const MIN_PARENT = 4;
const NAME_SEPARATOR = /[·•]/;
const OWNED = /其(?:下属|旗下|所属)的?$/;
const REFERRED_BELONGS = new RegExp(`(?:这个|这家|这座|该|此)[^，,。；;\\uE000]{0,14}?(${ORG_HEADS.join('|')})[，,]?(?:隶属于|隶属|归属于|归属)$`);
const BELONGS = /^\s*(?:隶属于|隶属|归属于|归属)\s*$/;
const SUBSIDIARY = /^\s*的(?:下属|直属|所属|二级)?(?:单位|企业|子公司|分公司|分支机构|机构|分会)/;
const COMPANY_END = /(股份有限公司|有限责任公司|有限公司|公司)$/;
// What the rest of a name after a named parent must end with to be a unit of it (not `…主办`).
const UNIT_END = /(公司|集团|工会|委员会|办公室|部|处|科|室|中心|站|所|队|会|院|局|委|厅|馆|校|团|社|组|班|车间|宫|行|店|厂|矿|场|基金)$/;

/**
 * The parent organisation named inside an organisation's name: the longest other organisation
 * of the text that begins it when the rest names a unit (`平度市总工会` in `…女职工委员会`), else a
 * prefix that ends like an organisation when the rest is a sub-unit (`…支公司`, `…代表队`, `·…`)
 * or a company under a group (`X集团Y有限公司`).
 */
export function parentFromName(name: string, orgNames: ReadonlySet<string>): string | null {
  for (let i = name.length - 2; i >= MIN_PARENT; i--) {
    const rest = name.slice(i);
    if (orgNames.has(name.slice(0, i)) && (UNIT_END.test(rest) || NAME_SEPARATOR.test(rest[0]))) return name.slice(0, i);
  }
  // The union of a unit the text names in short (`…集团有限公司怀化工务段工会` and `怀化工务段`).
  if (name.endsWith('工会')) {
    for (let i = 1; i + 3 <= name.length - 2; i++) if (orgNames.has(name.slice(i, -2))) return name.slice(i, -2);
    // The union named by the short form of a unit the text names in full (`武威车务段工会` and `…集团有限公司武威车务段`).
    const unit = name.slice(0, -2);
    if (unit.length >= 3 && (UNIT_END.test(unit) || unit.endsWith('段')) && !unit.endsWith('会')) {
      for (const o of orgNames) if (o.length > unit.length && o.endsWith(unit)) return o;
    }
    // A company's union named by the company's core (`宏泰钢铁工会` and `湘潭宏泰钢铁有限公司`): the one company of the text.
    if (unit.length >= 3 && !unit.endsWith('会')) {
      const companies = [...orgNames].filter((o) => COMPANY_END.test(o) && o.replace(COMPANY_END, '').endsWith(unit) && o !== unit);
      if (companies.length === 1) return companies[0];
    }
  }
  const short = shortParent(name, orgNames);
  if (short) return short;
  for (let i = name.length - 2; i >= MIN_PARENT; i--) {
    const head = name.slice(0, i);
    const rest = name.slice(i);
    if (!ORG_NAME_END.test(head)) continue;
    if (SUB_UNIT_END.test(rest) || NAME_SEPARATOR.test(rest[0]) || (head.endsWith('集团') && isNamedCompany(rest))) return head;
  }
  return null;
}

/** True when every character of `short` appears in `full` in order (`中建八局二公司` in `中建八局第二建设有限公司`). */
function abbreviates(short: string, full: string): boolean {
  let k = 0;
  for (const ch of full) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * The parent company of a unit (`…有限公司X项目部`) when the text names it on its own only in short
 * (`中建八局二公司` for `中建八局第二建设有限公司`): an organisation of the text that abbreviates the
 * name's longest company prefix, with its first character and its head.
 */
function shortParent(name: string, orgNames: ReadonlySet<string>): string | null {
  for (let i = name.length - 2; i >= MIN_PARENT; i--) {
    const head = name.slice(0, i);
    const end = COMPANY_END.exec(head)?.[1];
    if (!end || !UNIT_END.test(name.slice(i))) continue;
    for (const o of orgNames) {
      if (o.length >= 5 && o.length < head.length && o[0] === head[0] && o.endsWith('公司') && !head.startsWith(o) && abbreviates(o, head)) return o;
    }
    return null;
  }
  return null;
}

/** `桦南林业局有限公司` names a company of its own; `有限公司` alone only ends its group's name. */
function isNamedCompany(rest: string): boolean {
  return rest.endsWith('公司') && rest.replace(COMPANY_END, '').length >= 2;
}

/** The organisation before `·` in a program's name (`深圳市职工发展基金会·龙华区暖工基金`). */
export function ownerFromProgramName(name: string, orgNames: ReadonlySet<string>): string | null {
  const sep = name.search(NAME_SEPARATOR);
  if (sep < MIN_PARENT) return null;
  const head = name.slice(0, sep);
  return orgNames.has(head) || ORG_NAME_END.test(head) ? head : null;
}

/**
 * Emits `part_of` from names (each organisation whose name contains its parent, once, on the
 * sentence of its first mention) and `organises`/设立 for a program named under an
 * organisation. `sentenceOf` gives the evidence sentence of a mention.
 */
export function emitNamePartOf(
  all: EntityMention[],
  sentenceOf: (m: EntityMention) => { start: number; end: number } | null,
  sink: RelationSink,
): void {
  const orgNames = new Set(all.filter((m) => m.type === 'organisation').map((m) => m.name));
  const done = new Set<string>();
  for (const m of all) {
    if (m.type !== 'organisation' && m.type !== 'program') continue;
    const key = `${m.type}:${m.name}:${m.type === 'program' ? m.surface : ''}`;
    if (done.has(key)) continue;
    const span = sentenceOf(m);
    if (!span) continue;
    done.add(key);
    if (m.type === 'organisation') {
      const parent = parentFromName(m.name, orgNames);
      if (parent) sink.add('part_of', m, { type: 'organisation', name: parent }, '', span, { via: 'name' });
    } else {
      // The canonical name may drop the owner that the text writes before `·`.
      const owner = ownerFromProgramName(m.name, orgNames) ?? ownerFromProgramName(m.surface, orgNames);
      if (owner) sink.add('organises', { type: 'organisation', name: owner }, m, '设立', span, { via: 'name' });
    }
  }
}

/**
 * Emits relations from adjacent names in a sentence: `A·B`, `A下属B`, `A旗下B`, or `AB` where B
 * names a sub-unit: B part_of A for organisations, A organises B (设立) for a program; `A隶属于B`,
 * `A是B的下属单位`; and `其下属的B` for the organisation named last in the paragraph (`named`).
 */
export function emitAdjacentPartOf(text: string, view: SentenceView, sink: RelationSink, named?: MentionIndex, paragraphStart = -1): void {
  const ms = view.mentions;
  // `其下属的B`: B under the organisation named last in the paragraph (unless a person came after it).
  for (const b of ms) {
    if (b.type !== 'organisation' || !named) continue;
    const own = OWNED.exec(text.slice(Math.max(view.start, b.start - 6), b.start));
    if (!own) continue;
    const owner = named.before(b.start - own[0].length, (m) => m.start > paragraphStart && (m.type === 'organisation' || m.type === 'person'));
    if (owner?.type === 'organisation') sink.add('part_of', b, owner, '', view);
  }
  // `这个只有11名职工的小站,隶属B`: the organisation a demonstrative and its head noun refer back to.
  for (const b of ms) {
    if (b.type !== 'organisation' || !named) continue;
    const lead = maskedBetween(view, Math.max(view.start, b.start - 30), b.start);
    const ref = REFERRED_BELONGS.exec(lead);
    if (!ref) continue;
    const unit = named.before(b.start - ref[0].length, (m) => m.type === 'organisation' && m.name.endsWith(ref[1]) && m.name !== b.name);
    if (unit) sink.add('part_of', unit, b, '', view);
  }
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.type !== 'organisation') continue;
    const gap = text.slice(a.end, b.start);
    // `A隶属于B`, `A是B的下属单位`.
    if (b.type === 'organisation' && (BELONGS.test(gap) || (/^\s*是\s*$/.test(gap) && SUBSIDIARY.test(text.slice(b.end, view.end))))) {
      sink.add('part_of', a, b, '', view);
      continue;
    }
    const match = SUBORDINATE_GAP.exec(gap);
    if (!match) continue;
    const marked = Boolean(match[1]);
    if (b.type === 'organisation' && (marked || SUB_UNIT_END.test(b.name))) sink.add('part_of', b, a, '', view);
    else if (b.type === 'program' && marked) sink.add('organises', a, b, '设立', view);
  }
}
