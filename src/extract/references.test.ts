import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from './index.ts';
import type { Relation } from './types.ts';

const briefs = (text: string) =>
  extractGraph([documentFromText('d1', text)]).relations.map((r: Relation) => {
    const [a, b] = r.directed ? [r.source, r.target] : [r.source, r.target].sort();
    return `${a} ${r.type} ${b}`;
  });

describe('findReferences: definite descriptions stand for actors named earlier', () => {
  it('reads "the court" as the named court and "the minister" as the minister named before', () => {
    const text =
      'Trade Minister Olga Berg praised the Constitutional Court on Monday. The court fined Dalberg Mining Ltd. The Green League criticised the minister.';
    const found = briefs(text);
    expect(found).toContain('constitutional-court oppose dalberg-mining-ltd');
    expect(found).toContain('green-league oppose olga-berg');
  });

  it('reads "the rebels" as the latest armed group and keeps it recent for the next mention', () => {
    const found = briefs(
      'Fighting spread near the border, where the separatist Kivu Freedom Front seized two towns. Kinshasa blamed the rebels for the attack. ' +
        'Officials met on Monday. The rebels’ spokesman, Jean Mulumba, denied it.',
    );
    expect(found).toContain('dr-congo oppose kivu-freedom-front');
    expect(found).toContain('jean-mulumba member kivu-freedom-front');
  });

  it('tells "the company" from "the group": a company by its corporate name, a group by being neither company nor public body', () => {
    const found = briefs(
      'Harbour Watch, a campaign group, sued Tidewater Shipping AS in May, and the Maritime Agency joined the case. ' +
        'A judge later criticised the company. The group’s lawyer, Anna Lind, welcomed that.',
    );
    expect(found).toContain('anna-lind member harbour-watch');
  });

  it('reads a possessive pronoun opening a sentence as the last sentence\'s person or body', () => {
    expect(briefs('Rafael Souza denied the charge. His lawyer, Marta Reis, said he would appeal.')).toContain('marta-reis member rafael-souza');
    expect(briefs('Lindqvist Energy AB cut jobs. Its chief executive, Per Holm, resigned.')).toContain('per-holm member lindqvist-energy-ab');
  });

  it('reads a kind noun qualifying a title ("club president X", "Company spokesman X") as the latest body of that kind', () => {
    expect(briefs('Ajax sacked its coach. "We needed change," club president Henk Visser said.')).toContain('henk-visser member ajax');
    const company = extractGraph([documentFromText('d1', 'Lumen Systems Inc cut jobs. Company spokesman Tom Reyes declined to comment.')]);
    expect(company.actors.map((a) => a.label)).not.toContain('Company');
    expect(company.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('tom-reyes member lumen-systems-inc');
  });

  it('does not read a noun that qualifies another ("the court documents") or an unnamed kind as anyone', () => {
    expect(briefs('The court documents were sealed. The company said nothing.')).toEqual([]);
  });
});
