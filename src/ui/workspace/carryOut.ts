import { appStore } from '../../store/index.ts';
import type { Intake } from './intake.ts';

/** Hands what the user brought to the workspace: refusals are said, a graph imported, documents read. */
export function carryOutIntake(intake: Intake): void {
  const { notify, importGraph, openArticles } = appStore.getState();
  intake.problems.forEach((problem) => notify('problem', problem));
  if (intake.graph !== null) importGraph(intake.graph);
  else if (intake.documents.length > 0) void openArticles(intake.documents, intake.notes);
}
