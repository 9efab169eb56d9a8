import { useTheme } from './useTheme.ts';
import './theme.css';

/**
 * The header's switch between the light and the dark theme: a toggle button named "Dark theme", pressed
 * while the dark theme shows. Until it is used the page follows the system's setting.
 */
export function ThemeToggle() {
  const { theme, toggleTheme } = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={toggleTheme}>
      <svg className="theme-toggle-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        {/* A crescent moon, filled while the dark theme is on: the state shows by shape, not colour alone. */}
        <path
          d="M13.5 10.2A6 6 0 0 1 5.8 2.5a6 6 0 1 0 7.7 7.7Z"
          fill={dark ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="theme-toggle-text">Dark theme</span>
    </button>
  );
}
