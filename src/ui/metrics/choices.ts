import type { NodeColouring, NodeSizing } from '../../store/types.ts';

/** What each way of sizing and colouring nodes is called in the controls, in the order they are offered. */
export const SIZINGS: ReadonlyArray<{ value: NodeSizing; label: string }> = [
  { value: 'mentions', label: 'Mentions' },
  { value: 'degree', label: 'Related actors' },
  { value: 'betweenness', label: 'Go-between' },
];

export const COLOURINGS: ReadonlyArray<{ value: NodeColouring; label: string }> = [
  { value: 'type', label: 'Type' },
  { value: 'community', label: 'Group' },
];
