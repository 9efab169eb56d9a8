// npm run eval — extracts the seed, every dev article and our own articles and prints the shared scorer's figures as a table.
import { evalArticles, extractArticle, scoreGraph, scorerPath } from './scoring.ts';
import { existsSync } from 'node:fs';

const pct = (x: number) => x.toFixed(2).padStart(5);

function main(): void {
  if (!existsSync(scorerPath)) {
    process.stderr.write(`eval: no scorer at ${scorerPath}\n`);
    process.exitCode = 1;
    return;
  }
  const rows = evalArticles().map((article) => ({ article, score: scoreGraph(article, extractArticle(article.articlePath)) }));
  const width = Math.max(7, ...rows.map((r) => `${r.article.group} ${r.article.name}`.length));
  console.log(`${'article'.padEnd(width)}  actor P     R    F1 | rel P     R    F1 |  dir   pol    ev`);
  for (const { article, score } of rows) {
    const a = score.actors;
    const r = score.relations;
    console.log(
      `${`${article.group} ${article.name}`.padEnd(width)}  ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)} | ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} | ${pct(r.direction)} ${pct(r.polarity)} ${pct(r.evidence)}`,
    );
  }
  for (const { article, score } of rows) {
    const notes = [
      score.actors.missed.length ? `missed actors: ${score.actors.missed.join(', ')}` : '',
      score.actors.falsePositives.length ? `extra nodes: ${score.actors.falsePositives.join(', ')}` : '',
      score.relations.missed.length ? `missed pairs: ${score.relations.missed.join(', ')}` : '',
      score.relations.falsePositives.length ? `extra pairs: ${score.relations.falsePositives.join(', ')}` : '',
      score.relations.wrong.length ? `wrong: ${score.relations.wrong.join('; ')}` : '',
      score.actors.splits.length ? `split: ${score.actors.splits.join('; ')}` : '',
      score.actors.merges.length ? `merged: ${score.actors.merges.join('; ')}` : '',
      score.actors.trapHits.length ? `never-actors: ${score.actors.trapHits.join(', ')}` : '',
    ].filter(Boolean);
    if (notes.length) console.log(`\n${article.name}\n  ${notes.join('\n  ')}`);
  }
}

main();
