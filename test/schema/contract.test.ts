/** The contract's operations validate against the schema and answer correctly on the seed article. */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema, schemaPath } from '../../schema/print.js';
import { schema } from '../../schema/index.js';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, contractPath, graphql } from '../support/graphql.js';
import { type TestStore, seededServer } from '../support/testStore.js';

const gid = encodeGlobalID;
const ops = contractOperations();

let t: TestStore;
let server: FactServer;

beforeAll(async () => ({ server, ...t } = await seededServer()));
afterAll(() => t?.store.destroy());

async function run<T = any>(operation: string, variables: Record<string, unknown> = {}) {
  const response = await graphql<T>(server, ops[operation], variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data!;
}

/** Every node of a connection, page by page, checking that pages neither overlap nor skip. */
async function allPages(operation: string, variables: Record<string, unknown>, pick: (data: any) => any) {
  const nodes: any[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const connection = pick(await run(operation, { ...variables, after }));
    nodes.push(...connection.edges.map((e: any) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

describe('the schema', () => {
  it('validates every operation of the contract', () => {
    const document = parse(readFileSync(contractPath, 'utf8'));
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    // The printed SDL, which clients read, accepts them too.
    expect(validate(buildSchema(readFileSync(schemaPath, 'utf8')), document).map((e) => e.message)).toEqual([]);
  });

  it('is printed to schema/schema.graphql without drift (run `npm run schema` after changing a type)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(printedSchema());
  });
});

describe('the contract on the seed article', () => {
  it('Search finds entities by name, word and demonym, and officials by surname', async () => {
    const korea = await run('Search', { text: 'korea' });
    expect(korea.search.map((r: any) => r.name)).toEqual(['North Korea', 'South Korea', 'Korea Namgang Trading Corporation']);
    expect(korea.search[0]).toMatchObject({ __typename: 'Entity', kind: 'COUNTRY', id: gid('Entity', 'north-korea') });
    const american = await run('Search', { text: 'American' });
    expect(american.search[0]).toMatchObject({ __typename: 'Entity', name: 'United States' });
    const mnuchin = await run('Search', { text: 'mnuch' });
    expect(mnuchin.search).toEqual([
      { __typename: 'Official', id: gid('Official', 'steven-mnuchin'), name: 'Steven Mnuchin', title: 'Treasury Secretary', aliases: ['Mnuchin'] },
    ]);
    expect((await run('Search', { text: 'zzzz' })).search).toEqual([]);
    expect((await run('Search', { text: 'korea', first: 1 })).search).toHaveLength(1);
  });

  it('EntityPage shows an entity, its officials and the statements about it, paged without gaps', async () => {
    const data = await run('EntityPage', { id: gid('Entity', 'north-korea'), first: 100 });
    const entity = data.entity;
    expect(entity).toMatchObject({ name: 'North Korea', kind: 'COUNTRY', description: null, country: null });
    expect(entity.aliases).toEqual(expect.arrayContaining(['North Korean', 'Pyongyang']));
    expect(entity.officials.edges.map((e: any) => e.node.name)).toEqual(['Kim Jong Un']);
    const all = entity.statements.edges.map((e: any) => e.node);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((s: any) => s.about.some((a: any) => a.name === 'North Korea'))).toBe(true);
    const quote = all.find((s: any) => s.text.startsWith('The exportation of North Korean workers'));
    expect(quote).toMatchObject({ kind: 'QUOTE', speakerName: 'Steven Mnuchin', status: 'VERIFIED', speaker: { __typename: 'Official', name: 'Steven Mnuchin', title: 'Treasury Secretary' } });
    expect(quote.source).toMatchObject({ publisher: 'Channel News Asia', publishedAt: '2020-01-15T00:00:00.000Z', url: null });

    const paged = await allPages('EntityPage', { id: gid('Entity', 'north-korea'), first: 2 }, (d) => d.entity.statements);
    expect(paged.map((s) => s.id)).toEqual(all.map((s: any) => s.id));
    expect(new Set(paged.map((s) => s.id)).size).toBe(paged.length);

    const treasury = await run('EntityPage', { id: gid('Entity', 'united-states-department-of-the-treasury') });
    expect(treasury.entity).toMatchObject({ kind: 'GOVERNMENT_BODY', country: { name: 'United States' } });
    expect(treasury.entity.officials.edges.map((e: any) => e.node.name)).toEqual(['Steven Mnuchin']);
  });

  it('OfficialPage shows roles and statements newest first', async () => {
    const { official } = await run('OfficialPage', { id: gid('Official', 'mike-esper') });
    expect(official).toMatchObject({
      name: 'Mike Esper',
      title: 'Defense Secretary',
      aliases: ['Esper'],
      country: { name: 'United States' },
      roles: [{ title: 'Defense Secretary', organization: { name: 'United States Department of Defense' }, country: { name: 'United States' } }],
    });
    const kinds = official.statements.edges.map((e: any) => e.node.kind).sort();
    expect(kinds).toEqual(['PARAPHRASE', 'QUOTE']);
    expect(official.statements.edges.map((e: any) => e.node.text)).toContain("We'll see what happens. It's in Kim Jong Un's hands what he intends to do,");
    expect(official.statements.pageInfo.hasNextPage).toBe(false);
    const kono = await run('OfficialPage', { id: gid('Official', 'taro-kono') });
    expect(kono.official.roles.map((r: any) => r.title)).toEqual(['Japanese counterpart', 'defence minister']);
    expect(kono.official.country).toEqual({ id: gid('Entity', 'japan'), name: 'Japan' });
  });

  it('Entities lists by kind, sorted by name, over pages', async () => {
    const countries = await allPages('Entities', { kind: 'COUNTRY', first: 3 }, (d) => d.entities);
    expect(countries.map((c) => c.name)).toEqual(['China', 'Japan', 'Nigeria', 'North Korea', 'Russia', 'South Korea', 'United States']);
    const everything = await allPages('Entities', { first: 4 }, (d) => d.entities);
    expect(everything).toHaveLength(15);
    expect(everything.map((e) => e.name)).toEqual([
      'Beijing Sukbakso', 'China', 'East-West Center', 'Eastern Europe', 'Japan', 'Korea Namgang Trading Corporation', 'Middle East',
      'Nigeria', 'North Korea', 'Russia', 'South Korea', 'United Nations', 'United States', 'United States Department of Defense',
      'United States Department of the Treasury',
    ]);
    expect((await run('Entities', { kind: 'REGION' })).entities.edges.map((e: any) => e.node.name)).toEqual(['Eastern Europe', 'Middle East']);
  });

  it('Officials lists by organization and by country', async () => {
    const all = await allPages('Officials', { first: 2 }, (d) => d.officials);
    expect(all.map((o) => o.name)).toEqual(['Donald Trump', 'Kim Jong Un', 'Mike Esper', 'Steven Mnuchin', 'Taro Kono']);
    const us = await run('Officials', { country: gid('Entity', 'united-states') });
    expect(us.officials.edges.map((e: any) => e.node.name)).toEqual(['Donald Trump', 'Mike Esper', 'Steven Mnuchin']);
    const pentagon = await run('Officials', { organization: gid('Entity', 'united-states-department-of-defense') });
    expect(pentagon.officials.edges.map((e: any) => e.node)).toEqual([{ id: gid('Official', 'mike-esper'), name: 'Mike Esper', title: 'Defense Secretary' }]);
    const both = await run('Officials', { organization: gid('Entity', 'united-states-department-of-defense'), country: gid('Entity', 'japan') });
    expect(both.officials.edges).toEqual([]);
  });

  it('Statements filters by speaker, entity, kind and status', async () => {
    const quotes = await run('Statements', { kind: 'QUOTE' });
    expect(quotes.statements.edges.map((e: any) => e.node.speakerName).sort()).toEqual(['Mike Esper', 'Steven Mnuchin']);
    const verified = await allPages('Statements', { status: 'VERIFIED', first: 4 }, (d) => d.statements);
    expect(verified).toHaveLength(9);
    expect((await run('Statements', { status: 'DISPUTED' })).statements.edges).toEqual([]);
    const kim = await run('Statements', { speaker: gid('Official', 'kim-jong-un') });
    expect(kim.statements.edges.map((e: any) => e.node.text).sort()).toEqual([
      'Pyongyang would test a destructive new weapon',
      'he will no longer abide by the moratorium on nuclear and intercontinental ballistic missile tests',
    ]);
    const treasury = await run('Statements', { speaker: gid('Entity', 'united-states-department-of-the-treasury') });
    expect(treasury.statements.edges.map((e: any) => e.node.speaker)).toEqual([
      { __typename: 'Entity', id: gid('Entity', 'united-states-department-of-the-treasury'), name: 'United States Department of the Treasury', kind: 'GOVERNMENT_BODY' },
    ]);
    const aboutRussiaParaphrases = await run('Statements', { about: gid('Entity', 'russia'), kind: 'PARAPHRASE' });
    const texts = aboutRussiaParaphrases.statements.edges.map((e: any) => e.node);
    expect(texts.length).toBe(2);
    expect(texts.every((s: any) => s.kind === 'PARAPHRASE' && s.about.some((a: any) => a.name === 'Russia'))).toBe(true);
    const unnamed = (await run('Statements', { first: 100 })).statements.edges.map((e: any) => e.node).find((s: any) => s.speakerName === 'US officials');
    expect(unnamed).toMatchObject({ speaker: null, kind: 'PARAPHRASE' });
  });

  it('SourcePage lists the article statements in reading order, and Sources lists the article', async () => {
    const { sources } = await run('Sources');
    expect(sources.edges).toHaveLength(1);
    expect(sources.pageInfo.hasNextPage).toBe(false);
    const { source } = await run('SourcePage', { id: sources.edges[0].node.id });
    expect(source.publisher).toBe('Channel News Asia');
    const statements = source.statements.edges.map((e: any) => e.node);
    expect(statements).toHaveLength(9);
    const text = JSON.parse(readFileSync(new URL('../../fixtures/articles/cna-us-sanctions-north-korean-labour.json', import.meta.url), 'utf8')).text as string;
    const positions = statements.map((s: any) => text.indexOf(s.text));
    expect(positions.every((p: number) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('NodeById resolves every type, and answers null for an unknown id', async () => {
    const { sources } = await run('Sources');
    const sourceId = sources.edges[0].node.id;
    const { source } = await run('SourcePage', { id: sourceId });
    const statementId = source.statements.edges[0].node.id;
    expect((await run('NodeById', { id: gid('Entity', 'japan') })).node).toEqual({ __typename: 'Entity', id: gid('Entity', 'japan'), name: 'Japan' });
    expect((await run('NodeById', { id: gid('Official', 'taro-kono') })).node).toMatchObject({ __typename: 'Official', name: 'Taro Kono' });
    expect((await run('NodeById', { id: sourceId })).node).toEqual({ __typename: 'Source', id: sourceId, url: null });
    expect((await run('NodeById', { id: statementId })).node).toMatchObject({ __typename: 'Statement', text: source.statements.edges[0].node.text });
    expect((await run('NodeById', { id: gid('Entity', 'atlantis') })).node).toBeNull();
    expect((await run('EntityPage', { id: gid('Entity', 'atlantis') })).entity).toBeNull();
    expect((await run('OfficialPage', { id: gid('Entity', 'japan') })).official).toBeNull();
  });

  it('resolves the same node twice in one request, and nodes(ids:) with an id twice', async () => {
    for (const id of [gid('Entity', 'japan'), gid('Official', 'taro-kono')]) {
      const twice = await graphql(server, 'query Twice($id: ID!) { node(id: $id) { id } again: node(id: $id) { __typename id } nodes(ids: [$id, $id]) { id } }', { id });
      expect(twice.body.errors, JSON.stringify(twice.body.errors)).toBeUndefined();
      expect(twice.body.data).toEqual({ node: { id }, again: { __typename: id === gid('Entity', 'japan') ? 'Entity' : 'Official', id }, nodes: [{ id }, { id }] });
    }
  });
});

describe('bad arguments are client errors', () => {
  const code = (response: { body: { errors?: { extensions?: { code?: string } }[] } }) => response.body.errors?.[0]?.extensions?.code;

  it('refuses first above 100 or below 0, saying so', async () => {
    const tooMany = await graphql(server, ops.Entities, { first: 101 });
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors![0].message).toMatch(/at most 100/);
    expect(code(await graphql(server, ops.Entities, { first: -5 }))).toBe('BAD_USER_INPUT');
  });

  it('refuses forged cursors and cursors of another list', async () => {
    expect(code(await graphql(server, ops.Entities, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify({ v: 1, s: 'AAAAAAAAAAAA', k: { pk: 'x', sk: 'y' } })).toString('base64url');
    const response = await graphql(server, ops.Entities, { after: forged });
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toMatch(/cursor/);
    const countries = await run('Entities', { kind: 'COUNTRY', first: 1 });
    const foreign = await graphql(server, ops.Entities, { kind: 'REGION', after: countries.entities.pageInfo.endCursor });
    expect(code(foreign)).toBe('BAD_USER_INPUT');
  });

  it('refuses ids that are not ids of this service', async () => {
    const response = await graphql(server, ops.EntityPage, { id: 'nonsense' });
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toMatch(/not an id of this service/);
    expect(code(await graphql(server, ops.Statements, { about: gid('Official', 'mike-esper') }))).toBe('BAD_USER_INPUT');
  });
});
