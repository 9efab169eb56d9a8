import type { ActorType, Polarity } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE, POLARITY_STYLE } from '../../render/palette.ts';
import { TypeSwatch } from '../TypeSwatch.tsx';
import { LineSample } from '../LineSample.tsx';

// What the colours and lines of the graph mean, drawn from the same palette the renderer uses.

const POLARITIES = Object.keys(POLARITY_STYLE) as Polarity[];

export function Legend({ actorTypes }: { actorTypes: readonly ActorType[] }) {
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-list">
        {actorTypes.map((type) => (
          <li key={type}>
            <TypeSwatch type={type} />
            <span>{ACTOR_TYPE_STYLE[type].label}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        {POLARITIES.map((polarity) => (
          <li key={polarity}>
            <LineSample color={POLARITY_STYLE[polarity].color} dash={POLARITY_STYLE[polarity].dash} />
            {POLARITY_STYLE[polarity].label}
          </li>
        ))}
        <li>
          <LineSample color="currentColor" dash={null} arrow />
          Directed (who acts → on whom)
        </li>
      </ul>
    </section>
  );
}
