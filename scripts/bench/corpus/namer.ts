import type { GazPlace, Gazetteer } from '../../../electron/core/extract/gazetteer';
import { shortForms } from '../../../electron/core/extract/gazetteer';
import type { Slot, Template } from './material';
import { companyName, personPool, placePools, programPool, random, shortOf, zipf, type PlacePools } from './pools';

/** Places at the start of a name (`河南省鹤壁市` of `河南省鹤壁市总工会`), each full or short. */
interface Prefix {
  chain: Array<{ place: GazPlace; short: boolean }>;
  length: number;
}

/**
 * Gives the entities of real sentences new names of the same type, consistently within one
 * article (one real entity becomes one new entity there), drawn from pools whose size grows with
 * the corpus, so that distinct entities grow as in a year of a paper: places from the gazetteer
 * (same level), organisations and place-bound programs with their place swapped, companies built
 * from places, people and programs from generated pools with Zipf-like popularity.
 */
export class Namer {
  private readonly rand: () => number;
  private readonly pools: PlacePools;
  private readonly people: string[];
  private readonly person: () => number;
  private readonly programs: string[];
  private readonly program: () => number;
  private mapping = new Map<string, string>();
  /** The places of this article: real place (code) to its new place. */
  private places = new Map<string, GazPlace>();
  private children: Map<string, GazPlace[]> | null = null;
  /** The real entities whose slots this article filled (type and canonical name). */
  private filled = new Set<string>();
  private prefixes = new Map<string, Prefix | null>();

  constructor(
    private readonly gaz: Gazetteer,
    articles: number,
    seed: number,
  ) {
    this.rand = random(seed);
    this.pools = placePools(gaz, this.rand);
    this.people = personPool(Math.max(500, Math.round(articles * 1.2)), this.rand);
    this.person = zipf(this.people.length, 1, this.rand);
    this.programs = programPool(Math.max(200, Math.round(articles * 0.15)), this.rand);
    this.program = zipf(this.programs.length, 0.9, this.rand);
  }

  /** Starts a new article: its entities get new names of their own. */
  startArticle(): void {
    this.mapping.clear();
    this.filled.clear();
    this.places.clear();
  }

  /** Distinct entities of the article so far: the filled slots' entities and the `credited` people. */
  articleEntities(credited: string[]): number {
    return this.filled.size + new Set(credited).size;
  }

