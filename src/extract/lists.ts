// Reading "the one before" a position is what the patterns do most: the token before a name, the mention before
// another, the last word of a run. A JavaScript array read at index -1 is a look-up of the property named "-1", and
// V8 then compiles that read, for every later call too, as a generic property look-up instead of an element load:
// about twice as slow, on reads made hundreds of thousands of times per megabyte. These read nothing below zero.

/** The item at `index`, or undefined when `index` is before the first (or past the last). */
export function itemAt<T>(items: readonly T[], index: number): T | undefined {
  return index >= 0 ? items[index] : undefined;
}

/** The last item, or undefined when there is none. */
export function lastOf<T>(items: readonly T[]): T | undefined {
  return itemAt(items, items.length - 1);
}
