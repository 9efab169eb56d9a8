import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rowWindow, WINDOWED_ABOVE, type RowWindow } from './rowWindow.ts';

/** A row's height before one is measured: one line of the table's text with its padding and border. */
const ROW_HEIGHT_GUESS = 30;

/**
 * Which of `total` rows a table draws in its scrolling `box`: all of them up to WINDOWED_ABOVE, else the window
 * around the box's scroll position, followed as the box scrolls or changes size. The row height is measured on
 * a drawn row (it follows the text size the user chose).
 */
export function useRowWindow(
  box: RefObject<HTMLDivElement | null>,
  total: number,
): { windowed: boolean; range: RowWindow; rowHeight: number } {
  const windowed = total > WINDOWED_ABOVE;
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_GUESS);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const rowHeightRef = useRef(rowHeight);
  rowHeightRef.current = rowHeight;

  useEffect(() => {
    const element = box.current;
    if (!element || !windowed) return;
    // Only a move by a whole row (or a new height) draws again, not every pixel of a scroll.
    const follow = () => {
      const top = Math.floor(element.scrollTop / rowHeightRef.current) * rowHeightRef.current;
      const height = element.clientHeight;
      setScroll((now) => (now.top === top && now.height === height ? now : { top, height }));
    };
    follow();
    element.addEventListener('scroll', follow, { passive: true });
    const resizes = new ResizeObserver(follow);
    resizes.observe(element);
    return () => {
      element.removeEventListener('scroll', follow);
      resizes.disconnect();
    };
  }, [box, windowed]);

  useLayoutEffect(() => {
    if (!windowed) return;
    const height = box.current?.querySelector('tbody tr:not(.row-spacer)')?.getBoundingClientRect().height ?? 0;
    if (height > 0 && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  });

  return { windowed, range: rowWindow(total, scroll.top, scroll.height, rowHeight), rowHeight };
}
