// V8's full garbage collection for the bench, callable between timed runs without starting Node with --expose-gc
// (`npm run bench` runs under tsx): a run then starts from a heap holding no garbage of the run before it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A function that collects all garbage now: Node's own `gc` when exposed, else one exposed through V8's flags. */
export function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
