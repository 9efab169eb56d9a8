import { linkCueMark } from '../render/linkStyle.ts';

// A short stretch of a graph link, in its colour and dash (and with its arrowhead), thinner with “ when only
// claimed, fainter with ? when hedged: the legend's key and the details' mark of a relation, so both show
// what the graph draws, not by colour alone.

interface Props {
  color: string;
  dash: string | null;
  arrow?: boolean;
  claimed?: boolean;
  hedged?: boolean;
}

export function LineSample({ color, dash, arrow = false, claimed = false, hedged = false }: Props) {
  const mark = linkCueMark({ claimed, hedged });
  return (
    <svg className="line-sample" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2={arrow ? 21 : 27}
        y2="5"
        stroke={color}
        strokeWidth={claimed ? 1.2 : 2}
        strokeOpacity={hedged ? 0.5 : undefined}
        strokeDasharray={dash ?? undefined}
      />
      {arrow && <path d="M20 1 L27 5 L20 9 Z" fill={color} />}
      {mark && (
        <text
          x="14"
          y="5"
          dy="0.35em"
          fontSize="11"
          fontWeight="800"
          textAnchor="middle"
          fill="currentColor"
          stroke="var(--surface)"
          strokeWidth="3"
          paintOrder="stroke"
        >
          {mark}
        </text>
      )}
    </svg>
  );
}
