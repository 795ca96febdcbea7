interface BaseOrder<K, V> {
  keys: K[];
  values: V[];
  /** Key -> its position in `keys`. */
  index: Map<K, number>;
}

// The keys and values of a base map in order, and each key's position, computed once: a base
// never changes (the size check only guards against misuse).
const orders = new WeakMap<ReadonlyMap<unknown, object>, BaseOrder<unknown, object>>();

function baseOrder<K, V extends object>(base: ReadonlyMap<K, V>): BaseOrder<K, V> {
  let order = orders.get(base) as BaseOrder<K, V> | undefined;
  if (!order || order.keys.length !== base.size) {
    const keys = [...base.keys()];
    const index = new Map<K, number>();
    for (let i = 0; i < keys.length; i++) index.set(keys[i], i);
    order = { keys, values: [...base.values()], index };
    orders.set(base, order);
  }
  return order;
}

/**
 * A Map over a base map that it never changes: writes go to this layer, so that many layers
 * can share one base. Iteration order is that of a copy of the base changed the same way
 * (base keys in base order, a replaced value in its key's place, new keys after them in
 * insertion order; a deleted and re-added key goes to the end), so code that walks it gives
 * the same result as on a plain Map.
 */
export class LayeredMap<K, V extends object> extends Map<K, V> {
  // The Map itself (super) holds the keys added in this layer that are not live base keys.
  /** Base keys given another value in this layer. */
  private readonly replaced = new Map<K, V>();
  /** Base keys deleted in this layer. */
  private readonly deleted = new Set<K>();

  constructor(private readonly base: ReadonlyMap<K, V>) {
    super();
  }

  /**
   * What this layer did to the base's entries, by their position in the base's order, ascending:
   * a new value, or null when deleted. Empty when it changed none.
   */
  baseChanges(): Array<{ at: number; value: V | null }> {
    if (this.keepsBase) return [];
    const { index } = baseOrder(this.base);
    const out: Array<{ at: number; value: V | null }> = [];
    for (const key of this.deleted) out.push({ at: index.get(key) as number, value: null });
    for (const [key, value] of this.replaced) out.push({ at: index.get(key) as number, value });
    return out.sort((a, b) => a.at - b.at);
  }

  /** True when the layer has changed nothing of its base (it may have added keys). */
  get keepsBase(): boolean {
    return this.replaced.size === 0 && this.deleted.size === 0;
  }

  /** A layer over the same base with the same changes, to go on changing apart from this one. */
  copy(): LayeredMap<K, V> {
    const next = new LayeredMap<K, V>(this.base);
    for (const [k, v] of this.replaced) next.replaced.set(k, v);
    for (const k of this.deleted) next.deleted.add(k);
    for (const [k, v] of super.entries()) Map.prototype.set.call(next, k, v);
    return next;
  }

  /** Values this layer put in (new values of base keys, then values of added keys). */
  *changedValues(): IterableIterator<V> {
    yield* this.replaced.values();
    yield* super.values();
  }

  /** Base keys this layer deleted (some may have been added again: see `addedValues`). */
  deletedKeys(): IterableIterator<K> {
    return this.deleted.values();
  }

  /** Values under keys this layer added (not live in the base), in insertion order. */
  addedValues(): IterableIterator<V> {
    return super.values();
  }

  override get size(): number {
    return this.base.size - this.deleted.size + super.size;
  }

  override get(key: K): V | undefined {
    const own = super.get(key);
    if (own !== undefined) return own;
    if (this.deleted.has(key)) return undefined;
    return this.replaced.get(key) ?? this.base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || (this.base.has(key) && !this.deleted.has(key));
  }

  override set(key: K, value: V): this {
    if (!super.has(key) && this.base.has(key) && !this.deleted.has(key)) this.replaced.set(key, value);
    else super.set(key, value);
    return this;
  }

  override delete(key: K): boolean {
    if (super.delete(key)) return true;
    if (!this.base.has(key) || this.deleted.has(key)) return false;
    this.deleted.add(key);
    this.replaced.delete(key);
    return true;
  }

  override clear(): void {
    for (const key of this.base.keys()) this.deleted.add(key);
    this.replaced.clear();
    super.clear();
  }

  override forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    if (this.keepsBase) this.base.forEach((value, key) => fn.call(thisArg, value, key, this));
    else {
      // The base's entries by position, with this layer's changes put in their places.
      const { keys, values, index } = baseOrder(this.base);
      const current: (V | undefined)[] = values.slice();
      for (const key of this.deleted) current[index.get(key) as number] = undefined;
      for (const [key, value] of this.replaced) current[index.get(key) as number] = value;
      for (let i = 0; i < current.length; i++) {
        const value = current[i];
        if (value !== undefined) fn.call(thisArg, value, keys[i], this);
      }
    }
    super.forEach((value, key) => fn.call(thisArg, value, key, this));
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      if (!this.deleted.has(key)) yield [key, this.replaced.get(key) ?? value];
    }
    yield* super.entries();
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** A Set that refuses changes once built: the shared, frozen base of a layer must not change. */
export class SealedSet<T> extends Set<T> {
  private readonly sealed: boolean;

  constructor(items?: Iterable<T>) {
    // The Set constructor adds the items through `add`, before `sealed` is set.
    super(items);
    this.sealed = true;
  }

  override add(value: T): this {
    if (this.sealed) throw new TypeError('a sealed set cannot change');
    return super.add(value);
  }

  override delete(value: T): boolean {
    if (this.sealed) throw new TypeError('a sealed set cannot change');
    return super.delete(value);
  }

  override clear(): void {
    if (this.sealed) throw new TypeError('a sealed set cannot change');
    super.clear();
  }
}
