import type { EntityMention } from '../../../shared/types';
import { ORG_NAME_END } from './lexicon';
import type { RelationSink } from './sink';
import type { SentenceView } from './sentence-view';
import type { TitlePatterns } from './titles';

/** A person named with a title at an organisation. */
export interface RoleLink {
  person: EntityMention;
  org: EntityMention;
  title: string;
  /** The mention before the title when `org` was derived from it (a name that swallowed `党组`). */
  named?: EntityMention;
}

const COPULA = /^\s*(是|系|为|任|现任|担任|出任|曾任|当选为|当选|被选为|被推选为|被任命为|新当选为)\s*$/;
const WORKS_AT = /^\s*所在(?:的)?\s*$/;
const APPOSITION = /^\s*[，,(（]\s*$/;
const AFTER_APPOSITION = /^\s*(?:[，,。；;！!？?、)）]|$|说|表示|介绍|指出|告诉)/;
// `主席张三、副主席李四`, `主席张三和副主席李四` (after 和/及 only with a title of its own).
const NEXT_IN_LIST = /^\s*(?:[、，,]|和|及|以及|与)\s*/;
// A party unit that a name swallowed from the title after it (`某市总工会党组` + `成员、副主席`).
const PARTY_UNIT = /(党组|党委|党总支|党支部)$/;

/**
 * The title between an organisation and a person, and the organisation it belongs to. When the
 * organisation's name ends with a party unit that starts the title (`…总工会党组` `成员、副主席`),
 * the unit goes back to the title and the role to the organisation named without it, if the
 * text names that one too.
 */
function prefixTitle(m: EntityMention, gap: string, titles: TitlePatterns, orgNames: ReadonlySet<string>): Omit<RoleLink, 'person'> | null {
  const unit = PARTY_UNIT.exec(m.name)?.[1];
  const rest = unit ? m.name.slice(0, -unit.length) : '';
  const folded = unit && (orgNames.has(rest) || ORG_NAME_END.test(rest)) ? titles.between.exec(unit + gap)?.[1] : undefined;
  if (!folded) {
    const title = titles.between.exec(gap)?.[1];
    return title ? { org: m, title } : null;
  }
  const cut = m.surface.endsWith(unit!) ? unit!.length : 0;
  const org = { ...m, name: rest, surface: m.surface.slice(0, m.surface.length - cut), end: m.end - cut };
  return { org, title: folded, named: m };
}

const fromPatterns = new WeakMap<TitlePatterns, RegExp>();
/** `来自A公司的网约车司机X`: after `来自ORG的`, a title with a short word of trade before it. */
function sentFromTitle(text: string, m: EntityMention, gap: string, titles: TitlePatterns): Omit<RoleLink, 'person'> | null {
  if (!text.slice(Math.max(0, m.start - 2), m.start).endsWith('来自')) return null;
  let re = fromPatterns.get(titles);
  if (!re) {
    re = new RegExp(`^\\s*的\\s*([\\u4e00-\\u9fa5]{1,4}?(?:${titles.chain}))\\s*$`);
    fromPatterns.set(titles, re);
  }
  const title = re.exec(gap)?.[1];
  return title ? { org: m, title } : null;
}

// An honour after the title, before the name (`高级技师、全国五一劳动奖章获得者X`): not part of the title.
const HONOUR = /、[^、，,。；;：:（()）]{1,14}?(?:获得者|劳动模范|劳模|技术能手|能工巧匠|工匠|标兵|先进个人|先进工作者|红旗手)\s*$/;

/** `ORG高级技师、全国五一劳动奖章获得者X`: the title before an honour. */
function honouredTitle(m: EntityMention, gap: string, titles: TitlePatterns): Omit<RoleLink, 'person'> | null {
  const honour = HONOUR.exec(gap);
  const title = honour ? titles.between.exec(gap.slice(0, honour.index))?.[1] : undefined;
  return title ? { org: m, title } : null;
}

/**
 * Finds `ORG TITLE PERSON` noun phrases (`深圳市职工发展基金会秘书长夏海燕`) among the mentions
 * of one sentence, including later people of a list (`主席张三、副主席李四`).
 */
export function findPrefixRoles(
  text: string,
  mentions: EntityMention[],
  titles: TitlePatterns,
  orgNames: ReadonlySet<string> = new Set(),
): RoleLink[] {
  const links: RoleLink[] = [];
  let previous: RoleLink | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    // `A焊接班班长、大连市劳动模范X`: a place inside an honour between the title and the name.
    if (m.type === 'organisation' && n.type === 'place' && mentions[i + 2]?.type === 'person') {
      const withPlace = honouredTitle(m, text.slice(m.end, mentions[i + 2].start), titles);
      if (withPlace) {
        previous = { person: mentions[i + 2], ...withPlace };
        links.push(previous);
        i++;
        continue;
      }
    }
    if (n.type !== 'person') {
      previous = null;
      continue;
    }
    const gap = text.slice(m.end, n.start);
    if (m.type === 'organisation') {
      const found = prefixTitle(m, gap, titles, orgNames) ?? sentFromTitle(text, m, gap, titles) ?? honouredTitle(m, gap, titles);
      if (found) {
        previous = { person: n, ...found };
        links.push(previous);
        continue;
      }
    }
    if (m.type === 'person' && previous?.person === m && NEXT_IN_LIST.test(gap)) {
      // `驾驶员魏某、牛某`: a name right after 、 shares the title before it.
      const rest = gap.replace(NEXT_IN_LIST, '');
      const title: string | undefined = rest === '' && /^\s*、\s*$/.test(gap) ? previous.title : titles.between.exec(rest)?.[1];
      if (title) {
        previous = { person: n, org: previous.org, title };
        links.push(previous);
        continue;
      }
    }
    previous = null;
  }
  return links;
}

/**
 * Emits `role` relations for one sentence: the prefix phrases already found, plus
 * `PERSON是ORG的一名TITLE` and `PERSON，ORG TITLE`.
 */
export function emitRoles(text: string, view: SentenceView, links: RoleLink[], titles: TitlePatterns, sink: RelationSink): void {
  for (const link of links) sink.add('role', link.person, link.org, link.title, view);
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const p = ms[i];
    const o = ms[i + 1];
    if (p.type !== 'person' || o.type !== 'organisation') continue;
    const gap = text.slice(p.end, o.start);
    // `他所在的A公司`: where the person works.
    if (WORKS_AT.test(gap)) {
      sink.add('role', p, o, '所在单位', view);
      continue;
    }
    const copula = COPULA.test(gap);
    if (!copula && !APPOSITION.test(gap)) continue;
    const rest = text.slice(o.end, view.end);
    const match = titles.after.exec(rest);
    if (!match) continue;
    if (!copula && !AFTER_APPOSITION.test(rest.slice(match[0].length))) continue;
    sink.add('role', p, o, match[1], view);
  }
}
