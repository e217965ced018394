/**
 * Bad input over real HTTP, each case checked for its status, its error, and an unchanged store:
 * malformed requests (GraphQL-over-HTTP), abusive queries (limits), invalid arguments and article
 * input, editor authentication, and masked unexpected errors that carry the request id.
 */
import { request } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../schema/limits.js';
import { EDITOR_KEY, contractOperations } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';
import { type HttpAnswer, type HttpFactServer, answer, errorCode, post, startHttpServer, storeFingerprint } from './support.js';

const ops = contractOperations();
const gid = encodeGlobalID;
const editor = { authorization: `Bearer ${EDITOR_KEY}` };
const graphqlResponse = { accept: 'application/graphql-response+json' };

let t: TestStore;
let http: HttpFactServer;
let before: { items: number; hash: string };

beforeAll(async () => {
  t = await createTestStore({ seed: true });
  http = await startHttpServer(t.store);
  before = await storeFingerprint(t.store);
  expect(before.items).toBeGreaterThan(50);
});
afterAll(async () => {
  await http?.close();
  t?.store.destroy();
});

/** Every refusal: a JSON error body, never a 5xx, no stack trace, and the store as it was. */
async function refused(a: HttpAnswer, status: number, code: string | RegExp, message?: RegExp) {
  expect(a.status, a.text.slice(0, 300)).toBe(status);
  expect(a.body?.errors?.length, a.text.slice(0, 300)).toBeGreaterThan(0);
  expect(errorCode(a) ?? '', a.text.slice(0, 300)).toMatch(typeof code === 'string' ? new RegExp(`^${code}$`) : code);
  if (message) expect(a.body.errors[0].message).toMatch(message);
  expect(a.text).not.toMatch(/\n\s+at |stack|Did you mean/);
  expect(await storeFingerprint(t.store)).toEqual(before);
}

