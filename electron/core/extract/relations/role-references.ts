import type { EntityMention } from '../../../shared/types';
import type { MentionIndex } from './anaphora';
import { parentFromName } from './part-of';
import { BARE_ORG_HEADS, ORG_DEMONSTRATIVE, ORG_HEADS } from './lexicon';
import type { RoleLink } from './roles';
import { maskedBetween, MASK } from './sentence-view';
import type { SentenceView } from './sentence-view';
import { UNIT } from './titles';
import type { TitlePatterns } from './titles';

/** Patterns built once per title lexicon. */
interface ReferencePatterns {
  /** `该公司工会主席`, at a clause start `公司工会主席`, after `见到` `项目部工会主席`, right before a name. 1 = demonstrative, 2-4 = head, 5 = title. */
  reference: RegExp;
  /** `首任工会联合会主席由`, `副主席由`, `ORG主席由` at a clause start. 1 = head, 2 = title. */
  appointed: RegExp;
  /** `当选为联合工会主席`, `担任该公司副总经理` right after a name. 1 = demonstrative, 2 = head, 3 = title. */
  elected: RegExp;
  /** `其工会主席` right before a name. 1 = title. */
  possessive: RegExp;
}

const ORDINAL = '(?:首任|首届|新任|第一任|现任)?';
// Bare heads specific enough to refer back after a verb of meeting (`记者见到项目部工会主席X时`).
const SPECIFIC_BARE = '项目部|车队|工会联合会|联合工会';
const ORDINAL_NAME = /^(?:首任|首届|新任|第一任|现任)(.{2,})$/;
const LEAD = '^[\\s“”"]*';
// After the name: the verb of `由X兼任`.
const APPOINT_VERB = /^\s*(?:兼任|担任|出任|接任)/;
// Between `由` and the name: a short description (`来自A公司的`), never another clause.
const MAX_BY_GAP = 30;

const cache = new WeakMap<TitlePatterns, ReferencePatterns>();

function patternsFor(titles: TitlePatterns): ReferencePatterns {
  let p = cache.get(titles);
  if (!p) {
    const heads = ORG_HEADS.join('|');
    const bare = BARE_ORG_HEADS.join('|');
    p = {
      reference: new RegExp(`(?:(${ORG_DEMONSTRATIVE})(${heads})|${LEAD}${ORDINAL}(${bare})|(?<=见到|找到|采访|采访了|见到了)(${SPECIFIC_BARE}))${UNIT}(${titles.chain})$`),
      appointed: new RegExp(`${LEAD}${ORDINAL}(${heads}|${MASK}+)?${UNIT}(${titles.chain})由$`),
      possessive: new RegExp(`其${UNIT}(${titles.chain})$`),
      elected: new RegExp(`^\\s*(?:当选为|当选|被选为|被推选为|被任命为|担任|出任|兼任)(?:(${ORG_DEMONSTRATIVE})(${heads})|(${bare}))${UNIT}(${titles.chain})`),
    };
    cache.set(titles, p);
  }
  return p;
}

/**
 * The organisation a head noun refers back to at `pos`. Without a demonstrative, `X工会` before a
 * title is the union of X when the article named one (`段工会主席` after `…工务段工会`); otherwise
 * the head is X itself and `工会` stays in the title (`该公司工会主席` is a title at the company).
 */
function resolve(orgs: MentionIndex, head: string, title: string, bare: boolean, pos: number): { org: EntityMention; title: string } | null {
  if (bare && title.startsWith('工会') && title.length > 2) {
    const union = orgs.firstByHead(`${head}工会`, pos);
    if (union) return { org: union, title: title.slice(2) };
  }
  const org = (bare ? orgs.firstByHead(head, pos) : orgs.byHead(head, pos)) ?? (head === '集团' ? groupOfUnit(orgs, pos) : null);
  return org ? { org, title } : null;
}

