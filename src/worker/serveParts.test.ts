import { describe, expect, it } from 'vitest';
import { extractPart, partsOf } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { SecondReaderReply, SecondReaderRequest } from './messages.ts';
import { serveParts, type ReaderScope } from './serveParts.ts';

const ARTICLE: SourceDocument = {
  id: 'd1',
  title: 'Talks',
  text: 'Kerry met Lavrov in Geneva on Friday.\n\nRussia and the United States agreed on talks.\n\n'.repeat(40),
};
const PARTS = partsOf([ARTICLE], 512);

/** The second worker's scope: the test sends it requests; `turn` lets it go on to its next part. */
function served() {
  const listeners: Array<(event: MessageEvent<SecondReaderRequest>) => void> = [];
  const replies: SecondReaderReply[] = [];
  const turns: Array<() => void> = [];
  let prepared = 0;
  const scope: ReaderScope = {
    postMessage: (reply) => replies.push(reply),
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  serveParts(scope, () => (prepared += 1), () => new Promise<void>((resolve) => turns.push(resolve)));
  return {
    replies,
    prepared: () => prepared,
    send: (request: SecondReaderRequest) => listeners.forEach((listener) => listener({ data: request } as MessageEvent<SecondReaderRequest>)),
    turn: async () => {
      turns.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('serveParts', () => {
  it('builds the model and says ready when the documents come, then reads the parts it is handed in that order', async () => {
    const second = served();
    second.send({ kind: 'documents', id: 1, documents: [ARTICLE] });
    expect(second.prepared()).toBe(1);
    expect(second.replies).toEqual([{ kind: 'ready', id: 1 }]);
    second.send({ kind: 'part', id: 1, index: 2, part: PARTS[2]! });
    second.send({ kind: 'part', id: 1, index: 0, part: PARTS[0]! });
    expect(second.replies.slice(1)).toEqual([{ kind: 'part-read', id: 1, index: 2, graph: extractPart([ARTICLE], PARTS[2]!) }]);
    await second.turn();
    expect(second.replies.slice(2)).toEqual([{ kind: 'part-read', id: 1, index: 0, graph: extractPart([ARTICLE], PARTS[0]!) }]);
  });

  it('stops at its next part when its request is over, and reads no part of another request', async () => {
    const second = served();
    second.send({ kind: 'documents', id: 1, documents: [ARTICLE] });
    second.send({ kind: 'part', id: 1, index: 0, part: PARTS[0]! });
    second.send({ kind: 'part', id: 1, index: 1, part: PARTS[1]! });
    second.send({ kind: 'stop', id: 1 });
    await second.turn();
    second.send({ kind: 'part', id: 1, index: 2, part: PARTS[2]! });
    second.send({ kind: 'part', id: 7, index: 3, part: PARTS[3]! });
    expect(second.replies.map((reply) => reply.kind === 'part-read' && reply.index)).toEqual([false, 0]);
  });

  it('reads a newer request’s parts with its own documents', () => {
    const second = served();
    const other: SourceDocument = { ...ARTICLE, id: 'd2' };
    second.send({ kind: 'documents', id: 1, documents: [ARTICLE] });
    second.send({ kind: 'documents', id: 2, documents: [other] });
    second.send({ kind: 'part', id: 2, index: 0, part: PARTS[0]! });
    expect(second.replies.at(-1)).toEqual({ kind: 'part-read', id: 2, index: 0, graph: extractPart([other], PARTS[0]!) });
  });
});
