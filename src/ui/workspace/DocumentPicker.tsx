import { useId } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import { titleOf } from './documentNames.ts';
import { useShownDocument, useWorkspaceDocuments } from './useShownDocument.ts';

/** With several articles in the workspace: which one the article pane shows, hidden ones too (marked so). */
export function DocumentPicker({ graph }: { graph: GraphDocument | null }) {
  const id = useId();
  const shown = useShownDocument(graph);
  const showDocument = useAppStore((s) => s.showDocument);
  const hiddenIds = useAppStore((s) => s.hiddenDocumentIds);
  const workspaceDocuments = useWorkspaceDocuments(graph);
  // While the worker reads there is no graph to pick from.
  const documents = graph ? workspaceDocuments : [];
  if (documents.length < 2) return null;
  return (
    <div className="document-picker">
      <label htmlFor={id}>
        Article<span className="visually-hidden"> ({documents.length} in the workspace)</span>
      </label>
      <select id={id} value={shown?.id ?? ''} onChange={(event) => showDocument(event.target.value)}>
        {documents.map((document, index) => (
          <option key={document.id} value={document.id}>
            {index + 1}. {titleOf(document)}
            {hiddenIds.includes(document.id) ? ' (hidden from the graph)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
