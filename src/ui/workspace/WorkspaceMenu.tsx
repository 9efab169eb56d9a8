import { useRef, useState } from 'react';
import { useDismiss } from '../popover/useDismiss.ts';
import { carryOutIntake } from './carryOut.ts';
import { DocumentList } from './DocumentList.tsx';
import { DropOverlay } from './DropOverlay.tsx';
import { fileInputsOf } from './fileInputs.ts';
import { intakeOfFiles, prepareIntake } from './lazyIntake.ts';
import { NewWorkspaceDialog } from './NewWorkspaceDialog.tsx';
import { OpenModeChoice } from './OpenModeChoice.tsx';
import { PasteDialog } from './PasteDialog.tsx';
import { WorkspaceNotices } from './WorkspaceNotices.tsx';
import './workspace.css';

const ACCEPTED = '.txt,.md,.html,.htm,.json,text/plain,text/markdown,text/html,application/json';

/** The header's "Open article": paste, open files (or drop them anywhere), choose replace or add, start anew. */
export function WorkspaceMenu() {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'paste' | 'new' | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useDismiss(container, open, (by) => {
    setOpen(false);
    if (by === 'escape') button.current?.focus();
  });

  const openDialog = (which: 'paste' | 'new') => {
    setOpen(false);
    setDialog(which);
  };
  const closeDialog = () => {
    setDialog(null);
    button.current?.focus();
  };

  const readPicked = (files: FileList | null) => {
    const picked = Array.from(files ?? []);
    // Cleared, so picking the same file again is a change the input reports.
    if (fileInput.current) fileInput.current.value = '';
    setOpen(false);
    void fileInputsOf(picked).then((inputs) => intakeOfFiles(inputs)).then(carryOutIntake);
  };

  return (
    <div className="workspace-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls="workspace-menu-panel"
        onClick={() => {
          if (!open) prepareIntake();
          setOpen(!open);
        }}
      >
        Open article
      </button>
      {open && (
        <div id="workspace-menu-panel" className="workspace-panel" role="group" aria-label="Open article">
          <button type="button" className="button-quiet" onClick={() => openDialog('paste')}>
            Paste text…
          </button>
          <button type="button" className="button-quiet" onClick={() => fileInput.current?.click()}>
            Open files…
          </button>
          <p className="workspace-hint">.txt, .md, .html or an exported graph .json; or drop files anywhere on the window.</p>
          <OpenModeChoice />
          <DocumentList />
          <button type="button" className="button-quiet workspace-new" onClick={() => openDialog('new')}>
            New workspace…
          </button>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        aria-label="Open files"
        onChange={(event) => readPicked(event.target.files)}
      />
      {dialog === 'paste' && <PasteDialog onClose={closeDialog} />}
      {dialog === 'new' && <NewWorkspaceDialog onClose={closeDialog} />}
      <DropOverlay />
      <WorkspaceNotices />
    </div>
  );
}
