/**
 * The Treasury Secretary's page with 20 statements, and the Treasury's, cost the calls a
 * hand-written resolver would make (bench/floor.ts), whatever the count: the Queries, the record
 * itself, and one BatchGetItem for everything the record and the Queries' answers refer to.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFacts } from '../../ingest/storeFacts.js';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, createTestServer, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

let t: TestStore;
let server: FactServer;

beforeAll(async () => {
  t = await createTestStore({ seed: true });
  server = await createTestServer(t.store);
  // 19 more articles quoting Mnuchin about the Treasury and another entity each.
  for (let i = 1; i <= 19; i++) {
    const quote = `Sanctions package number ${i} will stay in force until the regime stops sending workers abroad,`;
    const text = `"${quote}" Treasury Secretary Steven Mnuchin said on day ${i}.`;
    await storeFacts(t.store, {
      article: { text, url: `https://news.example.com/mnuchin/${i}`, publisher: 'Example Wire', publishedAt: new Date(Date.UTC(2020, 1, i)).toISOString() },
      entities: [
        { name: 'United States Department of the Treasury', kind: 'GOVERNMENT_BODY', aliases: ['Treasury'] },
        { name: `Example Region ${i}`, kind: 'REGION', aliases: [] },
      ],
      officials: [{ name: 'Steven Mnuchin', aliases: ['Mnuchin'], roles: [{ title: 'Treasury Secretary', organization: 'United States Department of the Treasury' }] }],
      statements: [{
        kind: 'QUOTE', text: quote, speakerName: 'Steven Mnuchin', speaker: { type: 'OFFICIAL', name: 'Steven Mnuchin' },
        about: ['United States Department of the Treasury', `Example Region ${i}`],
        statedAt: new Date(Date.UTC(2020, 1, i)).toISOString(), offsets: { start: 1, end: 1 + quote.length }, status: 'UNREVIEWED', confidence: 0.9,
      }],
    });
  }
});
afterAll(() => t?.store.destroy());

async function callsFor(officialId: string, operation: 'OfficialPage' | 'EntityPage' = 'OfficialPage') {
  t.store.commandLog.clear();
  const type = operation === 'OfficialPage' ? 'Official' : 'Entity';
  const response = await graphql(server, contractOperations()[operation], { id: encodeGlobalID(type, officialId), first: 20 });
  expect(response.body.errors).toBeUndefined();
  return { data: response.body.data, counts: t.store.commandLog.counts(), commands: [...t.store.commandLog.list()] };
}

describe('OfficialPage', () => {
  it('answers 20 statements with a bounded number of DynamoDB calls and no Scan', async () => {
    const { data, counts, commands } = await callsFor('steven-mnuchin');
    const statements = data.official.statements.edges.map((e: any) => e.node);
    expect(statements).toHaveLength(20);
    // Newest first: the seed article (2020-01-15) is the oldest.
    const dates = statements.map((s: any) => s.statedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(statements.map((s: any) => s.source.id)).size).toBe(20);
    expect(statements.every((s: any) => s.speaker.name === 'Steven Mnuchin' && s.about.length >= 1)).toBe(true);

    expect(counts.Scan ?? 0).toBe(0);
    // The official and the statements Query start together (the Query needs only the id); then
    // one BatchGetItem for the role's entities and the statements' entities and sources, even
    // when the official arrives first (the loaders wait for the Query): 3 calls, as the floor.
    expect(counts).toEqual({ Query: 1, BatchGetItem: 2 });
    expect(commands.find((c) => c.command === 'Query')?.index).toBe('bySpeaker');
  });

  it('costs the same for 2 statements as for 20 (no call per statement)', async () => {
    const few = await callsFor('mike-esper');
    expect(few.data.official.statements.edges).toHaveLength(2);
    const many = await callsFor('steven-mnuchin');
    for (const { counts } of [few, many]) {
      expect(Object.keys(counts).sort()).toEqual(['BatchGetItem', 'Query']);
      expect(counts).toEqual({ Query: 1, BatchGetItem: 2 });
    }
  });

  it('asked again and again, never splits the second BatchGetItem', async () => {
    // Which of the official and the Query answers first varies; the count must not.
    for (let i = 0; i < 10; i++) expect((await callsFor('steven-mnuchin')).counts).toEqual({ Query: 1, BatchGetItem: 2 });
  });
});

describe('EntityPage', () => {
  it('reads the entity with its statements Query, then its members, then one BatchGetItem for the rest', async () => {
    const treasury = (await t.store.entities.search('Treasury', 1))[0];
    for (let i = 0; i < 10; i++) {
      const { data, counts, commands } = await callsFor(treasury.id, 'EntityPage');
      expect(data.entity.statements.edges).toHaveLength(20);
      expect(data.entity.officials.edges.map((e: any) => e.node.name)).toContain('Steven Mnuchin');
      expect(data.entity.statements.edges.every((e: any) => e.node.speaker.name && e.node.source.id)).toBe(true);
      // The byAbout Query starts with the entity's read; the members Query needs its kind. The
      // country, the members' records and the statements' references then go in one call: 4 in all.
      expect(counts).toEqual({ Query: 2, BatchGetItem: 2 });
      expect(commands.filter((c) => c.command === 'Query').map((c) => c.index).sort()).toEqual(['byAbout', 'byMembership']);
    }
  });
});

describe('SourcePage', () => {
  it('reads the article and its first page of statements in one Query, with the cursors of later pages', async () => {
    const { items } = await t.store.statements.listSources({ first: 100 });
    const seed = items.find(({ item }) => !item.url)!.item;
    t.store.commandLog.clear();
    const id = encodeGlobalID('Source', seed.id);
    const first = await graphql(server, 'query($id: ID!) { source(id: $id) { publisher statements(first: 4) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }', { id });
    expect(first.body.errors).toBeUndefined();
    expect(t.store.commandLog.counts()).toEqual({ Query: 1 });
    const page = first.body.data.source.statements;
    expect(page.edges).toHaveLength(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
    // The cursor continues the same list as the statements connection read on its own.
    const rest = await graphql(server, 'query($id: ID!, $after: String) { source(id: $id) { statements(first: 100, after: $after) { edges { node { id } } } } }', { id, after: page.pageInfo.endCursor });
    const all = await graphql(server, 'query($id: ID!) { source(id: $id) { statements(first: 100) { edges { node { id } } } } }', { id });
    const ids = (r: any) => r.body.data.source.statements.edges.map((e: any) => e.node.id);
    expect([...ids(first), ...ids(rest)]).toEqual(ids(all));
    expect(ids(all)).toHaveLength(9);
  });
});
