import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The page gold sets (development and held-out) are what every extraction figure in the README is
// measured against: a relation whose end is not a listed entity, or an article whose first words are
// not on its page, would silently count as a miss. This checks each set's own consistency only; it
// prints no extractor output.

const FIXTURES = join(__dirname, '..', 'fixtures');
const ENTITY_TYPES = new Set(['organisation', 'person', 'place', 'program']);
const RELATION_TYPES = new Set(['role', 'organises', 'partner', 'founded', 'part_of', 'located_in', 'participates']);
const squash = (s: string): string => s.replace(/[\s“”"'‘’]/g, '');

interface Gold {
  articles?: Array<{ firstWords: string }>;
  entities?: Array<{ type: string; name: string; aliases?: string[] }>;
  relations?: Array<{ type: string; source: string; target: string }>;
}

const sets = readdirSync(FIXTURES).filter((d) => /^(dev-real|holdout-real)/.test(d));

describe.each(sets)('gold set %s', (set) => {
  const dir = join(FIXTURES, set);
  const pages = readdirSync(dir).filter((f) => /^page-\d+\.gold\.json$/.test(f));

  it('has pages with gold', () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages)('%s: first words on the page once, relation ends listed, known types', (file) => {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
    const text = squash(readFileSync(join(dir, file.replace('.gold.json', '.txt')), 'utf8'));
    const problems: string[] = [];
    for (const a of gold.articles ?? []) {
      const key = squash(a.firstWords);
      const first = text.indexOf(key);
      if (first < 0) problems.push(`first words not on the page: ${a.firstWords}`);
      else if (text.indexOf(key, first + 1) >= 0) problems.push(`first words twice on the page: ${a.firstWords}`);
    }
    const names = new Map<string, string>();
    for (const e of gold.entities ?? []) {
      if (!ENTITY_TYPES.has(e.type)) problems.push(`entity type ${e.type} of ${e.name}`);
      if (names.has(e.name)) problems.push(`entity listed twice: ${e.name}`);
      names.set(e.name, e.type);
    }
    for (const r of gold.relations ?? []) {
      if (!RELATION_TYPES.has(r.type)) problems.push(`relation type ${r.type}`);
      for (const end of [r.source, r.target]) if (!names.has(end)) problems.push(`${r.type} end not an entity: ${end}`);
    }
    expect(problems).toEqual([]);
  });
});
