import { groupStyle } from '../../render/palette.ts';
import { GroupSwatch } from './GroupSwatch.tsx';
import type { MeasuredGraph } from './nodeMeasures.ts';

/** At most this many names per group; the rest are counted, so a big group keeps to one line. */
const NAMES_SHOWN = 3;

/**
 * What the colours mean when nodes are coloured by group: each group's colour, its name and who is in
 * it, so the groups can be told apart by their members as well as by colour.
 */
export function GroupLegend({ groups }: { groups: MeasuredGraph['groups'] }) {
  return (
    <ul className="group-legend" aria-label="Groups">
      {groups.map(({ group, labels }) => {
        const more = labels.length - NAMES_SHOWN;
        return (
          <li key={group} data-group={group}>
            <GroupSwatch group={group} />
            <span className="group-name">{groupStyle(group).label}</span>
            <span className="group-members">
              {labels.slice(0, NAMES_SHOWN).join(', ')}
              {more > 0 && ` and ${more} more`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
