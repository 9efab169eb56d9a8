import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A native modal <dialog>, open while mounted: the browser traps focus, Escape closes it, the page behind is inert. */
export function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="workspace-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // Escape belongs to the dialog (the browser closes it): the app-wide Escape must not also clear the selection.
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