const NO_NAMES: ReadonlySet<string> = new Set();
/** `集团工会副主席X` in an article that names only a unit of the group (`X集团有限公司Y分公司`): that group. */
function groupOfUnit(orgs: MentionIndex, pos: number): EntityMention | null {
  let parent: string | null = null;
  const unit = orgs.before(pos, (o) => {
    parent = parentFromName(o.name, NO_NAMES);
    return parent !== null && /集团(?:股份有限公司|有限责任公司|有限公司)?$/.test(parent);
  });
  return unit && parent ? { ...unit, name: parent, surface: parent } : null;
}

/**
 * Roles through references to an organisation named before: `该公司调度员X`, `该段党委副书记、工会主席X`,
 * a bare head at a clause start (`公司工会主席X说`), and appointments `首任联合会主席由X兼任，副主席由Y担任`
 * (the second title belongs to the organisation of the first), and `其工会主席X` for the organisation
 * named last in the paragraph (`named` indexes organisations and people), unless a person came after
 * it. People in `linked` already have a role in this sentence and are left alone.
 */
export function findReferenceRoles(
  view: SentenceView,
  orgs: MentionIndex,
  titles: TitlePatterns,
  linked: ReadonlySet<EntityMention>,
  named: MentionIndex,
  paragraphStart = -1,
): RoleLink[] {
  const p = patternsFor(titles);
  const links: RoleLink[] = [];
  let appointedOrg: EntityMention | null = null;
  for (const clause of view.clauses) {
    for (const person of view.mentions) {
      if (person.type !== 'person' || person.start < clause.start || person.end > clause.end) continue;
      const before = maskedBetween(view, clause.start, person.start);
      // `快递员X当选为联合工会主席`: the head after the verb refers back like one before the name (a second role).
      const elected = p.elected.exec(maskedBetween(view, person.end, clause.end));
      if (elected) {
        const found = resolve(orgs, elected[2] ?? elected[3], elected[4], elected[1] === undefined, clause.start);
        if (found) {
          links.push({ person, org: found.org, title: found.title });
          continue;
        }
      }
      const ref = linked.has(person) ? null : p.reference.exec(before);
      if (ref) {
        const bare = ref[1] === undefined;
        const found = resolve(orgs, ref[2] ?? ref[3] ?? ref[4], ref[5], bare, clause.start + ref.index);
        if (found) links.push({ person, org: found.org, title: found.title });
        continue;
      }
      const own = linked.has(person) ? null : p.possessive.exec(before);
      if (own) {
        // `其` stands for the organisation named last in the paragraph, unless a person was named after it.
        // A person as the sentence's subject (`钱芳在A公司工作，其师傅…`) is what 其 stands for.
        const at = clause.start + own.index;
        const subject = view.groups[0];
        const last = named.before(at, (m) => m.start > paragraphStart && (m.type === 'organisation' || m.type === 'person'));
        if (last?.type === 'organisation' && !(subject?.type === 'person' && subject.start < at)) links.push({ person, org: last, title: own[1] });
        continue;
      }
      if (!APPOINT_VERB.test(maskedBetween(view, person.end, clause.end))) continue;
      const by = before.lastIndexOf('由');
      if (by < 0 || before.length - by - 1 > MAX_BY_GAP) continue;
      const app = p.appointed.exec(before.slice(0, by + 1));
      if (!app) continue;
      let org: EntityMention | null;
      if (app[1]?.startsWith(MASK)) {
        const at = clause.start + app.index + app[0].indexOf(MASK);
        org = view.mentions.find((m) => m.start === at && m.type === 'organisation') ?? null;
        // A name that took the ordinal (`首任工会联合会`) is the head noun referring back.
        const head = org ? ORDINAL_NAME.exec(org.surface)?.[1] : undefined;
        if (head) org = orgs.firstByHead(head, clause.start);
      } else if (app[1]) org = orgs.firstByHead(app[1], clause.start);
      else org = appointedOrg;
      if (!org) continue;
      appointedOrg = org;
      links.push({ person, org, title: app[2] });
    }
  }
  return links;
}
