import type { ActorType, Polarity } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE, POLARITY_STYLE } from '../../render/palette.ts';
import { TypeSwatch } from '../TypeSwatch.tsx';

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

function LineSample({ color, dash, arrow = false }: { color: string; dash: string | null; arrow?: boolean }) {
  return (
    <svg className="legend-line" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2={arrow ? 21 : 27} y2="5" stroke={color} strokeWidth="2" strokeDasharray={dash ?? undefined} />
      {arrow && <path d="M20 1 L27 5 L20 9 Z" fill={color} />}
    </svg>
  );
}
