import type { ActorType, Polarity } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE, POLARITY_STYLE } from '../../render/palette.ts';
import { filterOfKind } from '../../store/filterList.ts';
import { useAppStore } from '../../store/index.ts';
import { TypeSwatch } from '../TypeSwatch.tsx';
import { LineSample } from '../LineSample.tsx';
import { typeToggleLabel } from './legendLabels.ts';

// What the colours and lines of the graph mean, drawn from the same palette the renderer uses. Each actor
// type is also a toggle button that shows or hides that type (the actor-type filter): pressed means shown,
// as the polarity toggles beside the filter.

const POLARITIES = Object.keys(POLARITY_STYLE) as Polarity[];

export function Legend({ actorTypes }: { actorTypes: readonly ActorType[] }) {
  const hiddenTypes = useAppStore((s) => filterOfKind(s.filters, 'actor-type')?.hidden);
  const toggleActorType = useAppStore((s) => s.toggleActorType);
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-list">
        {actorTypes.map((type) => {
          const shown = !(hiddenTypes?.includes(type) ?? false);
          return (
            <li key={type}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={shown}
                aria-label={typeToggleLabel(type, shown)}
                onClick={() => toggleActorType(type)}
              >
                <TypeSwatch type={type} />
                <span>{ACTOR_TYPE_STYLE[type].label}</span>
              </button>
            </li>
          );
        })}
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
        <li>
          <LineSample color="currentColor" dash={null} claimed />
          Claimed by someone (“according to …”)
        </li>
        <li>
          <LineSample color="currentColor" dash={null} hedged />
          Hedged (“alleged”)
        </li>
      </ul>
    </section>
  );
}
