import { describe, expect, it } from 'vitest';
import { runSteps } from '../lib/steps.ts';
import { extractGraph } from '../extract/index.ts';
import { documentFromText } from '../extract/document.ts';
import { jsonSteps } from './jsonInSteps.ts';

describe('jsonSteps', () => {
  it('writes a graph read from an article exactly as JSON.stringify does, keys in their order', () => {
    const graph = extractGraph([documentFromText('a', 'Turkey accused Russia of bombing rebels near Aleppo. Kerry met Lavrov in Geneva.')]);
    expect(runSteps(jsonSteps({ ...graph }))).toBe(JSON.stringify(graph));
  });

  it('writes a long list a slice at a time, pausing between slices, and joins them into the same JSON', () => {
    const actors = Array.from({ length: 2500 }, (_, i) => ({ id: `a${i}`, label: `Actor ${i}`, aliases: [], note: undefined }));
    const value = { format: 'actorgraph/1', actors, relations: [], extra: { kept: true }, gone: undefined };
    const steps = jsonSteps(value);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBe(3);
    expect(step.value).toBe(JSON.stringify(value));
    expect(JSON.parse(step.value)).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
