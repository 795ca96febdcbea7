import type { DuplicateSuggestion, EntityType, GraphData, GraphNode, StoredEdit } from '../../shared/types';
import { foldText } from './search';

/** What duplicate detection needs besides the graph. */
export interface DuplicateOptions {
  /** Short forms and what they stand for at the end of a name (`市总` -> `市总工会`), from the app's lexicon. */
  shortForms?: ReadonlyMap<string, string>;
  /** The edit log: names the user split apart are never suggested again. */
  edits?: readonly StoredEdit[];
  limit?: number;
}

/** Punctuation and spacing that do not make two names different. */
const PUNCTUATION = /[\s·•・\-—–_.,，。、:：;；'"“”‘’「」『』《》〈〉()（）[\]【】]/gu;
/** Level suffixes of a place name that its short form drops (`深圳市` -> `深圳`). */
const PLACE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|省|市|县|区|镇|乡|州|旗|盟)$/u;
/** Shortest name part that stands on its own once a place prefix is dropped. */
const MIN_REST = 3;

/** A name without punctuation, spacing, width or case differences. */
export function plainName(name: string): string {
  return foldText(name).replace(PUNCTUATION, '');
}

function placeShort(place: string): string {
  const short = place.replace(PLACE_SUFFIX, '');
  return short.length >= 2 ? short : place;
}

/** The name with a trailing short form written out (`河池市总` -> `河池市总工会`), or null. */
function expanded(name: string, shortForms: ReadonlyMap<string, string>): string | null {
  for (const [short, full] of shortForms) if (name.endsWith(short) && name.length > short.length) return name.slice(0, -short.length) + full;
  return null;
}

/** The longest place (by the graph's place names) that starts `name`, with something left after it. */
function leadingPlace(name: string, places: readonly string[]): string | null {
  for (const p of places) if (name.length > p.length && name.startsWith(p)) return p;
  return null;
}

/**
 * Entities that look like one and the same, offered for merging: the same type and the same
 * name once punctuation, spacing, full-width forms and case are set aside (`variant`); once a
 * known short form is written out (`河池市总` / `河池市总工会`: `short form`); or up to a place
 * prefix (`深圳市职工发展基金会` / `职工发展基金会`, `广东省总工会` / `广东总工会`: `place prefix`).
 * A name without its place is offered only when exactly one entity bears that place, so that
 * the unions of two cities are never paired; places with different gazetteer codes, and names
 * the user split apart (`splitAlias`), are never paired. Largest groups by mentions first.
 */
export function duplicateSuggestions(graph: GraphData, options: DuplicateOptions = {}): DuplicateSuggestion[] {
  const shortForms = options.shortForms ?? new Map<string, string>();
  const entities = graph.nodes.filter((n) => n.type !== 'article');
  const places = [...new Set(entities.filter((n) => n.type === 'place').map((n) => plainName(n.name)))]
    .filter((p) => p.length >= 2)
    .sort((a, b) => b.length - a.length);
  const split = new Set<string>();
  const nameOf = new Map(entities.map((n) => [n.id, n.name]));
  for (const e of options.edits ?? []) {
    if (e.op !== 'splitAlias') continue;
    const from = nameOf.get(e.id);
    if (from) split.add([plainName(from), plainName(e.alias)].sort().join('\u0000'));
  }

  const groups = new Map<string, { reason: string; nodes: GraphNode[]; prefixed: Set<string> }>();
  const add = (type: EntityType, key: string, reason: string, node: GraphNode, place: string | null): void => {
    const k = `${type}\u0000${reason}\u0000${key}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { reason, nodes: [], prefixed: new Set() }));
    if (!g.nodes.includes(node)) g.nodes.push(node);
    if (place !== null) g.prefixed.add(place);
  };
  for (const node of entities) {
    const type = node.type as EntityType;
    const plain = plainName(node.name);
    add(type, plain, 'variant', node, null);
    const full = expanded(plain, shortForms);
    add(type, full ?? plain, 'short form', node, null);
    if (type === 'place') continue;
    const place = leadingPlace(plain, places);
    if (place) {
      const rest = plain.slice(place.length);
      if (rest.length >= MIN_REST) add(type, rest, 'place prefix', node, place);
      add(type, placeShort(place) + rest, 'place prefix', node, null);
    } else {
      add(type, plain, 'place prefix', node, null);
    }
  }

  const out: DuplicateSuggestion[] = [];
  const seen = new Set<string>();
  for (const g of groups.values()) {
    if (g.nodes.length < 2 || g.prefixed.size > 1) continue;
    const nodes = distinctFor(g.nodes, split);
    if (nodes.length < 2) continue;
    const key = nodes.map((n) => n.id).sort().join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = new Set(nodes.map((n) => plainName(n.name))).size === 1 ? 'variant' : g.reason;
    out.push({ ids: nodes.map((n) => n.id), names: nodes.map((n) => n.name), type: nodes[0].type as EntityType, reason });
  }
  const mentions = new Map(entities.map((n) => [n.id, n.mentions]));
  const weight = (s: DuplicateSuggestion): number => s.ids.reduce((sum, id) => sum + (mentions.get(id) ?? 0), 0);
  out.sort((a, b) => weight(b) - weight(a) || (a.ids[0] < b.ids[0] ? -1 : 1));
  return out.slice(0, Math.max(0, options.limit ?? 50));
}

/** The nodes of a group that may be one entity: places of one code, no pair the user split; most mentioned first. */
function distinctFor(nodes: GraphNode[], split: Set<string>): GraphNode[] {
  const sorted = [...nodes].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const kept: GraphNode[] = [];
  for (const n of sorted) {
    const clash = kept.some(
      (k) => (k.code !== undefined && n.code !== undefined && k.code !== n.code) || split.has([plainName(k.name), plainName(n.name)].sort().join('\u0000')),
    );
    if (!clash) kept.push(n);
  }
  return kept;
}
