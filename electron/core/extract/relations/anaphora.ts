import type { EntityMention } from '../../../shared/types';
import { DEMONSTRATIVE, ORG_HEADS, ORG_REFERENCE, PROGRAM_HEAD } from './lexicon';

const ORG_HEAD_END = new RegExp(`(?:${ORG_HEADS.join('|')})$`);
// A legal form after the head noun a text refers back with: `…食品集团有限公司` is `集团`.
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;
// Heads by which a text calls any company (`该厂` for `…电子有限公司`).
const COMPANY_HEAD = /^(?:厂|企业)$/;
const COMPANY_NAME = /(?:公司|集团)$/;

/** True when `name` has `head` as its head noun once its legal form is dropped, or `head` stands for any company. */
function headOf(name: string, head: string): boolean {
  if (COMPANY_HEAD.test(head)) return COMPANY_NAME.test(name);
  const core = name.replace(LEGAL_FORM, '');
  return core !== name && core.endsWith(head);
}

/** How far back (or ahead) a reference may reach, in characters: about one long article. */
export const REFERENCE_REACH = 4000;

/** Mentions of one type in text order, for finding what `该项目`, `大赛` or `该中心` refers back to. */
export class MentionIndex {
  constructor(private readonly items: EntityMention[]) {}

  /** The nearest mention ending at or before `pos` (and within REFERENCE_REACH) that `accept` admits. */
  before(pos: number, accept: (m: EntityMention) => boolean = () => true): EntityMention | null {
    // Programs are sorted by start and do not overlap, so ends are sorted too.
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.items[i].end >= pos - REFERENCE_REACH; i--) if (accept(this.items[i])) return this.items[i];
    return null;
  }

  /** The first mention starting at or after `pos` and before `limit` that `accept` admits. */
  after(pos: number, limit: number, accept: (m: EntityMention) => boolean = () => true): EntityMention | null {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.items.length && this.items[i].start < limit; i++) if (accept(this.items[i])) return this.items[i];
    return null;
  }

  /**
   * Resolves a noun phrase that refers back to a program (`该公益项目`, `此次活动`, `大赛`) at `pos`:
   * the nearest earlier program whose name contains the noun; with a demonstrative (`该`, `此次`),
   * failing that, the nearest earlier program. Null when the phrase is not such a noun.
   */
  resolve(phrase: string, pos: number): EntityMention | null {
    const trimmed = phrase.trim();
    const demonstrative = DEMONSTRATIVE.exec(trimmed);
    const noun = demonstrative ? trimmed.slice(demonstrative[0].length) : trimmed;
    if (noun.length === 0 || noun.length > 8 || !/^[\u4e00-\u9fa5A-Za-z0-9]+$/.test(noun)) return null;
    const head = PROGRAM_HEAD.exec(noun)?.[1];
    if (!head) return null;
    const byNoun = this.before(pos, (m) => m.name.includes(noun) || m.surface.includes(noun));
    if (byNoun) return byNoun;
    if (!demonstrative) return null;
    return this.before(pos, (m) => m.name.includes(head) || m.surface.includes(head)) ?? this.before(pos);
  }

  /**
   * Resolves `该中心`, `这家公司` (a demonstrative and an organisation's head noun) at `pos` to the
   * nearest earlier organisation whose name ends with that noun.
   */
  resolveOrganisation(phrase: string, pos: number): EntityMention | null {
    const m = ORG_REFERENCE.exec(phrase);
    return m ? this.byHead(m[1], pos) : null;
  }

  /**
   * Resolves a phrase standing for an organisation named before: `该联合工会` (a demonstrative and a
   * head noun) or a short tail of its name that ends with a head noun (`服务中心`).
   */
  resolvePhrase(phrase: string, pos: number): EntityMention | null {
    const trimmed = phrase.trim();
    const byReference = this.resolveOrganisation(trimmed, pos);
    if (byReference || trimmed.length > 12 || !ORG_HEAD_END.test(trimmed) || !/^[\u4e00-\u9fa5]+$/.test(trimmed)) return byReference;
    const tail = this.before(pos, (o) => o.name.endsWith(trimmed) && o.name.length > trimmed.length);
    // `街道工会` for `德胜街道总工会`: a union named without its 总.
    const general = /[^总]工会$/.test(trimmed) ? `${trimmed.slice(0, -2)}总工会` : null;
    return tail ?? (general ? this.before(pos, (o) => o.name.endsWith(general) && o.name.length > general.length) : null);
  }

  /**
   * The nearest organisation before `pos` whose name ends with the head noun (`公司`, `厂`, `车队`);
   * failing that, the nearest whose head it is behind a legal form (`集团` for `…集团有限公司`) or,
   * for `厂`/`企业`, the nearest company.
   */
  byHead(head: string, pos: number): EntityMention | null {
    return this.before(pos, (o) => o.name.endsWith(head)) ?? this.before(pos, (o) => headOf(o.name, head));
  }

  /**
   * The first organisation within reach before `pos` whose name ends with the head noun: what a
   * bare `公司` or `联合会` means in an article about one company or federation.
   */
  firstByHead(head: string, pos: number): EntityMention | null {
    const first = (accept: (o: EntityMention) => boolean): EntityMention | null => {
      let found: EntityMention | null = null;
      for (let m = this.before(pos, accept); m; m = this.before(m.start, accept)) found = m;
      return found;
    };
    return first((o) => o.name.endsWith(head)) ?? first((o) => headOf(o.name, head));
  }
}
