import type { ActorType, Polarity } from '../extract/types.ts';
import { contrastRatio } from './contrast.ts';

// Colours from the Okabe–Ito palette, chosen to stay distinct under the common colour-vision
// deficiencies and to keep 3:1 at least against both the light and the dark theme's background.
// Colour is never the only cue: each actor type also has a letter (`mark`) drawn inside its disc and
// beside its name in the legend, links also differ by dash, and the legend names them all.
// Shared by the renderer and the UI's legend, so both always agree.

export const ACTOR_TYPE_STYLE: Record<ActorType, { color: string; label: string; mark: string }> = {
  person: { color: '#E69F00', label: 'Person', mark: 'P' },
  country: { color: '#56B4E9', label: 'Country', mark: 'C' },
  organization: { color: '#009E73', label: 'Organisation', mark: 'O' },
  'armed-group': { color: '#D55E00', label: 'Armed group', mark: 'A' },
  media: { color: '#CC79A7', label: 'Media', mark: 'M' },
  location: { color: '#F0E442', label: 'Location', mark: 'L' },
};

/** Dark enough on every type's colour (4.5:1 at least, on #D55E00) for the type letter in a disc. */
export const TYPE_MARK_INK = '#111827';
const LIGHT_MARK_INK = '#FFFFFF';

/** The ink for a letter on a disc of `fill`: the dark one, or white where dark reads worse (Tol's purple). */
export function markInkOn(fill: string): string {
  return contrastRatio(fill, TYPE_MARK_INK) >= contrastRatio(fill, LIGHT_MARK_INK) ? TYPE_MARK_INK : LIGHT_MARK_INK;
}

/** `dash` is an SVG stroke-dasharray in graph units (pixels at zoom 1), or null for a solid line. */
export const POLARITY_STYLE: Record<Polarity, { color: string; dash: string | null; label: string }> = {
  cooperative: { color: '#0072B2', dash: null, label: 'Cooperative' },
  conflictual: { color: '#D55E00', dash: '7 4', label: 'Conflictual' },
  neutral: { color: '#6E6E6E', dash: '1.5 3', label: 'Neutral' },
};

/**
 * Colours for the communities when nodes are coloured by group: Paul Tol's "bright" scheme, distinct under
 * the common colour-vision deficiencies. Groups past the last colour reuse them; the group's number in
 * the legend and the details keeps them apart.
 */
const GROUP_COLORS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB'] as const;

/** The colour and name of community `group` (numbered from 0, named from 1). */
export function groupStyle(group: number): { color: string; label: string } {
  const index = ((group % GROUP_COLORS.length) + GROUP_COLORS.length) % GROUP_COLORS.length;
  return { color: GROUP_COLORS[index] ?? GROUP_COLORS[0], label: `Group ${group + 1}` };
}
