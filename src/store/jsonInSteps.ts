// An object written as JSON a slice at a time: a large imported graph's actors and relations are a few hundred
// thousand small objects, and handing them to IndexedDB as they are (a structured clone) held the page for 290 ms
// at 10,000 actors. The same graph as one string is cloned in a blink; building that string in steps between
// tasks keeps every step short.

/** Items of a long list written in one step. */
const ITEMS_PER_STEP = 1000;

/**
 * `JSON.stringify(value)` (no spaces, keys in the object's order), written list item by list item: yields after
 * each ITEMS_PER_STEP items of the object's own list fields, so a caller can pause between the steps.
 */
export function* jsonSteps(value: Readonly<Record<string, unknown>>): Generator<void, string> {
  const fields: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function') continue;
    if (!Array.isArray(field) || field.length <= ITEMS_PER_STEP) {
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(field)}`);
      continue;
    }
    const slices: string[] = [];
    for (let from = 0; from < field.length; from += ITEMS_PER_STEP) {
      slices.push(JSON.stringify(field.slice(from, from + ITEMS_PER_STEP)).slice(1, -1));
      yield;
    }
    fields.push(`${JSON.stringify(key)}:[${slices.join(',')}]`);
  }
  return `{${fields.join(',')}}`;
}
