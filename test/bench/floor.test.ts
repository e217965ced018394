/**
 * The benchmark's pieces are right (no timing here): the corpus is deterministic, it is written
 * in the store's own layout, and for every benchmarked query the floor builds exactly the JSON the
 * GraphQL service answers, with the number of DynamoDB calls it claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import type { FloorContext } from '../../bench/floor.js';
import { graphqlRequest } from '../../bench/measure.js';
import { benchQueries } from '../../bench/queries.js';
import { writeCorpus } from '../../bench/writeCorpus.js';
import { createDynamoClients } from '../../store/client.js';
import type { FactServer } from '../../schema/server.js';
import { createTestServer } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const size = { entities: 40, officials: 60, statements: 400, sources: 30 };
const corpus = generateCorpus(size, 7);

let test: TestStore;
let server: FactServer;
let floorClients: ReturnType<typeof createDynamoClients>;
let context: FloorContext;

beforeAll(async () => {
  test = await createTestStore();
  await writeCorpus(test.endpoint, corpus, test.tableNames, { concurrency: 4 });
  server = await createTestServer(test.store);
  floorClients = createDynamoClients({ endpoint: test.endpoint });
  context = { doc: floorClients.doc, tables: test.tableNames };
}, 120_000);

afterAll(() => {
  floorClients?.raw.destroy();
  test?.store.destroy();
});

describe('corpus', () => {
  it('is the same for the same seed, and skewed', () => {
    const again = generateCorpus(size, 7);
    expect(again.statementsBySource).toEqual(corpus.statementsBySource);
    expect(again.officials).toEqual(corpus.officials);
    expect(corpus.statementsBySource.flat()).toHaveLength(size.statements);
    const counts = new Map<string, number>();
    for (const s of corpus.statementsBySource.flat()) if (s.speaker) counts.set(s.speaker.id, (counts.get(s.speaker.id) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(size.statements / 10);
  });
});

/** Calls the floor makes per query: the fewest that return the data. */
const floorCalls: Record<string, number> = {
  OfficialPage: 3, EntityPage: 4, 'Statements(speaker)': 2, 'Statements(about)': 2, Search: 3, SourcePage: 2, Entities: 1,
};

describe('floor', () => {
  for (const query of benchQueries(corpus, 4)) {
    it(`${query.name}: the floor answers the same JSON as GraphQL`, async () => {
      for (let i = 0; i < 4; i++) {
        const variables = query.variables(i);
        const response = JSON.parse(await graphqlRequest(server, query, variables));
        expect(response.errors).toBeUndefined();
        floorClients.log.clear();
        const data = await query.floor(context, variables);
        expect(data).toEqual(response.data);
        expect(floorClients.log.list().length).toBe(floorCalls[query.name]);
      }
    });
  }

  it('pages hold data (the comparison is not of empty answers)', async () => {
    const [officialPage] = benchQueries(corpus, 4);
    const data = await officialPage.floor(context, officialPage.variables(0)) as any;
    expect(data.official.statements.edges.length).toBeGreaterThan(5);
  });
});
