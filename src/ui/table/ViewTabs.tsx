import { useRef, type KeyboardEvent, type ReactNode } from 'react';

// The switch between the graph and the table view: a tablist as the ARIA pattern has it (one tab in the
// Tab order, arrows, Home and End move between them and show the one they land on).

export type PaneView = 'graph' | 'table';

export const PANE_VIEWS: readonly { view: PaneView; label: string }[] = [
  { view: 'graph', label: 'Graph' },
  { view: 'table', label: 'Table' },
];

export const tabIdOf = (view: PaneView) => `view-tab-${view}`;
export const panelIdOf = (view: PaneView) => `view-panel-${view}`;

export function ViewTabs({ shown, onShow }: { shown: PaneView; onShow: (view: PaneView) => void }) {
  const tabs = useRef<HTMLDivElement>(null);

  const moveWithKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = PANE_VIEWS.findIndex((tab) => tab.view === shown);
    const last = PANE_VIEWS.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = PANE_VIEWS[(next + PANE_VIEWS.length) % PANE_VIEWS.length]!;
    onShow(target.view);
    tabs.current?.querySelector<HTMLElement>(`#${tabIdOf(target.view)}`)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label="View" ref={tabs} onKeyDown={moveWithKeys}>
      {PANE_VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabIdOf(view)}
          aria-selected={view === shown}
          aria-controls={panelIdOf(view)}
          tabIndex={view === shown ? 0 : -1}
          onClick={() => onShow(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The tab panel for one view; hidden, not unmounted, so the graph keeps its layout while the table shows. */
export function ViewPanel({ view, shownView, children }: { view: PaneView; shownView: PaneView; children: ReactNode }) {
  return (
    <div
      className="view-panel"
      role="tabpanel"
      id={panelIdOf(view)}
      aria-labelledby={tabIdOf(view)}
      hidden={shownView !== view}
    >
      {children}
    </div>
  );
}
