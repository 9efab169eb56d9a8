import { nodeAriaLabel } from '../linkStyle.ts';
import { isArrowKey, type ArrowKey } from '../neighbourInDirection.ts';
import type { SceneNode } from '../GraphRenderer.ts';

// The Canvas renderer's accessible layer: a visually hidden list with one button per drawn actor, named
// as the SVG renderer names its nodes ("Assad, person, 5 mentions") and carrying `data-actor-id`, so
// screen readers, the keyboard and tests meet the same actors whichever renderer draws them. One button
// at a time is a Tab stop (the selected actor, else the first): Tab enters the list, arrow keys walk
// the links (the caller picks the neighbour), Enter or Space selects, and on the selected actor focuses.
// Thousands of buttons take the page a long while to create, style and lay out (10,000: a third of a
// second), so a large list is built in slices, most important actors first, in the page's idle time
// between frames; whatever needs a button not yet built (focus moving to it) builds the rest at once.

/** Buttons built in one go: the first slice with the list, each later one in a moment the page is idle. */
export const SLICE = 250;

/** Runs `task` when the page is next idle (at the latest after a short wait); returns a cancel function. */
export type IdleScheduler = (task: () => void) => () => void;

const IDLE_TIMEOUT_MS = 100;

export const whenIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
};

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

export function createActorList(container: HTMLElement, events: ActorListEvents, idle: IdleScheduler = whenIdle): ActorList {
  const list = document.createElement('ul');
  list.className = 'ag-actor-list';
  list.setAttribute('aria-label', 'Actors in the graph');
  container.append(list);
  let buttons = new Map<string, HTMLButtonElement>();
  let tabStop: HTMLButtonElement | null = null;
  let marked: { selected: HTMLButtonElement | null; focus: HTMLButtonElement | null } = { selected: null, focus: null };
  let markedIds: { selectedId: string | null; focusId: string | null } = { selectedId: null, focusId: null };
  /** The actors being listed, how many have their button in the list, and the buttons of the list before, to reuse. */
  let listing: { nodes: readonly SceneNode[]; built: number; earlier: Map<string, HTMLButtonElement> } = { nodes: [], built: 0, earlier: new Map() };
  let cancelSlice: (() => void) | null = null;

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

  function buttonFor(node: SceneNode): HTMLButtonElement {
    let button = listing.earlier.get(node.id);
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.tabIndex = -1;
      button.dataset.actorId = node.id;
      button.setAttribute('aria-pressed', 'false');
    }
    const name = nodeAriaLabel(node);
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    buttons.set(node.id, button);
    return button;
  }

  /** Builds the buttons of the next `count` actors (all that are left when `count` is Infinity) into the list. */
  function buildSlice(count: number) {
    cancelSlice?.();
    cancelSlice = null;
    const { nodes, built } = listing;
    const end = Math.min(nodes.length, built + count);
    const items = document.createDocumentFragment();
    for (let i = built; i < end; i++) {
      const button = buttonFor(nodes[i]!);
      const item = button.parentElement ?? document.createElement('li');
      if (!button.parentElement) item.append(button);
      items.append(item);
    }
    list.append(items);
    listing.built = end;
    // The selected or focus actor may have just got its button.
    applyMarks();
    // The Tab stop is a button in the list: the selected actor's, else the first one's, until theirs is built.
    if (tabStop && !tabStop.isConnected) setTabStop(null);
    if (!tabStop) setTabStop(marked.selected ?? (list.firstElementChild?.firstElementChild as HTMLButtonElement | null) ?? null);
    if (end < nodes.length) cancelSlice = idle(() => buildSlice(SLICE));
    else listing.earlier = new Map();
  }

  function applyMarks() {
    const { selectedId, focusId } = markedIds;
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
  }

  return {
    show(nodes) {
      // Focus inside the list stays where it is only if its button is never out of the list: build it all now.
      const focusInside = list.contains(document.activeElement);
      listing = { nodes, built: 0, earlier: new Map([...listing.earlier, ...buttons]) };
      buttons = new Map();
      list.replaceChildren();
      buildSlice(focusInside ? Infinity : SLICE);
    },
    mark(selectedId, focusId) {
      markedIds = { selectedId, focusId };
      applyMarks();
    },
    focus(actorId) {
      if (!buttons.has(actorId) && listing.built < listing.nodes.length) buildSlice(Infinity);
      buttons.get(actorId)?.focus();
    },
    destroy() {
      cancelSlice?.();
      cancelSlice = null;
      list.remove();
      buttons = new Map();
      tabStop = null;
    },
  };
}