const query = (q: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => post(http.url, { query: q, variables }, headers);
const get = async (params: Record<string, string>) => answer(await fetch(`${http.url}?${new URLSearchParams(params)}`));
const nested = (levels: number) => `{ entity(id: "${gid('Entity', 'japan')}") { ${'country { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('malformed HTTP requests get a 4xx with an error body', () => {
  it('malformed JSON: 400', async () => refused(await post(http.url, '{"query": "{ sources { edges'), 400, 'BAD_REQUEST', /not valid JSON/));
  it('a JSON body that is not an object: 400', async () => refused(await post(http.url, '"{ __typename }"'), 400, 'BAD_REQUEST', /JSON object/));
  it('no query: 400', async () => refused(await post(http.url, { variables: {} }), 400, 'BAD_REQUEST', /no "query"/));
  it('an empty query: 400', async () => refused(await post(http.url, { query: '  ' }), 400, 'BAD_REQUEST', /empty/));
  it('a query that is not a string: 400', async () => refused(await post(http.url, { query: { a: 1 } }), 400, 'BAD_REQUEST', /string/));
  it('variables that are not an object: 400', async () => refused(await post(http.url, { query: '{ __typename }', variables: 'x' }), 400, 'BAD_REQUEST'));
  it('an unsupported content type: 415', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/graphql']) {
      await refused(await post(http.url, '{"query":"{ __typename }"}', { 'content-type': type }), 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/json/);
    }
    const none = await answer(await fetch(http.url, { method: 'POST', body: new Blob(['{"query":"{ __typename }"}']) }));
    await refused(none, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
  it('a mutation over GET: 405', async () => {
    const a = await get({ query: 'mutation { reviewStatement(id: "x", status: VERIFIED) { id } }' });
    await refused(a, 405, 'BAD_REQUEST', /POST/);
  });
  it('a method other than GET or POST: 405', async () => {
    const a = await answer(await fetch(http.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }));
    await refused(a, 405, 'BAD_REQUEST');
  });
  it('a batch (an array of operations): 400, batching is off', async () => {
    await refused(await post(http.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400, 'BAD_REQUEST', /Batching/);
  });
  it('a 2 MB query: 413 before it is parsed', async () => {
    const big = `{ ${'__typename '.repeat(200_000)}}`;
    expect(big.length).toBeGreaterThan(2_000_000);
    await refused(await query(big), 413, 'PAYLOAD_TOO_LARGE');
  });
  it('a body over the limit without Content-Length (chunked): 413 while reading', async () => {
    // Its own connection (node:http, no agent): the server stops reading and the socket is not reused.
    const pad = `{"query":"{ __typename }","extensions":{"pad":"${'x'.repeat(256 * 1024)}`;
    const a = await new Promise<HttpAnswer>((resolve, reject) => {
      const req = request(http.url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c) => (text += c)).on('end', () => resolve({ status: res.statusCode!, headers: new Headers(res.headers as Record<string, string>), text, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      const write = (n: number): void => {
        if (n === 0) return void req.end('"}}');
        if (req.write(pad)) write(n - 1);
        else req.once('drain', () => write(n - 1));
      };
      write(8);
    });
    await refused(a, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('GraphQL errors: an error body, never a 500, no suggestions', () => {
  it('a syntax error: 200 for application/json, 400 for application/graphql-response+json', async () => {
    await refused(await query('{ entities( '), 200, 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    await refused(await query('{ entities( ', undefined, graphqlResponse), 400, 'GRAPHQL_PARSE_FAILED');
  });
  it('an unknown field, without "Did you mean"', async () => {
    await refused(await query('{ entitis { edges { node { id } } } }'), 200, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "entitis"/);
    await refused(await query('{ entitis { edges { node { id } } } }', undefined, graphqlResponse), 400, 'GRAPHQL_VALIDATION_FAILED');
  });
  it('fragment cycles', async () => {
    const cycle = 'query { entities { edges { node { ...A } } } } fragment A on Entity { country { ...B } } fragment B on Entity { country { ...A } }';
    await refused(await query(cycle, undefined, graphqlResponse), 400, 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "A" within itself/);
  });
  it('60-deep nesting', async () => {
    await refused(await query(nested(60), undefined, graphqlResponse), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${LIMITS.maxDepth}`));
  });
  it('600 aliases (over the token limit too), and 20', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    await refused(await query(aliases(600), undefined, graphqlResponse), 400, /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/, /(Aliases|Token) limit/);
    await refused(await query(aliases(20), undefined, graphqlResponse), 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded, found 20`));
  });
  it('too many tokens in a document well under the body limit', async () => {
    await refused(await query(`{ ${'__typename '.repeat(5_000)}}`, undefined, graphqlResponse), 400, 'GRAPHQL_PARSE_FAILED', new RegExp(`Token limit of ${LIMITS.maxTokens}`));
  });
  it('too many directives', async () => {
    await refused(await query(`{ __typename ${'@include(if: true) '.repeat(50)}}`, undefined, graphqlResponse), 400, 'GRAPHQL_VALIDATION_FAILED', /Directives limit/);
  });
  it('100×100×100 records: refused before it runs, saying why', async () => {
    const calls = t.store.commandLog.list().length;
    const a = await query('{ entities(first: 100) { edges { node { statements(first: 100) { edges { node { about { statements(first: 100) { edges { node { id } } } } } } } } } } }');
    expect(t.store.commandLog.list().length, 'nothing was read').toBe(calls);
    await refused(a, 200, 'QUERY_TOO_COSTLY', /asks for up to [\d,]+ records, more than the limit of 5,000: each connection multiplies/);
    expect(a.body.data).toBeUndefined();
  });
  it('first: 1000000 is refused by cost; first: -5 and first: 101 by validation', async () => {
    await refused(await query(ops.Entities, { first: 1_000_000 }), 200, 'QUERY_TOO_COSTLY', /records/);
    await refused(await query(ops.Entities, { first: -5 }), 200, 'BAD_USER_INPUT', /first must be 0 or more/);
    await refused(await query(ops.Entities, { first: 101 }), 200, 'BAD_USER_INPUT', /first must be at most 100/);
    await refused(await query(ops.Search, { text: 'korea', first: 51 }), 200, 'BAD_USER_INPUT', /at most 50/);
  });
  it('wrong variable types, and enum values that do not exist (no suggestion)', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [ops.Entities, { first: 'ten' }, /Int cannot represent/],
      [ops.Entities, { first: 1.5 }, /Int cannot represent/],
      [ops.Entities, { first: 2 ** 40 }, /Int cannot represent/],
      [ops.Entities, { kind: 'COUNTRI' }, /does not exist in "EntityKind"/],
      [ops.Statements, { kind: 5 }, /StatementKind/],
      [ops.EntityPage, {}, /\$id" of required type "ID!" was not provided/],
      [ops.EntityPage, { id: { a: 1 } }, /ID cannot represent/],
      [ops.Search, { text: ['a'] }, /String cannot represent/],
      [ops.IngestArticle, { input: 'text' }, /IngestArticleInput/],
      [ops.IngestArticle, { input: { text: 'x', extra: 1 } }, /not defined by type "IngestArticleInput"/],
    ];
    for (const [q, variables, message] of cases) {
      const a = await query(q, variables, editor);
      await refused(a, 400, /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)?$/, message);
    }
  });
  it('ids, cursors and search text that are not what the service issues', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [ops.EntityPage, { id: '!!!not-an-id' }, /is not an id of this service/],
      [ops.EntityPage, { id: 'x'.repeat(600) }, /is not an id of this service/],
      [ops.Statements, { speaker: 'garbage' }, /is not an id of this service/],
      [ops.Entities, { after: 'not-a-cursor' }, /cursor/],
      [ops.Entities, { after: 'c'.repeat(3000) }, /not a cursor/],
      [ops.Search, { text: '' }, /must not be empty/],
      [ops.Search, { text: 'k'.repeat(201) }, /at most 200/],
    ];
    for (const [q, variables, message] of cases) await refused(await query(q, variables), 200, 'BAD_USER_INPUT', message);
  });
});

describe('article input, validated before anything is written', () => {
  const ingest = (input: Record<string, unknown>) => query(ops.IngestArticle, { input }, editor);
  it('lengths, URL schemes, dates and control characters', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: '' }, /text must not be empty/],
      [{ text: 'x'.repeat(200_001) }, /at most 200,000 characters/],
      [{ text: 'Fine.', url: 'ftp://example.com/a' }, /http or https/],
      [{ text: 'Fine.', url: 'javascript:alert(1)' }, /http or https/],
      [{ text: 'Fine.', url: 'data:text/html,<script>1</script>' }, /http or https/],
      [{ text: 'Fine.', url: `https://example.com/${'a'.repeat(2100)}` }, /at most 2,048/],
      [{ text: 'Fine.', title: 't'.repeat(501) }, /title must be at most 500/],
      [{ text: 'Fine.', publisher: 'Wire\u0007' }, /control characters/],
      [{ text: 'Bad \u001b[31m escape' }, /control characters/],
    ];
    for (const [input, message] of cases) await refused(await ingest(input), 200, 'BAD_USER_INPUT', message);
    for (const publishedAt of ['last Tuesday', '2024-13-45T00:00:00Z', '2024-03-05T25:00:00Z', '']) {
      await refused(await ingest({ text: 'Fine.', publishedAt }), 400, /^(BAD_USER_INPUT)?$/, /DateTime|publishedAt/);
    }
    await refused(await query(ops.ReviewStatement, { id: gid('Statement', 'x'), status: 'MAYBE' }, editor), 400, /^(BAD_USER_INPUT)?$/, /ReviewStatus/);
  });
  it('a 5 MB article: 413; a 200,000-character article of 3-byte characters fits under the body limit', async () => {
    await refused(await ingest({ text: 'x'.repeat(5 * 1024 * 1024) }), 413, 'PAYLOAD_TOO_LARGE');
    // Without the key it gets as far as authentication: the body was read and parsed.
    const text = '中'.repeat(200_000);
    expect(Buffer.byteLength(JSON.stringify({ query: ops.IngestArticle, variables: { input: { text } } }))).toBeGreaterThan(600_000);
    await refused(await query(ops.IngestArticle, { input: { text } }), 200, 'UNAUTHENTICATED');
  });
});

