import { useEffect, useRef, type RefObject } from 'react';

// How a small pop-up (the Export menu, the relation-type list) goes away: Escape, a press outside it,
// or the focus moving out of it (Tab, or a click that focuses something else).

/** Why the pop-up closed: after Escape the caller puts the focus back on its button; otherwise it stays put. */
export type DismissedBy = 'escape' | 'outside';

/** While `open`, calls `close` when the user leaves `container` (its button and its pop-up) in any of those ways. */
export function useDismiss(
  container: RefObject<HTMLElement | null>,
  open: boolean,
  close: (by: DismissedBy) => void,
): void {
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  });

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node && container.current?.contains(target));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Handled here, so the app-wide Escape (clear the selection) leaves the selection alone.
      event.preventDefault();
      latestClose.current('escape');
    };
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) latestClose.current('outside');
    };
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) latestClose.current('outside');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [container, open]);
}
