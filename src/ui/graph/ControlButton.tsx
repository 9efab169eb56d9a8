import type { ComponentPropsWithRef, ReactNode } from 'react';

/**
 * One icon button of the graph's view controls: `name` is its accessible name and tooltip (with its
 * shortcut, if any); `children` its 20×20 line icon. Other button props (a ref, ARIA state) pass through.
 */
export function ControlButton({
  name,
  shortcut,
  children,
  ...button
}: { name: string; shortcut?: string | undefined; children: ReactNode } & Omit<
  ComponentPropsWithRef<'button'>,
  'children' | 'title' | 'aria-label' | 'type' | 'className'
>) {
  return (
    <button
      {...button}
      type="button"
      className="graph-control"
      aria-label={name}
      title={shortcut ? `${name} (${shortcut})` : name}
      aria-keyshortcuts={shortcut}
    >
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {children}
      </svg>
    </button>
  );
}
