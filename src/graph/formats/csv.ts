// Actors and relations as two CSV tables (RFC 4180), for spreadsheets and tools that want rows, and as one zip.
import { strToU8, zipSync } from 'fflate';
import type { GraphDocument, Relation } from '../../extract/types.ts';
import type { HideableActor } from '../edits/types.ts';

/**
 * actors.csv: id, label, type, aliases (joined by " | "), mentions (how many times the text names it),
 * hidden (true when the user hid it).
 * relations.csv: id, source, source_label, target, target_label, type, polarity, directed, attributed_to,
 * hedged, evidence (the sentences that state it, joined by " … "), evidence_spans ("d1:1290-1402", joined by "; ").
 */
export interface CsvTables {
  actors: string;
  relations: string;
}

const ACTOR_COLUMNS = ['id', 'label', 'type', 'aliases', 'mentions', 'hidden'];
const RELATION_COLUMNS = [
  'id', 'source', 'source_label', 'target', 'target_label', 'type', 'polarity', 'directed', 'attributed_to', 'hedged', 'evidence', 'evidence_spans',
];

export function toCsv(graph: GraphDocument): CsvTables {
  const labelOf = new Map(graph.actors.map((actor) => [actor.id, actor.label]));
  const textOf = new Map(graph.documents.map((document) => [document.id, document.text]));
  const actorRow = (actor: HideableActor) => [
    actor.id, actor.label, actor.type, actor.aliases.join(' | '), String(actor.mentions.length), String(actor.hidden === true),
  ];
  const relationRow = (relation: Relation) => [
    relation.id,
    relation.source,
    labelOf.get(relation.source) ?? '',
    relation.target,
    labelOf.get(relation.target) ?? '',
    relation.type,
    relation.polarity,
    String(relation.directed),
    relation.attributedTo ?? '',
    String(relation.hedged === true),
    relation.evidence.map((span) => textOf.get(span.doc)?.slice(span.start, span.end) ?? '').join(' … '),
    relation.evidence.map((span) => `${span.doc}:${span.start}-${span.end}`).join('; '),
  ];
  return {
    actors: table(ACTOR_COLUMNS, graph.actors.map(actorRow)),
    relations: table(RELATION_COLUMNS, graph.relations.map(relationRow)),
  };
}

/** Both tables in one zip, as actors.csv and relations.csv; `modifiedAt` dates the files (now by default). */
export function toCsvZip(graph: GraphDocument, modifiedAt: Date = new Date()): Uint8Array {
  const { actors, relations } = toCsv(graph);
  return zipSync({ 'actors.csv': csvFileBytes(actors), 'relations.csv': csvFileBytes(relations) }, { mtime: modifiedAt });
}

/**
 * A table as a file's bytes: UTF-8 after a byte order mark (EF BB BF). Excel opens a CSV without one in the
 * system's legacy code page, and “Erdoğan” or “Zelenskyy’s” come out as mojibake; with it, as written.
 * Other readers (LibreOffice, pandas with utf-8-sig, Python's csv after decoding) skip the mark.
 */
export function csvFileBytes(table: string): Uint8Array {
  return strToU8(`\uFEFF${table}`);
}

/** Header and rows, each line ended by CRLF as RFC 4180 has it. */
function table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [columns, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Quoted when it holds a comma, quote or line break, quotes doubled (RFC 4180). A field a spreadsheet would run
 * as a formula (=, +, -, @ first: an article can hold "=HYPERLINK(…)") gets a leading apostrophe, which
 * spreadsheets show as text, and is quoted.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
