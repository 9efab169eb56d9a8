// The extractor asks the same questions of the same words again and again (every chunk test, alias and relation
// look-up; every part of a long text names mostly the same actors), so the answers of pure functions are kept.
// Bounded: past its limit a cache starts afresh, so a huge text of unique words cannot hold memory; starting afresh
// only costs recomputation.

/** Values remembered per string key, forgotten all at once when `limit` keys are held. */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  lookup(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Keeps `value` for `key` and returns it. */
  remember(key: string, value: V): V {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}

/** `compute` with its answers kept, at most `limit` of them at a time. */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const cache = new BoundedCache<V>(limit);
  return (key) => cache.lookup(key) ?? cache.remember(key, compute(key));
}
