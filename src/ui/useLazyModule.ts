import { useEffect, useState } from 'react';

// Code the first drawing does not need (graph algorithms: metrics, paths, the table's degrees) loads in
// chunks of its own on first use, keeping the page's initial JavaScript within its budget. It comes from
// the page's own server in a few milliseconds; until then a component shows its plain state.

const loaded = new Map<() => Promise<unknown>, unknown>();
const loading = new Map<() => Promise<unknown>, Promise<unknown>>();

/**
 * The module `load` resolves to, once it has loaded; null before. `load` must be one stable function
 * (declared at module level), as it is the key under which the module is kept for every later caller.
 */
export function useLazyModule<Module extends object>(load: () => Promise<Module>): Module | null {
  const [module, setModule] = useState(() => (loaded.get(load) as Module | undefined) ?? null);
  useEffect(() => {
    if (module) return;
    let mounted = true;
    let pending = loading.get(load) as Promise<Module> | undefined;
    if (!pending) {
      pending = load().then((ready) => {
        loaded.set(load, ready);
        return ready;
      });
      loading.set(load, pending);
    }
    void pending.then((ready) => {
      if (mounted) setModule(() => ready);
    });
    return () => {
      mounted = false;
    };
  }, [load, module]);
  return module;
}
