import { groupStyle } from '../../render/palette.ts';

/** A community's colour as the graph fills its discs. Decorative: "Group N" always stands beside it. */
export function GroupSwatch({ group }: { group: number }) {
  return <span className="group-swatch" style={{ background: groupStyle(group).color }} aria-hidden="true" />;
}
