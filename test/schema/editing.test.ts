/** Editors rename, alias and merge records; stale versions are CONFLICTs and lose nothing. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFacts } from '../../ingest/storeFacts.js';
import type { FactServer } from '../../schema/server.js';
import { createTestServer, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const gid = encodeGlobalID;
let t: TestStore;
let server: FactServer;

beforeAll(async () => {
  t = await createTestStore({ seed: true });
  server = await createTestServer(t.store);
  // A second article where extraction made duplicates: "DPRK" and "Steve Mnuchin".
  const quote = 'Pyongyang must stop sending its workers abroad before any sanctions are lifted,';
  await storeFacts(t.store, {
    article: { text: `"${quote}" Steve Mnuchin said about the DPRK.`, url: 'https://news.example.com/dprk', publishedAt: '2020-02-01T00:00:00.000Z' },
    entities: [{ name: 'DPRK', kind: 'COUNTRY', aliases: [] }],
    officials: [
      { name: 'Steve Mnuchin', aliases: [], roles: [{ title: 'Treasury chief', organization: 'United States Department of the Treasury' }] },
      { name: 'Ri Son Gwon', aliases: ['Ri'], roles: [{ title: 'foreign minister', country: 'DPRK' }] },
    ],
    statements: [{
      kind: 'QUOTE', text: quote, speakerName: 'Steve Mnuchin', speaker: { type: 'OFFICIAL', name: 'Steve Mnuchin' }, about: ['DPRK'],
      statedAt: '2020-02-01T00:00:00.000Z', offsets: { start: 1, end: 1 + quote.length }, status: 'UNREVIEWED', confidence: 0.8,
    }],
  });
});
afterAll(() => t?.store.destroy());

const edit = (query: string, variables: Record<string, unknown>) => graphql(server, query, variables, { editor: true });
const code = (response: any) => response.body.errors?.[0]?.extensions?.code;
const version = async (type: 'entity' | 'official', id: string) =>
  (await graphql(server, `query($id: ID!) { ${type}(id: $id) { version } }`, { id })).body.data[type].version;

const UPDATE_OFFICIAL = 'mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id name aliases version } }';
const UPDATE_ENTITY = 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id name aliases description version } }';
const MERGE_OFFICIALS = 'mutation($input: MergeInput!) { mergeOfficials(input: $input) { id name aliases version roles { title } } }';
const MERGE_ENTITIES = 'mutation($input: MergeInput!) { mergeEntities(input: $input) { id name aliases version } }';

describe('editing records', () => {
  it('sets aliases so that search and resolution find them; a stale version is a CONFLICT', async () => {
    const id = gid('Official', 'kim-jong-un');
    const v = await version('official', id);
    const updated = await edit(UPDATE_OFFICIAL, { input: { id, version: v, aliases: ['Kim', 'Kim Jong-un'] } });
    expect(updated.body.data.updateOfficial).toMatchObject({ aliases: ['Kim', 'Kim Jong-un'], version: v + 1 });
    const found = await graphql(server, '{ search(text: "kim jong") { ... on Official { name } } }');
    expect(found.body.data.search).toEqual([{ name: 'Kim Jong Un' }]);
    const stale = await edit(UPDATE_OFFICIAL, { input: { id, version: v, aliases: ['Chairman Kim'] } });
    expect(code(stale)).toBe('CONFLICT');
    expect((await graphql(server, `{ official(id: "${id}") { aliases } }`)).body.data.official.aliases).toEqual(['Kim', 'Kim Jong-un']);
  });

  it('lets exactly one of several concurrent edits at the same version win', async () => {
    const id = gid('Entity', 'nigeria');
    const v = await version('entity', id);
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => edit(UPDATE_ENTITY, { input: { id, version: v, description: `Description ${n}` } })),
    );
    const winners = results.filter((r) => !r.body.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(3);
    const stored = (await graphql(server, `{ entity(id: "${id}") { description version } }`)).body.data.entity;
    expect(stored).toEqual({ description: winners[0].body.data.updateEntity.description, version: v + 1 });
  });

  it('refuses an alias that names another record', async () => {
    const id = gid('Entity', 'japan');
    const response = await edit(UPDATE_ENTITY, { input: { id, version: await version('entity', id), aliases: ['China'] } });
    expect(code(response)).toBe('CONFLICT');
    expect(response.body.errors![0].message).toMatch(/already belongs to another entity; merge/);
  });

  it('is for editors only, with clear input errors', async () => {
    const anonymous = await graphql(server, UPDATE_ENTITY, { input: { id: gid('Entity', 'japan'), version: 1, name: 'Nippon' } });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    const empty = await edit(UPDATE_ENTITY, { input: { id: gid('Entity', 'japan'), version: 1, name: ' ' } });
    expect(code(empty)).toBe('BAD_USER_INPUT');
    expect(empty.body.errors![0].message).toMatch(/name must not be empty/);
  });
});

describe('merging records', () => {
  it('moves an official duplicate statements, roles and names to the kept record', async () => {
    const keep = gid('Official', 'steven-mnuchin');
    const remove = gid('Official', 'steve-mnuchin');
    const input = { keep, keepVersion: await version('official', keep), remove, removeVersion: await version('official', remove) };
    const stale = await edit(MERGE_OFFICIALS, { input: { ...input, removeVersion: input.removeVersion + 5 } });
    expect(code(stale)).toBe('CONFLICT');

    const merged = await edit(MERGE_OFFICIALS, { input });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeOfficials.aliases).toEqual(['Mnuchin', 'Steve Mnuchin']);
    expect(merged.body.data.mergeOfficials.roles.map((r: any) => r.title)).toEqual(['Treasury Secretary', 'Treasury chief']);
    expect((await graphql(server, `{ official(id: "${remove}") { id } }`)).body.data.official).toBeNull();
    const statements = (await graphql(server, `{ statements(speaker: "${keep}") { edges { node { text speaker { ... on Official { id } } } } } }`)).body.data.statements.edges;
    expect(statements).toHaveLength(2);
    expect(statements.every((e: any) => e.node.speaker.id === keep)).toBe(true);
    expect((await graphql(server, `{ statements(speaker: "${remove}") { edges { node { id } } } }`)).body.data.statements.edges).toEqual([]);
    const search = (await graphql(server, '{ search(text: "steve mnuchin") { ... on Official { id } } }')).body.data.search;
    expect(search).toEqual([{ id: keep }]);
  });

  it('moves statements about an entity, and the roles that name it, to the kept entity', async () => {
    const keep = gid('Entity', 'north-korea');
    const remove = gid('Entity', 'dprk');
    const before = (await graphql(server, `{ entity(id: "${keep}") { statements(first: 100) { edges { node { id } } } } }`)).body.data.entity.statements.edges.length;
    const input = { keep, keepVersion: await version('entity', keep), remove, removeVersion: await version('entity', remove) };
    const merged = await edit(MERGE_ENTITIES, { input });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeEntities.aliases).toContain('DPRK');
    const after = (await graphql(server, `{ entity(id: "${keep}") { statements(first: 100) { edges { node { id about { id } } } } officials { edges { node { name } } } } }`)).body.data.entity;
    expect(after.statements.edges).toHaveLength(before + 1);
    expect(after.officials.edges.map((e: any) => e.node.name)).toEqual(['Kim Jong Un', 'Ri Son Gwon']);
    expect((await graphql(server, `{ entity(id: "${remove}") { id } }`)).body.data.entity).toBeNull();
    const ri = (await graphql(server, `{ official(id: "${gid('Official', 'ri-son-gwon')}") { country { id } } }`)).body.data.official;
    expect(ri.country.id).toBe(keep);
    expect((await graphql(server, '{ search(text: "dprk") { ... on Entity { id } } }')).body.data.search).toEqual([{ id: keep }]);
  });
});
