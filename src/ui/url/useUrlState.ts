import { useEffect } from 'react';
import { appStore } from '../../store/index.ts';
import { syncUrlWithStore } from './urlSync.ts';

/**
 * Keeps the address bar saying the view shown, and shows the view it says (on opening a link, on Back
 * and Forward). Mount once, at the top of the app.
 */
export function useUrlState(): void {
  useEffect(() => syncUrlWithStore(appStore, window), []);
}
