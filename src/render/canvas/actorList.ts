import { nodeAriaLabel } from '../linkStyle.ts';
import { isArrowKey, type ArrowKey } from '../neighbourInDirection.ts';
import type { SceneNode } from '../GraphRenderer.ts';

// The Canvas renderer's accessible layer: a visually hidden list with one button per drawn actor, named
// as the SVG renderer names its nodes ("Assad, person, 5 mentions") and carrying `data-actor-id`, so
// screen readers, the keyboard and tests meet the same actors whichever renderer draws them. One button
// at a time is a Tab stop (the selected actor, else the first): Tab enters the list, arrow keys walk
// the links (the caller picks the neighbour), Enter or Space selects, and on the selected actor focuses.

export interface ActorListEvents {
  /** Enter, Space or a click on an actor's button. */
  activate: (actorId: string) => void;
  /** An actor's button got or lost focus (null: focus left the list). */
  focus: (actorId: string | null) => void;
  step: (actorId: string, arrow: ArrowKey) => void;
}

export interface ActorList {
  /** Lists these actors in this order (most important first); keeps the buttons of actors already listed. */
  show(nodes: readonly SceneNode[]): void;
  /** Marks the selected actor (aria-pressed, data-selected) and the focus actor, and makes the Tab stop follow the selection. */
  mark(selectedId: string | null, focusId: string | null): void;
  /** Moves keyboard focus to an actor's button. */
  focus(actorId: string): void;
  destroy(): void;
}

export function createActorList(container: HTMLElement, events: ActorListEvents): ActorList {
  const list = document.createElement('ul');
  list.className = 'ag-actor-list';
  list.setAttribute('aria-label', 'Actors in the graph');
  container.append(list);
  let buttons = new Map<string, HTMLButtonElement>();
  let tabStop: HTMLButtonElement | null = null;
  let marked: { selected: HTMLButtonElement | null; focus: HTMLButtonElement | null } = { selected: null, focus: null };

  const idOf = (target: EventTarget | null) =>
    target instanceof HTMLElement ? (target.closest('[data-actor-id]')?.getAttribute('data-actor-id') ?? null) : null;
  list.addEventListener('click', (event) => {
    const id = idOf(event.target);
    if (id !== null) events.activate(id);
  });
  list.addEventListener('keydown', (event) => {
    const id = idOf(event.target);
    if (id === null || !isArrowKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault(); // arrows would scroll the page
    events.step(id, event.key);
  });
  list.addEventListener('focusin', (event) => {
    const id = idOf(event.target);
    const button = id === null ? undefined : buttons.get(id);
    if (button) setTabStop(button);
    events.focus(id);
  });
  list.addEventListener('focusout', (event) => {
    if (!list.contains(event.relatedTarget as Node | null)) events.focus(null);
  });

  function setTabStop(button: HTMLButtonElement | null) {
    if (button === tabStop) return;
    tabStop?.setAttribute('tabindex', '-1');
    button?.setAttribute('tabindex', '0');
    tabStop = button;
  }

  return {
    show(nodes) {
      const next = new Map<string, HTMLButtonElement>();
      const items = nodes.map((node) => {
        const button = buttons.get(node.id) ?? document.createElement('button');
        if (!buttons.has(node.id)) {
          button.type = 'button';
          button.tabIndex = -1;
          button.dataset.actorId = node.id;
          button.setAttribute('aria-pressed', 'false');
        }
        const name = nodeAriaLabel(node);
        if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
        next.set(node.id, button);
        const item = button.parentElement ?? document.createElement('li');
        if (!button.parentElement) item.append(button);
        return item;
      });
      list.replaceChildren(...items);
      buttons = next;
      if (tabStop && !buttons.has(tabStop.dataset.actorId ?? '')) tabStop = null;
      marked = {
        selected: marked.selected && buttons.get(marked.selected.dataset.actorId ?? '') === marked.selected ? marked.selected : null,
        focus: marked.focus && buttons.get(marked.focus.dataset.actorId ?? '') === marked.focus ? marked.focus : null,
      };
      if (!tabStop) setTabStop(marked.selected ?? items[0]?.firstElementChild as HTMLButtonElement | null ?? null);
    },
    mark(selectedId, focusId) {
      const selected = selectedId === null ? null : (buttons.get(selectedId) ?? null);
      const focus = focusId === null ? null : (buttons.get(focusId) ?? null);
      if (selected !== marked.selected) {
        marked.selected?.removeAttribute('data-selected');
        marked.selected?.setAttribute('aria-pressed', 'false');
        selected?.setAttribute('data-selected', 'true');
        selected?.setAttribute('aria-pressed', 'true');
        // Tab comes back to the selected actor, unless focus is inside the list already.
        if (selected && !list.contains(document.activeElement)) setTabStop(selected);
      }
      if (focus !== marked.focus) {
        marked.focus?.removeAttribute('data-focus');
        focus?.setAttribute('data-focus', 'true');
      }
      marked = { selected, focus };
    },
    focus(actorId) {
      buttons.get(actorId)?.focus();
    },
    destroy() {
      list.remove();
      buttons = new Map();
      tabStop = null;
    },
  };
}
