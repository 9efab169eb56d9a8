import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/index.ts';
import { carryOutIntake } from './carryOut.ts';
import { droppedEntries, fileInputsOf } from './fileInputs.ts';
import { intakeOfFiles } from './lazyIntake.ts';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped anywhere on the window are read; while they are dragged over it, an overlay says what will happen. */
export function DropOverlay() {
  const [dragging, setDragging] = useState(false);
  const openMode = useAppStore((s) => s.openMode);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the depth says when the pointer left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !hasFiles(event)) return;
      // Without this the browser would navigate to the dropped file.
      event.preventDefault();
      const { files, folders } = droppedEntries(event.dataTransfer);
      void fileInputsOf(files).then(async (inputs) => {
        const intake = await intakeOfFiles(inputs);
        const folderProblems = folders.map((name) => `“${name}” is a folder. Drop the files inside it instead.`);
        carryOutIntake({ ...intake, problems: [...folderProblems, ...intake.problems] });
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" role="status">
      <p>
        Drop articles to read them: .txt, .md, .html, or a graph .json exported earlier.
        <br />
        {openMode === 'replace' ? 'They replace the current articles.' : 'They are added to the workspace.'}
      </p>
    </div>
  );
}
