/** Concurrent edits of one record with the same version: one wins, the rest CONFLICT; concurrent ingestions stay consistent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, graphql } from '../support/graphql.js';
import { type TestStore, seededServer } from '../support/testStore.js';

const ops = contractOperations();
let t: TestStore;
let server: FactServer;

beforeAll(async () => ({ server, ...t } = await seededServer()));
afterAll(() => t?.store.destroy());

const review = 'mutation($id: ID!, $status: ReviewStatus!, $version: Int) { reviewStatement(id: $id, status: $status, version: $version) { id status version } }';

describe('concurrency', () => {
  it('12 editors review one statement at the same version: exactly one wins, the others get CONFLICT', async () => {
    const statement = (await graphql(server, '{ statements(first: 1) { edges { node { id version } } } }')).body.data.statements.edges[0].node;
    const statuses = ['VERIFIED', 'DISPUTED', 'REJECTED'];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => graphql(server, review, { id: statement.id, status: statuses[i % 3], version: statement.version }, { editor: true })),
    );
    const won = results.filter((r) => !r.body.errors);
    const conflicts = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(11);
    const after = (await graphql(server, 'query($id: ID!) { statement(id: $id) { status version } }', { id: statement.id })).body.data.statement;
    expect(after).toEqual({ status: won[0].body.data.reviewStatement.status, version: statement.version + 1 });
  });

  it('concurrent ingestions of the same article and of articles naming the same new people stay consistent', async () => {
    const text = (n: number) =>
      `OSLO: Brightwater Fisheries Group on Tuesday (Apr ${n}) agreed to new quotas. "We will fish less so there are fish tomorrow," ` +
      `Brightwater chairman Ingrid Solberg said at a briefing. Fisheries Minister Arne Dahl said that the deal was fair.`;
    const inputs = [1, 1, 1, 2, 3, 4].map((n) => ({ text: text(n), url: `https://news.example.com/brightwater/${n}`, publishedAt: `2024-04-0${n}T00:00:00Z` }));
    const results = await Promise.all(inputs.map((input) => graphql(server, ops.IngestArticle, { input }, { editor: true })));
    for (const r of results) expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    // The same article three times: one source, the same statements.
    const sourceIds = results.map((r) => r.body.data.ingestArticle.source.id);
    expect(new Set(sourceIds.slice(0, 3)).size).toBe(1);
    expect(new Set(sourceIds).size).toBe(4);
    const sources = (await graphql(server, '{ sources(first: 30) { edges { node { id statements(first: 30) { edges { node { id } } } } } } }')).body.data.sources.edges;
    for (const id of new Set(sourceIds)) expect(sources.filter((e: any) => e.node.id === id)).toHaveLength(1);
    const counts = new Set(sources.filter((e: any) => sourceIds.includes(e.node.id)).map((e: any) => e.node.statements.edges.length));
    expect(counts.size).toBe(1);
    // One record per person and per company, whichever ingestion created it.
    for (const name of ['Ingrid Solberg', 'Arne Dahl', 'Brightwater Fisheries Group']) {
      const found = (await graphql(server, ops.Search, { text: name })).body.data.search.filter((r: any) => r.name === name);
      expect(found.length, name).toBeLessThanOrEqual(1);
    }
    const solberg = (await graphql(server, ops.Search, { text: 'Ingrid Solberg' })).body.data.search.find((r: any) => r.__typename === 'Official');
    expect(solberg).toBeDefined();
    const page = (await graphql(server, ops.OfficialPage, { id: solberg.id, first: 100 })).body.data.official;
    const texts = page.statements.edges.map((e: any) => e.node.text);
    expect(texts.length).toBe(4);
    expect(new Set(page.statements.edges.map((e: any) => e.node.id)).size).toBe(4);
  });
});
