// A short stretch of a graph link, in its colour and dash (and with its arrowhead): the legend's key and the
// details' mark of a relation's polarity, so both show what the graph draws, not by colour alone.

export function LineSample({ color, dash, arrow = false }: { color: string; dash: string | null; arrow?: boolean }) {
  return (
    <svg className="line-sample" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2={arrow ? 21 : 27} y2="5" stroke={color} strokeWidth="2" strokeDasharray={dash ?? undefined} />
      {arrow && <path d="M20 1 L27 5 L20 9 Z" fill={color} />}
    </svg>
  );
}
