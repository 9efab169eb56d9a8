/// <reference lib="webworker" />
import { createLayoutHost } from './layoutHost.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';

// The layout worker's entry: the host does the work; this file only binds it to the worker's messages.
// Slices are queued through a MessageChannel rather than setTimeout, which browsers clamp to 4 ms when
// nested: a tenth of every 10 ms slice otherwise lost.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const queued: Array<() => void> = [];
channel.port1.onmessage = () => queued.shift()?.();

const receive = createLayoutHost({
  post: (reply: LayoutReply, transfer) => scope.postMessage(reply, transfer),
  schedule: (task) => {
    queued.push(task);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<LayoutRequest>) => receive(event.data);
