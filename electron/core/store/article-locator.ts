import type { Article } from '../../shared/types';
import type { ShardEntry } from './catalog';
import { readArticleAt, readArticlesAt, readShardIndex } from './shards';

/** How many articles stay in memory once read (evidence of one node's details touches a few hundred). */
const CACHED_ARTICLES = 2000;

interface Place {
  shard: ShardEntry;
  offset: number;
  length: number;
}

/**
 * Finds articles in the shards by id: an index of every article's shard and byte range, built
 * from the shards' small index files on first need, and a least-recently-used cache of the
 * articles read, so that evidence text is read lazily, an article (not a shard) at a time.
 */
export class ArticleLocator {
  private places: Map<string, Place> | null = null;
  private building: Promise<Map<string, Place>> | null = null;
  private readonly cache = new Map<string, Article>();

  constructor(
    private readonly dir: string,
    private readonly shards: () => readonly ShardEntry[],
  ) {}

  /** Ids of every stored article. */
  async ids(): Promise<Set<string>> {
    return new Set((await this.index()).keys());
  }

  /** Whether an article with this id is stored. */
  async has(id: string): Promise<boolean> {
    return (await this.index()).has(id);
  }

  /** The article with this id, or undefined. */
  async article(id: string): Promise<Article | undefined> {
    const hit = this.cache.get(id);
    if (hit) {
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    const place = (await this.index()).get(id);
    if (!place) return undefined;
    const article = await readArticleAt(this.dir, place.shard, place.offset, place.length);
    this.remember(article);
    return article;
  }

  /**
   * The articles with these ids (those stored), by id: the ones not in memory read a shard at a
   * time, each shard's through one file handle, the shards together.
   */
  async articles(ids: Iterable<string>): Promise<Map<string, Article>> {
    const out = new Map<string, Article>();
    const wanted = new Map<ShardEntry, Array<{ id: string; offset: number; length: number }>>();
    const places = await this.index();
    for (const id of new Set(ids)) {
      const hit = this.cache.get(id);
      if (hit) {
        out.set(id, hit);
        continue;
      }
      const place = places.get(id);
      if (!place) continue;
      const list = wanted.get(place.shard) ?? [];
      list.push({ id, offset: place.offset, length: place.length });
      wanted.set(place.shard, list);
    }
    await Promise.all(
      [...wanted].map(async ([shard, list]) => {
        const read = await readArticlesAt(this.dir, shard, list);
        read.forEach((article, i) => out.set(list[i].id, article));
      }),
    );
    for (const article of out.values()) this.remember(article);
    return out;
  }

  /** The shards holding the stored articles among these ids (none for ids not stored). */
  async shardsOf(ids: Iterable<string>): Promise<ShardEntry[]> {
    const places = await this.index();
    const out = new Set<ShardEntry>();
    for (const id of ids) {
      const place = places.get(id);
      if (place) out.add(place.shard);
    }
    return [...out];
  }

  /** Every stored article's place: its shard's id and the byte range of its line. */
  async placesById(): Promise<Map<string, { shard: number; offset: number; length: number }>> {
    const out = new Map<string, { shard: number; offset: number; length: number }>();
    for (const [id, p] of await this.index()) out.set(id, { shard: p.shard.id, offset: p.offset, length: p.length });
    return out;
  }

  /**
   * The articles at these places (as `placesById` gave them), by id, without the shards' indexes:
   * read a shard at a time. An article whose place is not (or no longer) its line is looked up
   * by id instead.
   */
  async articlesAt(wanted: ReadonlyArray<{ id: string; shard: number; offset: number; length: number }>): Promise<Map<string, Article>> {
    const out = new Map<string, Article>();
    const entries = new Map(this.shards().map((s) => [s.id, s]));
    const byShard = new Map<ShardEntry, Array<{ id: string; offset: number; length: number }>>();
    const lost: string[] = [];
    for (const w of wanted) {
      const hit = this.cache.get(w.id);
      if (hit) {
        out.set(w.id, hit);
        continue;
      }
      const entry = entries.get(w.shard);
      if (!entry || w.length <= 0) {
        lost.push(w.id);
        continue;
      }
      const list = byShard.get(entry) ?? [];
      list.push(w);
      byShard.set(entry, list);
    }
    await Promise.all(
      [...byShard].map(async ([shard, list]) => {
        const read = await readArticlesAt(this.dir, shard, list).catch(() => null);
        list.forEach((w, i) => {
          const article = read?.[i];
          if (article?.id === w.id) out.set(w.id, article);
          else lost.push(w.id);
        });
      }),
    );
    for (const article of out.values()) this.remember(article);
    if (lost.length > 0) for (const [id, article] of await this.articles(lost)) out.set(id, article);
    return out;
  }

  /** Keeps an article read elsewhere (a whole shard) for the next lookups. */
  remember(article: Article): void {
    this.cache.delete(article.id);
    this.cache.set(article.id, article);
    if (this.cache.size > CACHED_ARTICLES) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** A shard was committed: its articles join the index (if it is built). */
  added(shard: ShardEntry): void {
    if (!this.places) return;
    const places = this.places;
    this.building = readShardIndex(this.dir, shard).then((index) => {
      index.ids.forEach((id, i) => places.set(id, { shard, offset: index.offsets[i], length: index.lengths[i] }));
      return places;
    });
  }

  /** Forgets everything (after the catalog changed under this process). */
  reset(): void {
    this.places = null;
    this.building = null;
    this.cache.clear();
  }

  private index(): Promise<Map<string, Place>> {
    if (this.building) return this.building;
    this.building = (async () => {
      const places = new Map<string, Place>();
      const shards = this.shards();
      // The small index files read together, added in shard order.
      const indexes = await Promise.all(shards.map((shard) => readShardIndex(this.dir, shard)));
      indexes.forEach((index, k) => index.ids.forEach((id, i) => places.set(id, { shard: shards[k], offset: index.offsets[i], length: index.lengths[i] })));
      this.places = places;
      return places;
    })();
    return this.building;
  }
}
