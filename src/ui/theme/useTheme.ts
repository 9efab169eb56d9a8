import { useCallback, useSyncExternalStore } from 'react';
import { chooseTheme, currentTheme, subscribeToTheme } from './documentTheme.ts';
import { otherTheme, type Theme } from './themeChoice.ts';

/** The theme on screen, re-rendering when it changes, and the switch to the other one. */
export function useTheme(): { theme: Theme; toggleTheme: () => void } {
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme);
  const toggleTheme = useCallback(() => chooseTheme(otherTheme(currentTheme())), []);
  return { theme, toggleTheme };
}
