import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../extract/types.ts';
import type { ExtractRequest } from './messages.ts';
import { createTextInbox, requestMessages, SLICE_CHARS } from './textSlices.ts';

const ARTICLE: SourceDocument = { id: 'a', title: 'Kerry in Geneva', text: 'Kerry met Lavrov in Geneva on Friday.' };
/** Two slices and a bit, an emoji's two halves on either side of the first cut. */
const LONG: SourceDocument = {
  id: 'b',
  title: 'Long',
  text: `${'Kerry met Lavrov. '.repeat(SLICE_CHARS / 18)}`.slice(0, SLICE_CHARS - 1) + '🇬🇷' + 'Shoygu spoke. '.repeat(80_000),
};

const delivered = (messages: readonly ExtractRequest[]) => {
  const inbox = createTextInbox();
  let documents: SourceDocument[] = [];
  for (const message of messages) {
    if (message.kind === 'text') inbox.take(message);
    else if (message.kind === 'extract') documents = inbox.documentsOf(message);
  }
  return documents;
};

describe('requestMessages and the worker’s inbox', () => {
  it('sends an article’s request as one message', () => {
    expect(requestMessages(1, [ARTICLE])).toEqual([{ kind: 'extract', id: 1, documents: [ARTICLE] }]);
  });

  it('sends a long text a slice per message ahead of its request, and the worker gets every character back', () => {
    const messages = requestMessages(4, [ARTICLE, LONG]);
    expect(messages.map((message) => message.kind)).toEqual(['text', 'text', 'text', 'extract']);
    expect(messages.every((message) => message.kind !== 'text' || message.slice.length <= SLICE_CHARS)).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: 'extract', id: 4, documents: [ARTICLE, { ...LONG, text: '' }], sliced: [1] });
    expect(delivered(messages)).toEqual([ARTICLE, LONG]);
  });

  it('drops the slices of a request replaced or called off before its request came', () => {
    const first = requestMessages(1, [LONG]);
    const second = requestMessages(2, [{ ...LONG, id: 'c' }]);
    // The first request's slices, cut off by the second's: only the second is read, whole.
    expect(delivered([first[0]!, ...second])).toEqual([{ ...LONG, id: 'c' }]);
    // Called off: its slices are let go (a request of that id, never sent after a cancel, would find none).
    const inbox = createTextInbox();
    inbox.take(first[0] as Extract<ExtractRequest, { kind: 'text' }>);
    inbox.drop(1);
    expect(inbox.documentsOf(first.at(-1) as Extract<ExtractRequest, { kind: 'extract' }>)).toEqual([{ ...LONG, text: '' }]);
  });
});
