import { useId } from 'react';
import { useAppStore } from '../../store/index.ts';
import type { OpenMode } from '../../store/types.ts';

const CHOICES: ReadonlyArray<{ mode: OpenMode; label: string }> = [
  { mode: 'replace', label: 'Replace the current articles' },
  { mode: 'add', label: 'Add to the workspace' },
];

/** Whether what is opened next replaces the workspace's articles or joins them; shared by the menu and dialog. */
export function OpenModeChoice() {
  const name = useId();
  const openMode = useAppStore((s) => s.openMode);
  const setOpenMode = useAppStore((s) => s.setOpenMode);
  return (
    <fieldset className="open-mode">
      <legend>New articles</legend>
      {CHOICES.map(({ mode, label }) => (
        <label key={mode}>
          <input type="radio" name={name} checked={openMode === mode} onChange={() => setOpenMode(mode)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
