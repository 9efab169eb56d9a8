import type { ActorType } from '../extract/types.ts';
import { ACTOR_TYPE_STYLE, TYPE_MARK_INK } from '../render/palette.ts';

/**
 * An actor type's swatch as the graph draws it: its colour with its letter inside, so the legend and the
 * details match the discs whether or not the reader tells the colours apart. Decorative: the type's name
 * always stands beside it.
 */
export function TypeSwatch({ type }: { type: ActorType }) {
  const style = ACTOR_TYPE_STYLE[type];
  return (
    <span className="type-swatch" style={{ background: style.color, color: TYPE_MARK_INK }} aria-hidden="true">
      {style.mark}
    </span>
  );
}
