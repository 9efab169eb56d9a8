import { useAppStore } from '../../store/index.ts';

// In an actor's details: make it one end of the path ("Path from here", "Path to here"); pressed when it
// already is, and pressing again lets that end go.

export function PathEndButtons({ actorId }: { actorId: string }) {
  const ends = useAppStore((s) => s.pathEnds);
  const setPathEnd = useAppStore((s) => s.setPathEnd);
  const endButton = (end: 'from' | 'to', words: string) => {
    const pressed = ends[end] === actorId;
    return (
      <button
        type="button"
        className="button-quiet"
        aria-pressed={pressed}
        onClick={() => setPathEnd(end, pressed ? null : actorId)}
      >
        {words}
      </button>
    );
  };

  return (
    <div className="path-end-buttons">
      {endButton('from', 'Path from here')}
      {endButton('to', 'Path to here')}
    </div>
  );
}
