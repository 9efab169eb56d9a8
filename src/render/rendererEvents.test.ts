import { describe, expect, it } from 'vitest';
import { createRendererEvents } from './rendererEvents.ts';

describe('createRendererEvents', () => {
  it('tells every subscriber of a kind, and no longer one that unsubscribed', () => {
    const events = createRendererEvents();
    const heard: string[] = [];
    const stopPick = events.subscriptions.onActorPick((id) => heard.push(`pick ${id}`));
    events.subscriptions.onActorPick((id) => heard.push(`pick again ${id}`));
    events.subscriptions.onActorFocus((id) => heard.push(`focus ${id}`));
    events.subscriptions.onViewChange((view) => heard.push(`view ${view?.k ?? 'fitted'}`));
    events.pick('kerry');
    stopPick();
    events.pick(null);
    events.focus('russia');
    events.hover('syria');
    events.viewChanged({ x: 0, y: 0, k: 2 });
    events.viewChanged(null);
    expect(heard).toEqual(['pick kerry', 'pick again kerry', 'pick again null', 'focus russia', 'view 2', 'view fitted']);
  });
});
