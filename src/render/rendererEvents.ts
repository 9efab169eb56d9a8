import type { GraphRenderer, ViewPort } from './GraphRenderer.ts';

// What a renderer tells the app — an actor picked, pointed at or asked to focus on, the view moved — as one set of
// listeners each: the SVG and the Canvas renderer subscribe and emit the same way.

type Listeners<T> = Set<(value: T) => void>;

export interface RendererEvents {
  /** GraphRenderer's four subscriptions, to spread into a renderer. */
  subscriptions: Pick<GraphRenderer, 'onActorPick' | 'onActorHover' | 'onActorFocus' | 'onViewChange'>;
  pick(actorId: string | null): void;
  hover(actorId: string | null): void;
  focus(actorId: string): void;
  viewChanged(view: ViewPort | null): void;
}

export function createRendererEvents(): RendererEvents {
  const picks: Listeners<string | null> = new Set();
  const hovers: Listeners<string | null> = new Set();
  const focuses: Listeners<string> = new Set();
  const views: Listeners<ViewPort | null> = new Set();
  const subscribe =
    <T>(listeners: Listeners<T>) =>
    (handler: (value: T) => void) => {
      listeners.add(handler);
      return () => void listeners.delete(handler);
    };
  const emit =
    <T>(listeners: Listeners<T>) =>
    (value: T) =>
      listeners.forEach((handler) => handler(value));
  return {
    subscriptions: {
      onActorPick: subscribe(picks),
      onActorHover: subscribe(hovers),
      onActorFocus: subscribe(focuses),
      onViewChange: subscribe(views),
    },
    pick: emit(picks),
    hover: emit(hovers),
    focus: emit(focuses),
    viewChanged: emit(views),
  };
}
