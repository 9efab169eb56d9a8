import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { selectEditedGraph, useAppStore } from '../../store/index.ts';
import { ControlButton } from '../graph/ControlButton.tsx';
import type { ViewControls } from '../graph/GraphControls.tsx';
import { useDismiss } from '../popover/useDismiss.ts';
import { EXPORT_CHOICES, exportFailure, graphJson, itemByFirstLetter, type ExportChoice } from './exportFormats.ts';
import { fileNameFor } from './fileName.ts';
import { pngOfSvg, saveFile } from './saveFile.ts';
import './export.css';

// "Export": a menu button among the graph's view controls (the ARIA menu button pattern: Enter, Space
// or ↓ opens it on the first item, ↑ on the last; arrows, Home, End and a first letter move; Escape
// closes it back onto the button). Each item saves a file named after the article: the view as SVG or
// PNG, or the graph as JSON, CSV tables (zipped) or GraphML. A failure is said beside the menu, never thrown
// at the page.

type Notice = { kind: 'saved' | 'failed'; text: string };

/**
 * The file for `choice`: the graph document as read, or the view as the renderer draws it now. The CSV and
 * GraphML writers load on first use: the zip code has no place in the page's first load.
 */
async function exportedFile(choice: ExportChoice, graph: GraphDocument, view: ViewControls | null): Promise<Blob> {
  const type = choice.mimeType;
  switch (choice.format) {
    case 'json':
      return new Blob([graphJson(graph)], { type });
    case 'csv': {
      const { toCsvZip } = await import('../../graph/formats/csv.ts');
      // fflate types its output loosely (ArrayBufferLike); zipSync always fills a fresh, plain ArrayBuffer.
      return new Blob([toCsvZip(graph) as Uint8Array<ArrayBuffer>], { type });
    }
    case 'graphml': {
      const { toGraphML } = await import('../../graph/formats/graphml.ts');
      return new Blob([toGraphML(graph)], { type });
    }
    case 'svg':
    case 'png': {
      const svg = view?.exportSvg();
      if (!svg) throw new Error('the graph is not drawn yet');
      return choice.format === 'svg' ? new Blob([svg], { type }) : pngOfSvg(svg);
    }
  }
}

export function ExportMenu({ view }: { view: RefObject<ViewControls | null> }) {
  const id = useId();
  const graph = useAppStore(selectEditedGraph);
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

  const save = async (choice: ExportChoice) => {
    setOpen(false);
    button.current?.focus();
    if (!graph) return;
    const fileName = fileNameFor(graph.documents[0]?.title ?? '', choice.extension);
    try {
      saveFile(await exportedFile(choice, graph, view.current), fileName);
      setNotice({ kind: 'saved', text: `Saved ${fileName}` });
    } catch (error) {
      setNotice({ kind: 'failed', text: exportFailure(choice.format, error) });
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
    const byLetter = itemByFirstLetter(
      EXPORT_CHOICES.map((choice) => choice.label),
      at,
      event.key,
    );
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1 }[event.key] ?? byLetter ?? undefined;
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
              onClick={() => void save(choice)}
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
