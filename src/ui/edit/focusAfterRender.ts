/**
 * Moves keyboard focus once React has drawn the change just made: a control that removed its own button (split
 * off, hide) would otherwise leave focus on the page's body, and the keyboard user at the top of the page.
 */
export function focusAfterRender(find: () => HTMLElement | null): void {
  requestAnimationFrame(() => find()?.focus());
}
