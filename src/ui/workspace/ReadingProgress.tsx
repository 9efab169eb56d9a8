import { useAppStore } from '../../store/index.ts';
import { titlesOf } from '../../store/workspaceSlice.ts';
import './workspace.css';
import './readingProgress.css';

const MB = 1024 * 1024;

/** "6.8 of 20 MB", "34 of 120 KB": both in the larger figure's unit, as a file's size is told. */
export function sizeOf(done: number, total: number): string {
  const [unit, name] = total >= MB ? [MB, 'MB'] : [1024, 'KB'];
  const figure = (bytes: number) => {
    const value = bytes / unit;
    return value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  };
  return `${figure(done)} of ${figure(total)} ${name}`;
}

/**
 * The read in progress: a bar, how far it has got in words, and a way to call it off. The live region speaks in
 * steps of ten percent, so a screen reader is told the reading moves without hearing every part of it.
 */
export function ReadingProgress() {
  const progress = useAppStore((s) => s.readProgress);
  const titles = useAppStore((s) => s.reading ?? titlesOf(s.sources));
  const cancelReading = useAppStore((s) => s.cancelReading);
  if (!progress) return null;
  const { done, total } = progress;
  const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 0;
  const sentence = total > 0 ? `Reading ${titles} — ${percent}% (${sizeOf(done, total)})` : `Reading ${titles}…`;
  return (
    <div className="reading-progress">
      <div className="reading-progress-text">
        <p aria-hidden="true">{sentence}</p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {total > 0 ? `Reading ${titles}: ${Math.floor(percent / 10) * 10}%` : `Reading ${titles}`}
        </p>
        <div
          className="reading-progress-bar"
          role="progressbar"
          aria-label={`Reading ${titles}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={sentence}
        >
          <div className="reading-progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
        </div>
      </div>
      <button type="button" className="button-quiet" onClick={cancelReading}>
        Cancel reading
      </button>
    </div>
  );
}
