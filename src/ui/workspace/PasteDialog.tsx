import { useId, useState, type FormEvent } from 'react';
import { carryOutIntake } from './carryOut.ts';
import { intakeOfPastedText } from './lazyIntake.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { OpenModeChoice } from './OpenModeChoice.tsx';

/** Paste an article and read it; empty or blank text is refused here, the dialog kept open with the reason. */
export function PasteDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();

  const read = async (event: FormEvent) => {
    event.preventDefault();
    const pasted = await intakeOfPastedText(text);
    if (!pasted.ok) {
      setProblem(pasted.message);
      return;
    }
    carryOutIntake(pasted.intake);
    onClose();
  };

  return (
    <ModalDialog title="Paste an article" onClose={onClose}>
      <form onSubmit={(event) => void read(event)}>
        <label htmlFor={fieldId}>Article text</label>
        <textarea
          id={fieldId}
          value={text}
          rows={12}
          aria-describedby={problem ? problemId : undefined}
          aria-invalid={problem !== null}
          onChange={(event) => setText(event.target.value)}
          placeholder="Paste the article here: headline first, then its paragraphs."
        />
        {problem && (
          <p id={problemId} className="workspace-problem" role="alert">
            {problem}
          </p>
        )}
        <OpenModeChoice />
        <div className="dialog-buttons">
          <button type="button" className="button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary">
            Read
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
