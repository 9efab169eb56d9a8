import { groupStyle } from '../../render/palette.ts';
import { GroupSwatch } from './GroupSwatch.tsx';
import type { MeasuredGraph } from './nodeMeasures.ts';

/** At most this many names per group; the rest are counted, so a big group keeps to one line. */
const NAMES_SHOWN = 3;

/**
 * What the colours mean when nodes are coloured by group: each group's colour, its name and who is in
 * it, so the groups can be told apart by their members as well as by colour. The actors that stand
 * apart (a group of one each, numbered last) share one entry, each with its own colour, so a handful
 * of loners does not push the graph off the screen.
 */
export function GroupLegend({ groups }: { groups: MeasuredGraph['groups'] }) {
  const clustered = groups.filter(({ labels }) => labels.length > 1);
  const apart = groups.filter(({ labels }) => labels.length === 1);
  return (
    <ul className="group-legend" aria-label="Groups">
      {clustered.map(({ group, labels }) => {
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
      {apart.length > 0 && (
        <li className="group-apart">
          <span className="group-name">On their own</span>
          <ul className="group-loners">
            {apart.map(({ group, labels }) => (
              <li key={group} data-group={group} title={groupStyle(group).label}>
                <GroupSwatch group={group} />
                <span className="visually-hidden">{groupStyle(group).label}: </span>
                <span className="group-members">{labels[0]}</span>
              </li>
            ))}
          </ul>
        </li>
      )}
    </ul>
  );
}