  /** The template with its slots filled. */
  fill(t: Template): string {
    let out = t.parts[0];
    for (let i = 0; i < t.slots.length; i++) {
      this.filled.add(`${t.slots[i].type}\u0000${t.slots[i].name}`);
      out += this.surface(t.slots[i], /[“"《]$/u.test(t.parts[i])) + t.parts[i + 1];
    }
    return out;
  }

  /** A person from the pool (for bylines). */
  randomPerson(): string {
    return this.people[this.person()];
  }

  /** A city's short name (for datelines). */
  randomCity(): string {
    return shortOf(this.drawPlace('city'));
  }

  private drawPlace(level: GazPlace['level']): GazPlace {
    return this.pools.byLevel[level][this.pools.draw[level]()];
  }

  /**
   * The new place of a real place in this article, kept in line with the places renamed before:
   * a place inside one already renamed becomes a place inside its new place (`湖北省武汉市` stays a
   * city of its province, `深圳市总工会` and `深圳市` stay one city), else one drawn at its level.
   */
  private newPlace(original: GazPlace): GazPlace {
    const known = this.places.get(original.code);
    if (known) return known;
    let chosen: GazPlace | undefined;
    for (const [code, renamed] of this.places) {
      const other = this.gaz.byCode.get(code);
      if (!other) continue;
      if (within(original, other)) chosen = this.descendantAt(renamed, original.level) ?? chosen;
      else if (within(other, original)) chosen = [renamed, ...this.gaz.ancestors(renamed)].find((p) => p.level === original.level) ?? chosen;
      if (chosen) break;
    }
    chosen ??= this.drawPlace(original.level);
    this.places.set(original.code, chosen);
    return chosen;
  }

  /** A place of `level` inside `place`, chosen at random level by level (none when it has none). */
  private descendantAt(place: GazPlace, level: GazPlace['level']): GazPlace | undefined {
    if (!this.children) {
      this.children = new Map();
      for (const p of [...this.gaz.byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
        if (!p.parent) continue;
        const list = this.children.get(p.parent.code) ?? [];
        list.push(p);
        this.children.set(p.parent.code, list);
      }
    }
    let at: GazPlace | undefined = place;
    while (at && at.level !== level) {
      const list = this.children.get(at.code);
      at = list?.[Math.floor(this.rand() * list.length)];
    }
    return at;
  }

  /** The new canonical name of a slot's entity in this article. */
  private renamed(slot: Slot, make: () => string): string {
    const key = `${slot.type}\u0000${slot.name}`;
    let name = this.mapping.get(key);
    if (name === undefined) {
      name = make();
      this.mapping.set(key, name);
    }
    return name;
  }

  /** The new text of a slot (`quoted`: the text before it opens a quote). */
  private surface(slot: Slot, quoted: boolean): string {
    switch (slot.type) {
      case 'place':
        return this.placeSurface(slot);
      case 'person': {
        const name = this.renamed(slot, () => this.people[this.person()]);
        if (slot.surface === slot.name) return name;
        // 周主席 for 周建平: keep what follows the surname.
        if (slot.surface[0] === slot.name[0] && !slot.name.includes(slot.surface)) return name[0] + slot.surface.slice(1);
        return name;
      }
      case 'organisation':
        return this.boundSurface(slot, (p) => (/公司|集团|厂$/.test(slot.name) ? companyName(shortOf(p), this.rand) : null));
      case 'program': {
        // A name of the program pool only where the page quotes one (`“春风行动”`, or quotes around
        // the slot): a page writes such names in quotes, and unquoted they read as no name at all.
        // Unquoted descriptive names (`技能提升培训班`) keep their words, their place swapped.
        const inQuotes = /^[“"]/u.test(slot.surface);
        const free = inQuotes || quoted ? () => this.programs[this.program()] : undefined;
        const name = this.boundSurface(slot, () => null, free);
        return inQuotes && !/^[“"]/u.test(name) ? `“${name}”` : name;
      }
    }
  }

  private placeSurface(slot: Slot): string {
    const original = (slot.code ? this.gaz.byCode.get(slot.code) : undefined) ?? this.gaz.byName.get(slot.name)?.[0];
    if (!original) return slot.surface;
    const name = this.renamed(slot, () => this.newPlace(original).name);
    if (slot.surface === slot.name) return name;
    const place = this.gaz.byName.get(name)?.[0];
    return place && shortForms(original.name, original.level).includes(slot.surface) ? shortOf(place) : name;
  }

  /**
   * A name bound to a place (`长沙市总工会`, `湖南省总工会`): the place swapped for another of
   * its level (`custom` may build another kind of name on the new place); names without a
   * place are kept (national bodies), or replaced by `free` when given.
   */
  private boundSurface(slot: Slot, custom: (p: GazPlace) => string | null, free?: () => string): string {
    const prefix = this.prefixOf(slot.name);
    if (!prefix) return free ? this.renamed(slot, free) : slot.surface;
    const name = this.renamed(slot, () => {
      const deepest = prefix.chain[prefix.chain.length - 1];
      const swapped = this.newPlace(deepest.place);
      // The new place with as many of its ancestors as the old name named, written the same way.
      const line = [swapped, ...this.gaz.ancestors(swapped)].slice(0, prefix.chain.length).reverse();
      const head = line.map((p, i) => (prefix.chain[i + prefix.chain.length - line.length].short ? shortOf(p) : p.name)).join('');
      return custom(swapped) ?? head + slot.name.slice(prefix.length);
    });
    if (slot.surface === slot.name) return name;
    // A short form of the same name (深圳市总 for 深圳市总工会): swap its place the same way.
    const oldHead = slot.name.slice(0, prefix.length);
    const newPrefix = this.prefixOf(name);
    if (!newPrefix || !slot.surface.startsWith(oldHead)) return name;
    return name.slice(0, newPrefix.length) + slot.surface.slice(oldHead.length);
  }

  /** The places (gazetteer names or short forms, longest first) that start `name` and leave something after them. */
  private prefixOf(name: string): Prefix | null {
    const known = this.prefixes.get(name);
    if (known !== undefined) return known;
    const chain: Prefix['chain'] = [];
    let at = 0;
    for (let found = true; found; ) {
      found = false;
      for (let length = Math.min(name.length - at - 1, 12); length >= 2; length--) {
        const head = name.slice(at, at + length);
        const full = this.gaz.byName.get(head)?.[0];
        const place = full ?? this.gaz.byShort.get(head)?.[0];
        if (!place || place.level === 'town') continue;
        chain.push({ place, short: !full });
        at += length;
        found = true;
        break;
      }
    }
    const hit = chain.length > 0 ? { chain, length: at } : null;
    this.prefixes.set(name, hit);
    return hit;
  }
}

/** Whether `inner` lies inside `outer` (strictly). */
function within(inner: GazPlace, outer: GazPlace): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p.code === outer.code) return true;
  return false;
}
