/** ingestArticle over GraphQL against DynamoDB Local: auth, limits, idempotency, concurrency, atomicity, review. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, createTestServer, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const ops = contractOperations();
const seed = JSON.parse(readFileSync(new URL('../../fixtures/articles/cna-us-sanctions-north-korean-labour.json', import.meta.url), 'utf8'));

let t: TestStore;
let server: FactServer;

beforeAll(async () => {
  t = await createTestStore();
  server = await createTestServer(t.store);
});
afterAll(() => t?.store.destroy());

const ingest = (input: Record<string, unknown>, editor = true) => graphql(server, ops.IngestArticle, { input }, { editor });
const code = (response: { body: { errors?: { extensions?: { code?: string } }[] } }) => response.body.errors?.[0]?.extensions?.code;

async function sourceCount() {
  return (await graphql(server, '{ sources(first: 100) { edges { node { id } } } }')).body.data.sources.edges.length;
}
async function statementCount() {
  return (await graphql(server, '{ statements(first: 100) { edges { node { id } } } }')).body.data.statements.edges.length;
}

const companies = ['Valdora Steel Corporation', 'Nordhavn Metals Group', 'Kestrel Alloys Inc'];
const article = (n: number, extra = '') => ({
  text: `BRUSSELS: The European Union on Monday (Mar 4) imposed new tariffs on steel from ${companies[n % companies.length]}. ` +
    `"These measures protect European workers from unfair competition and will stay until the company changes course," ` +
    `EU Trade Commissioner Anna Berg said in a statement. ${extra}`,
  url: `https://news.example.com/eu-steel/${n}`,
  publisher: 'Example Wire',
  publishedAt: '2024-03-05T00:00:00Z',
});

describe('ingestArticle', () => {
  it('is for editors only: without the key, or with a wrong one, nothing is written', async () => {
    const anonymous = await ingest(article(1), false);
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.body.errors![0].message).toMatch(/Authorization: Bearer/);
    const wrong = await graphql(server, ops.IngestArticle, { input: article(1) }, { headers: { authorization: 'Bearer not-the-key' } });
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(await sourceCount()).toBe(0);
  });

  it('reads the seed article: quotes with their speakers, officials with titles, entities', async () => {
    const response = await ingest({ text: seed.text, publisher: 'Channel News Asia', publishedAt: '2020-01-15T00:00:00Z' });
    expect(response.body.errors).toBeUndefined();
    const { source, entities, officials } = response.body.data.ingestArticle;
    const statements = source.statements.edges.map((e: any) => e.node);
    const mnuchin = statements.find((s: any) => s.kind === 'QUOTE' && s.text.startsWith('The exportation of North Korean workers'));
    expect(mnuchin).toMatchObject({ status: 'UNREVIEWED', speaker: { __typename: 'Official', name: 'Steven Mnuchin', title: 'Treasury Secretary' } });
    expect(mnuchin.about.map((e: any) => e.name)).toContain('North Korea');
    expect(statements.find((s: any) => s.kind === 'QUOTE' && s.text.startsWith("We'll see what happens"))?.speaker?.name).toBe('Mike Esper');
    // The quotation cut off mid-word at the end ("We continRead More") produces nothing.
    expect(statements.some((s: any) => /We contin|Read More/.test(s.text))).toBe(false);
    expect(officials.map((o: any) => o.name)).toEqual(expect.arrayContaining(['Steven Mnuchin', 'Mike Esper', 'Kim Jong Un']));
    expect(entities.map((e: any) => e.name)).toEqual(expect.arrayContaining(['United States', 'North Korea', 'Japan', 'China']));
  });

  it('changes nothing when the same article comes again', async () => {
    const before = { sources: await sourceCount(), statements: await statementCount() };
    const again = await ingest({ text: seed.text, publisher: 'Channel News Asia', publishedAt: '2020-01-15T00:00:00Z' });
    expect(again.body.errors).toBeUndefined();
    expect({ sources: await sourceCount(), statements: await statementCount() }).toEqual(before);
  });

  it('adds a second article about a known official to the same record', async () => {
    const text = '"We will keep up the pressure on Pyongyang," Treasury Secretary Steven Mnuchin told reporters on Friday.';
    const response = await ingest({ text, url: 'https://news.example.com/mnuchin-2', publishedAt: '2020-01-20T00:00:00Z' });
    expect(response.body.errors).toBeUndefined();
    const search = await graphql(server, ops.Search, { text: 'Mnuchin' });
    const officials = search.body.data.search.filter((r: any) => r.__typename === 'Official');
    expect(officials).toHaveLength(1);
    const page = await graphql(server, ops.OfficialPage, { id: officials[0].id });
    const texts = page.body.data.official.statements.edges.map((e: any) => e.node.text);
    expect(texts[0]).toMatch(/keep up the pressure/);
    expect(texts.length).toBeGreaterThanOrEqual(2);
  });

  it('never joins two articles on a shortened name: two Carters stay two people, two countries\' health ministries two bodies', async () => {
    const stories = [
      'LONDON - Britain will raise borrowing, Finance Minister John Carter said on Monday. "We will not cut spending on hospitals this year," Carter told parliament.',
      'LONDON - Britain will close three hospitals, Health Minister Mary Carter said on Tuesday. "We cannot keep every ward open with these budgets," Carter told reporters.',
      'KAMPALA - Uganda\'s Health Ministry said on Monday that cholera cases had risen. "We are sending teams to every district this week," the ministry said.',
      'MOSCOW - Russia\'s Health Ministry said on Tuesday that flu cases had fallen. "We see fewer admissions in every region this month," the ministry said.',
    ];
    const speakers: string[] = [];
    for (const [n, text] of stories.entries()) {
      const response = await ingest({ text, url: `https://news.example.com/shortened/${n}` });
      expect(response.body.errors).toBeUndefined();
      speakers.push(...response.body.data.ingestArticle.source.statements.edges.map((e: any) => e.node.speaker?.name));
    }
    expect(speakers).toEqual(['John Carter', 'John Carter', 'Mary Carter', 'Mary Carter', 'Health Ministry of Uganda', 'Health Ministry of Uganda', 'Health Ministry of Russia', 'Health Ministry of Russia']);
    const carters = (await graphql(server, ops.Search, { text: 'Carter' })).body.data.search;
    expect(carters.map((r: any) => [r.name, r.title]).sort()).toEqual([['John Carter', 'Finance Minister'], ['Mary Carter', 'Health Minister']]);
  });

  it('joins an article to a known record by its full name in either order, or by a name the record is known by', async () => {
    const stories = [
      'BEIJING - China\'s Commerce Ministry said on Monday it would restrict exports of gallium. "These measures protect national security and interests," the ministry said.',
      'BEIJING - The Ministry of Commerce of China said on Friday that the rules take effect in August, and that licences would follow.',
      'NAIROBI - The Kenya Revenue Authority (KRA) said on Monday that it had collected more tax than planned this quarter.',
      'NAIROBI - KRA said on Friday that it would audit every large importer before the end of the year.',
    ];
    for (const [n, text] of stories.entries()) expect((await ingest({ text, url: `https://news.example.com/joined/${n}` })).body.errors).toBeUndefined();
    const found = async (text: string) => (await graphql(server, ops.Search, { text })).body.data.search.filter((r: any) => r.__typename === 'Entity').map((r: any) => r.name);
    expect(await found('Commerce Ministry of China')).toEqual(['Commerce Ministry of China']);
    expect(await found('Ministry of Commerce of China')).toEqual(['Commerce Ministry of China']);
    expect(await found('KRA')).toEqual(['Kenya Revenue Authority']);
  });

  it('creates a new entity once when two ingestions meet it at the same time', async () => {
    const results = await Promise.all([ingest(article(7, 'Officials met on Tuesday.')), ingest({ ...article(7, 'Talks resume next week.'), url: 'https://news.example.com/eu-steel/7b' })]);
    for (const result of results) expect(result.body.errors).toBeUndefined();
    const found = await graphql(server, ops.Search, { text: companies[7 % companies.length] });
    expect(found.body.data.search.filter((r: any) => r.name === companies[7 % companies.length])).toHaveLength(1);
    const berg = await graphql(server, ops.Search, { text: 'Anna Berg' });
    expect(berg.body.data.search.filter((r: any) => r.__typename === 'Official')).toHaveLength(1);
  });

  it('refuses bad input with a message that says what to fix, writing nothing', async () => {
    const before = { sources: await sourceCount(), statements: await statementCount() };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: '' }, /text must not be empty/],
      [{ text: '   \n ' }, /text must not be empty/],
      [{ text: 'x'.repeat(200_001) }, /at most 200,000 characters/],
      [{ text: 'Fine text.', url: 'not a url' }, /url must be an absolute http or https URL/],
      [{ text: 'Fine text.', url: 'javascript:alert(1)' }, /url must be an absolute http or https URL/],
      [{ text: 'Bad \u0000 byte' }, /control characters/],
    ];
    for (const [input, message] of cases) {
      const response = await ingest(input);
      expect(code(response), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].message).toMatch(message);
    }
    const badDate = await ingest({ text: 'Fine text.', publishedAt: 'last Tuesday' });
    expect(badDate.body.errors?.[0]?.message).toMatch(/DateTime/);
    expect({ sources: await sourceCount(), statements: await statementCount() }).toEqual(before);
  });

  it('leaves nothing visible when the write fails part-way, and succeeds when retried', async () => {
    const before = { sources: await sourceCount(), statements: await statementCount() };
    // Fault injection: DynamoDB refuses the article's transaction.
    const failing = { name: 'failArticleWrite', step: 'initialize' as const };
    t.store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && JSON.stringify(args.input).includes('"SOURCE"')) {
          throw Object.assign(new Error('injected outage'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } });
        }
        return next(args);
      },
      failing,
    );
    try {
      const failed = await ingest(article(9));
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect({ sources: await sourceCount(), statements: await statementCount() }).toEqual(before);
    } finally {
      t.store.doc.middlewareStack.remove(failing.name);
    }
    const retried = await ingest(article(9));
    expect(retried.body.errors).toBeUndefined();
    expect(await sourceCount()).toBe(before.sources + 1);
  });
});

describe('reviewStatement', () => {
  it('sets the status everywhere the statement is listed, and refuses a stale version with CONFLICT', async () => {
    const queue = await graphql(server, '{ statements(status: UNREVIEWED, kind: QUOTE, first: 100) { edges { node { id version about { id } } } } }');
    const statement = queue.body.data.statements.edges.map((e: any) => e.node).find((s: any) => s.about.length > 0);
    expect(code(await graphql(server, ops.ReviewStatement, { id: statement.id, status: 'VERIFIED' }))).toBe('UNAUTHENTICATED');

    const reviewed = await graphql(server, ops.ReviewStatement, { id: statement.id, status: 'VERIFIED' }, { editor: true });
    expect(reviewed.body.data.reviewStatement).toEqual({ id: statement.id, status: 'VERIFIED' });
    const verified = await graphql(server, '{ statements(status: VERIFIED, first: 100) { edges { node { id } } } }');
    expect(verified.body.data.statements.edges.map((e: any) => e.node.id)).toContain(statement.id);
    const stillQueued = await graphql(server, '{ statements(status: UNREVIEWED, first: 100) { edges { node { id } } } }');
    expect(stillQueued.body.data.statements.edges.map((e: any) => e.node.id)).not.toContain(statement.id);
    // The copy listed under the entity it is about changed too.
    const about = await graphql(server, `query($id: ID!) { entity(id: $id) { statements(first: 100) { edges { node { id status } } } } }`, { id: statement.about[0].id });
    expect(about.body.data.entity.statements.edges.find((e: any) => e.node.id === statement.id).node.status).toBe('VERIFIED');

    const stale = await graphql(server, 'mutation($id: ID!) { reviewStatement(id: $id, status: DISPUTED, version: 1) { id } }', { id: statement.id }, { editor: true });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.body.errors![0].message).toMatch(/version 2, not 1/);
  });
});