describe('editor authentication', () => {
  it('a missing or wrong key is UNAUTHENTICATED, and no key tried is ever logged', async () => {
    const tried = ['not-the-key', `${EDITOR_KEY}x`, EDITOR_KEY.slice(0, -1), `${EDITOR_KEY} ${EDITOR_KEY}`];
    const headers: Record<string, string>[] = [
      {},
      ...tried.map((key) => ({ authorization: `Bearer ${key}` })),
      { authorization: `Basic ${Buffer.from(`editor:${EDITOR_KEY}`).toString('base64')}` },
      { authorization: EDITOR_KEY },
      { authorization: `Bearer` },
    ];
    for (const h of headers) {
      await refused(await query(ops.ReviewStatement, { id: gid('Statement', 'x'), status: 'VERIFIED' }, h), 200, 'UNAUTHENTICATED', /Authorization: Bearer/);
    }
    // The right key works (the statement does not exist: NOT_FOUND, not UNAUTHENTICATED).
    expect(errorCode(await query(ops.ReviewStatement, { id: gid('Statement', 'x'), status: 'VERIFIED' }, editor))).toBe('NOT_FOUND');
    for (const key of [EDITOR_KEY, ...tried]) expect(http.logs.text()).not.toContain(key);
  });
});

describe('unexpected errors', () => {
  it('are masked (no message, no stack) and logged with the request id the client gets', async () => {
    const fault = { name: 'hardeningUnexpected', step: 'initialize' as const };
    t.store.doc.middlewareStack.add(
      () => async () => {
        throw new TypeError('secret internal detail at /srv/store/keys.ts:42');
      },
      fault,
    );
    let a: HttpAnswer;
    try {
      a = await query(ops.Entities, {});
    } finally {
      t.store.doc.middlewareStack.remove(fault.name);
    }
    expect(a.status).toBe(200);
    const error = a.body.errors[0];
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(a.text).not.toMatch(/secret internal detail|keys\.ts|TypeError|stack/);
    const requestId = a.headers.get('x-request-id');
    expect(requestId).toMatch(/^[\w-]{8,}$/);
    expect(error.extensions.errorId).toBe(requestId);
    expect(error.message).toContain(requestId);
    const logged = http.logs.lines.filter((line) => line.includes(requestId!));
    expect(logged.join('\n')).toMatch(/unexpected error.*secret internal detail/s);
    expect(await storeFingerprint(t.store)).toEqual(before);
  });

  it('a request id the client sends is the one used; a malformed one is replaced', async () => {
    const given = await query('{ __typename }', undefined, { 'x-request-id': 'client-abc-123' });
    expect(given.headers.get('x-request-id')).toBe('client-abc-123');
    const bad = await query('{ __typename }', undefined, { 'x-request-id': 'bad id\u00e9<script>' });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
