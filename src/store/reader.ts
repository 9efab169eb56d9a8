import { createExtractClient } from '../worker/client.ts';

// The article reader the store runs on: the extraction worker's client, its worker started as this module loads.
// main.tsx imports it first, so the worker fetches its script and builds its language model while the rest of the
// page's modules are evaluated (React, the panes: 0.1–0.3 s on this machine), not after them. Where no worker can
// start, warmUp says nothing: the first text tries again and says why it cannot be read.

export const extractClient = createExtractClient();
extractClient.warmUp();
