import type { ActorType } from '../../extract/types.ts';
import { ACTOR_TYPE_PLURAL } from '../filter/describeFilter.ts';

/**
 * The legend's toggle for a type, named by its state and what a press does: "Countries shown, press to
 * hide". Pressed (aria-pressed="true") means shown, as the polarity toggles, so the words and the state agree.
 */
export function typeToggleLabel(type: ActorType, shown: boolean): string {
  const plural = ACTOR_TYPE_PLURAL[type];
  const name = plural.charAt(0).toUpperCase() + plural.slice(1);
  return shown ? `${name} shown, press to hide` : `${name} hidden, press to show`;
}
