import type { ReactNode, RefObject } from 'react';
import type { GraphRenderer } from '../../render/GraphRenderer.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { ControlButton } from './ControlButton.tsx';
import './graphControls.css';

// The buttons over the graph: zoom, fit, unpin, re-run the layout, export, and the keyboard help. Each is an
// icon with an accessible name and a tooltip naming its shortcut, if it has one.

/** What the controls ask of the drawn graph: a slice of the renderer's contract. */
export type ViewControls = Pick<
  GraphRenderer,
  'zoomBy' | 'fitToView' | 'unpinAll' | 'relayout' | 'getView' | 'setView' | 'exportSvg'
>;

/** One press of Zoom in (or `+`) zooms by this; Zoom out by its inverse. */
export const ZOOM_STEP = 1.4;

interface Control {
  name: string;
  shortcut?: string;
  icon: ReactNode;
  act: (view: ViewControls) => void;
}

// 20×20 line icons, drawn in the text colour.
const CONTROLS: readonly Control[] = [
  {
    name: 'Zoom in',
    shortcut: '+',
    icon: <path d="M10 4v12M4 10h12" />,
    act: (view) => view.zoomBy(ZOOM_STEP),
  },
  {
    name: 'Zoom out',
    shortcut: '-',
    icon: <path d="M4 10h12" />,
    act: (view) => view.zoomBy(1 / ZOOM_STEP),
  },
  {
    name: 'Fit to screen',
    shortcut: '0',
    icon: <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />,
    act: (view) => view.fitToView(),
  },
  {
    name: 'Unpin all',
    icon: (
      <>
        <path d="M7 3h6M8 3v5l-3 3h10l-3-3V3M10 11v6" />
        <path d="M3 17L17 3" />
      </>
    ),
    act: (view) => view.unpinAll(),
  },
  {
    name: 'Re-run layout',
    icon: <path d="M16 10a6 6 0 1 1-1.8-4.3M16 3v4h-4" />,
    act: (view) => view.relayout(),
  },
];

/** `view` points at the graph the buttons act on (GraphView fills it in). */
export function GraphControls({
  view,
  onShowHelp,
}: {
  view: RefObject<ViewControls | null>;
  onShowHelp: () => void;
}) {
  return (
    <div className="graph-controls" role="group" aria-label="Graph view">
      {CONTROLS.map(({ name, shortcut, icon, act }) => (
        <ControlButton key={name} name={name} shortcut={shortcut} onClick={() => view.current && act(view.current)}>
          {icon}
        </ControlButton>
      ))}
      <ExportMenu view={view} />
      <ControlButton name="Keyboard shortcuts" shortcut="?" onClick={onShowHelp}>
        <path d="M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M10 15v.5" />
      </ControlButton>
    </div>
  );
}
