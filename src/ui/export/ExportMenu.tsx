import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { selectGraph, useAppStore } from '../../store/index.ts';
import { ControlButton } from '../graph/ControlButton.tsx';
import type { ViewControls } from '../graph/GraphControls.tsx';
import { useDismiss } from '../popover/useDismiss.ts';
import { EXPORT_CHOICES, exportFailure, graphJson, type ExportFormat } from './exportFormats.ts';
import { fileNameFor } from './fileName.ts';
import { pngOfSvg, saveFile } from './saveFile.ts';
import './export.css';

// "Export": a menu button among the graph's view controls (the ARIA menu button pattern: Enter, Space
// or ↓ opens it on the first item, ↑ on the last; arrows, Home, End and a first letter move; Escape
// closes it back onto the button). Each item saves a file named after the article: the view as SVG or
// PNG, or the graph as JSON. A failure is said beside the menu, never thrown at the page.

type Notice = { kind: 'saved' | 'failed'; text: string };

/** The file for `format`: the graph document as read, or the view as the renderer draws it now. */
async function exportedFile(format: ExportFormat, graph: GraphDocument, view: ViewControls | null): Promise<Blob> {
  if (format === 'json') return new Blob([graphJson(graph)], { type: 'application/json' });
  const svg = view?.exportSvg();
  if (!svg) throw new Error('the graph is not drawn yet');
  return format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : pngOfSvg(svg);
}

export function ExportMenu({ view }: { view: RefObject<ViewControls | null> }) {
  const id = useId();
  const graph = useAppStore(selectGraph);
  const [open, setOpen] = useState(false);
  /** Which item takes the focus as the menu opens. */
  const [firstFocus, setFirstFocus] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  useDismiss(container, open, (by) => {
    setOpen(false);
    if (by === 'escape') button.current?.focus();
  });

  useEffect(() => {
    if (open) items.current[firstFocus]?.focus();
  }, [open, firstFocus]);

  const openOn = (index: number) => {
    setFirstFocus(index);
    setNotice(null);
    setOpen(true);
  };

  const save = async (format: ExportFormat) => {
    setOpen(false);
    button.current?.focus();
    if (!graph) return;
    const fileName = fileNameFor(graph.documents[0]?.title ?? '', format);
    try {
      saveFile(await exportedFile(format, graph, view.current), fileName);
      setNotice({ kind: 'saved', text: `Saved ${fileName}` });
    } catch (error) {
      setNotice({ kind: 'failed', text: exportFailure(format, error) });
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openOn(event.key === 'ArrowDown' ? 0 : EXPORT_CHOICES.length - 1);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const count = EXPORT_CHOICES.length;
    const at = items.current.findIndex((item) => item === document.activeElement);
    const byLetter = EXPORT_CHOICES.findIndex((choice) => choice.label[0]?.toLowerCase() === event.key.toLowerCase());
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1 }[event.key] ?? (byLetter >= 0 ? byLetter : undefined);
    if (next !== undefined) {
      event.preventDefault();
      items.current[(next + count) % count]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="export-menu" ref={container}>
      <ControlButton
        ref={button}
        id={`${id}-button`}
        name="Export"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? setOpen(false) : openOn(0))}
        onKeyDown={onButtonKeyDown}
      >
        <path d="M10 3v9.5M6 8.5l4 4 4-4M4 14v3h12v-3" />
      </ControlButton>
      <ul
        id={`${id}-menu`}
        role="menu"
        aria-labelledby={`${id}-button`}
        className="export-list"
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {EXPORT_CHOICES.map((choice, index) => (
          <li key={choice.format} role="none">
            <button
              ref={(item) => {
                items.current[index] = item;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-item"
              aria-labelledby={`${id}-${choice.format}`}
              aria-describedby={`${id}-${choice.format}-detail`}
              onClick={() => void save(choice.format)}
            >
              <span id={`${id}-${choice.format}`} className="export-label">
                {choice.label}
              </span>
              <span id={`${id}-${choice.format}-detail`} className="export-detail">
                {choice.detail}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {notice?.kind === 'saved' ? notice.text : ''}
      </p>
      {notice?.kind === 'failed' && (
        <div className="export-failure" role="alert">
          <p>{notice.text}</p>
          <button type="button" className="button-quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
