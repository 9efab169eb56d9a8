import type { ActorType, Polarity } from '../extract/types.ts';

// Colours from the Okabe–Ito palette, chosen to stay distinct under the common colour-vision
// deficiencies. Colour is never the only cue: links also differ by dash, and the legend names them.
// Shared by the renderer and the UI's legend, so both always agree.

export const ACTOR_TYPE_STYLE: Record<ActorType, { color: string; label: string }> = {
  person: { color: '#E69F00', label: 'Person' },
  country: { color: '#56B4E9', label: 'Country' },
  organization: { color: '#009E73', label: 'Organisation' },
  'armed-group': { color: '#D55E00', label: 'Armed group' },
  media: { color: '#CC79A7', label: 'Media' },
  location: { color: '#F0E442', label: 'Location' },
};

/** `dash` is an SVG stroke-dasharray in graph units (pixels at zoom 1), or null for a solid line. */
export const POLARITY_STYLE: Record<Polarity, { color: string; dash: string | null; label: string }> = {
  cooperative: { color: '#0072B2', dash: null, label: 'Cooperative' },
  conflictual: { color: '#D55E00', dash: '7 4', label: 'Conflictual' },
  neutral: { color: '#6E6E6E', dash: '1.5 3', label: 'Neutral' },
};
