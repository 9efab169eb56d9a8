// The graph document, format `actorgraph/1` (see ../shared/graph-format.md).
// Everything that carries a graph — the extractor, the CLI, the worker, the store, exports — uses these types.

export const GRAPH_FORMAT = 'actorgraph/1';

/** A half-open range of UTF-16 code units in one document's text: `text.slice(start, end)`. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

export interface SourceDocument {
  id: string;
  title: string;
  text: string;
}

export type ActorType =
  | 'person'
  | 'country'
  | 'organization'
  | 'armed-group'
  | 'media'
  | 'location';

export const ACTOR_TYPES: readonly ActorType[] = [
  'person',
  'country',
  'organization',
  'armed-group',
  'media',
  'location',
];

export interface Actor {
  /** Stable: the same actor gets the same id on every run (a slug of its canonical name). */
  id: string;
  label: string;
  type: ActorType;
  /** Every other surface form merged into this actor. */
  aliases: string[];
  mentions: Span[];
}

export type RelationType =
  | 'meet'
  | 'cooperate'
  | 'support'
  | 'member'
  | 'statement'
  | 'oppose'
  | 'warn'
  | 'sever'
  | 'attack';

export type Polarity = 'cooperative' | 'conflictual' | 'neutral';

export const POLARITIES: readonly Polarity[] = ['cooperative', 'conflictual', 'neutral'];

export interface Relation {
  id: string;
  /** For a directed relation, the actor who acts. */
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  /** Actor id of whoever claims it ("Assad said Turkey supports ISIS"), or null. */
  attributedTo: string | null;
  /** True when the text hedges it ("alleged", "purportedly", "reportedly"). */
  hedged?: boolean;
  /** The sentence(s) that state it; never empty. */
  evidence: Span[];
}

export interface GraphDocument {
  format: typeof GRAPH_FORMAT;
  documents: SourceDocument[];
  actors: Actor[];
  relations: Relation[];
}
