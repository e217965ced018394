/**
 * The queries the benchmark times: each contract query, the variables it is asked with (rotating
 * over the corpus's busiest officials and entities, so pages are full), and its floor.
 */
import type { EntityKind } from '../store/index.js';
import { entityKinds } from '../store/index.js';
import { type Corpus, corpusHandles } from './corpus.js';
import * as floor from './floor.js';
import { contractOperations } from './operations.js';

export interface BenchQuery {
  /** Name in the results. */
  name: string;
  operationName: string;
  document: string;
  /** Variables of the i-th sample. */
  variables(i: number): Record<string, unknown>;
  floor(context: floor.FloorContext, variables: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** `entity.statements` alone, for the scale test (the contract reaches it through EntityPage). */
export const entityStatementsDocument = `query EntityStatements($id: ID!, $first: Int = 20) {
  entity(id: $id) { statements(first: $first) { edges { cursor node { ...StatementFields } } pageInfo { hasNextPage endCursor } } }
}`;

export function benchQueries(corpus: Corpus, rotation = 20): BenchQuery[] {
  const ops = contractOperations();
  const { officialsByStatements, entitiesByStatements } = corpusHandles(corpus);
  const topOfficials = officialsByStatements.slice(0, rotation).map(([id]) => id);
  const topEntities = entitiesByStatements.slice(0, rotation).map(([id]) => id);
  const at = <T>(values: readonly T[], i: number) => values[i % values.length];
  // Prefixes people type: the first letters of a name, or of its second word.
  const searchTexts = Array.from({ length: rotation }, (_, i) => {
    const name = i % 2 ? corpus.officials[(i * 37) % corpus.officials.length].name : corpus.entities[(i * 53) % corpus.entities.length].name;
    const words = name.split(' ');
    return (i % 4 < 2 ? words[0] : words.at(-1)!).slice(0, 4);
  });
  const busySources = corpus.sources.map((s, i) => ({ id: s.id, n: corpus.statementsBySource[i].length })).sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
  const sourceIds = Array.from({ length: rotation }, (_, i) => busySources[Math.floor((i * busySources.length) / (rotation * 4))].id);

  return [
    { name: 'OfficialPage', operationName: 'OfficialPage', document: ops.OfficialPage, variables: (i) => ({ id: gid('Official', at(topOfficials, i)) }), floor: (c, v) => floor.officialPage(c, v as never) },
    { name: 'EntityPage', operationName: 'EntityPage', document: ops.EntityPage, variables: (i) => ({ id: gid('Entity', at(topEntities, i)) }), floor: (c, v) => floor.entityPage(c, v as never) },
    { name: 'Statements(speaker)', operationName: 'Statements', document: ops.Statements, variables: (i) => ({ speaker: gid('Official', at(topOfficials, i)) }), floor: (c, v) => floor.statements(c, v as never) },
    { name: 'Statements(about)', operationName: 'Statements', document: ops.Statements, variables: (i) => ({ about: gid('Entity', at(topEntities, i)) }), floor: (c, v) => floor.statements(c, v as never) },
    { name: 'Search', operationName: 'Search', document: ops.Search, variables: (i) => ({ text: at(searchTexts, i) }), floor: (c, v) => floor.search(c, v as never) },
    { name: 'SourcePage', operationName: 'SourcePage', document: ops.SourcePage, variables: (i) => ({ id: gid('Source', at(sourceIds, i)) }), floor: (c, v) => floor.sourcePage(c, v as never) },
    { name: 'Entities', operationName: 'Entities', document: ops.Entities, variables: (i) => ({ kind: at(entityKinds, i) as EntityKind }), floor: (c, v) => floor.entities(c, v as never) },
  ];
}
