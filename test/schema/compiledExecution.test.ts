/**
 * Compiled execution (graphql-jit) answers exactly what yoga's executor answers: every contract
 * read and GraphiQL example, asked three times, gives the same answer each time (the first run is
 * yoga's, the next ones compiled, graphql-jit having loaded); and the plugin loads graphql-jit only
 * when an operation runs again, compiles an operation from its second run on, never one whose
 * variables do not coerce or that graphql-jit refuses.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type ExecutionArgs, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledExecution } from '../../schema/compiledExecution.js';
import { exampleQueries } from '../../schema/graphiqlExamples.js';
import { schema } from '../../schema/index.js';
import { type FactServer, createFactServer } from '../../schema/server.js';
import { EDITOR_KEY, contractOperations, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

// Counts the answers compiled queries give, so the test knows which runs were compiled (graphql-jit
// itself, its compiled queries counted, nothing else changed).
const compiledRuns = vi.hoisted(() => ({ count: 0 }));
vi.mock('graphql-jit', async (importOriginal) => {
  const jit = await importOriginal<typeof import('graphql-jit')>();
  const compileQuery = (...args: Parameters<typeof jit.compileQuery>) => {
    const result = jit.compileQuery(...args) as ReturnType<typeof jit.compileQuery<Record<string, unknown>, Record<string, unknown>>>;
    if (!jit.isCompiledQuery(result)) return result;
    const { query } = result;
    return Object.assign(result, { query: (...queryArgs: Parameters<typeof query>) => (compiledRuns.count++, query(...queryArgs)) });
  };
  return { ...jit, compileQuery };
});

const ops = contractOperations();
const gid = encodeGlobalID;

let t: TestStore;
let server: FactServer;
const compiledLog: unknown[][] = [];
beforeAll(async () => {
  t = await createTestStore({ seed: true });
  const quiet = () => {};
  server = await createFactServer({
    store: t.store, editorKey: EDITOR_KEY, graphiql: false,
    logger: { debug: (...args) => (args[0] === 'operation compiled' ? compiledLog.push(args) : undefined), info: quiet, warn: quiet, error: quiet },
  });
  // The second run of an operation loads graphql-jit; from then on a second run is compiled.
  await ask('query Load { __typename }');
  await vi.waitFor(async () => {
    await ask('query Load { __typename }');
    expect(compiledLog).not.toHaveLength(0);
  });
});
afterAll(() => t?.store.destroy());

// One request id for every run, so a masked error's errorId is the same.
const ask = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await graphql(server, query, variables, { headers: { 'x-request-id': 'same-id' } });
  return { status, body: body as any };
};

describe('compiled execution', () => {
  it('answers every contract read and GraphiQL example as yoga does', async () => {
    // (ids read with documents of their own, so every document below runs first on yoga's executor)
    const [official] = (await ask('{ officials(first: 1) { edges { node { id } } } }')).body.data.officials.edges;
    const [source] = (await ask('{ sources(first: 1) { edges { node { id } } } }')).body.data.sources.edges;
    const entity = gid('Entity', 'united-states');
    const requests: [string, Record<string, unknown>][] = [
      [ops.Search, { text: 'korea' }],
      [ops.EntityPage, { id: entity }],
      [ops.EntityPage, { id: entity, first: 2 }],
      [ops.OfficialPage, { id: official.node.id }],
      [ops.Entities, { kind: 'COUNTRY' }],
      [ops.Entities, { first: 3 }],
      [ops.Officials, { country: entity }],
      [ops.Statements, { speaker: official.node.id }],
      [ops.Statements, { about: entity, kind: 'QUOTE' }],
      [ops.SourcePage, { id: source.node.id }],
      [ops.Sources, {}],
      [ops.NodeById, { id: official.node.id }],
      [ops.NodeById, { id: gid('Entity', 'no-such-entity') }],
      // Refused in a resolver (page size), and a cursor from another list: client errors, same each time.
      [ops.Entities, { first: 1000 }],
      [ops.Statements, { about: entity, after: 'eyJ2IjoxfQ' }],
      ...exampleQueries.map((query): [string, Record<string, unknown>] => [query, {}]),
    ];
    const compiledBefore = compiledLog.length;
    const compiledRunsBefore = compiledRuns.count;
    for (const [query, variables] of requests) {
      const first = await ask(query, variables);
      if (!first.body.errors) expect(first.status).toBe(200);
      // Equal as JSON: yoga's executor orders an object's keys as its fields resolve (pageInfo
      // before edges when edges wait on a loader); graphql-jit keeps the query's order, as the spec asks.
      expect(await ask(query, variables), JSON.stringify(variables)).toStrictEqual(first);
      expect(await ask(query, variables), JSON.stringify(variables)).toStrictEqual(first);
    }
    // Every run but a document's first was compiled, and each document compiled once (yoga's parser
    // cache hands out one document per text).
    const documents = new Set(requests.map(([query]) => query)).size;
    expect(compiledLog.length - compiledBefore).toBe(documents);
    expect(compiledRuns.count - compiledRunsBefore).toBe(3 * requests.length - documents);
  });

  it('masks an unexpected error the same way, located at the same field', async () => {
    const fault = { name: 'compiledExecutionFault', step: 'initialize' as const };
    t.store.doc.middlewareStack.add(() => async () => {
      throw new TypeError('secret internal detail');
    }, fault);
    try {
      const answers = [await ask(ops.Entities, { first: 2 }), await ask(ops.Entities, { first: 2 }), await ask(ops.Entities, { first: 2 })];
      expect(answers[0].body.errors[0]).toMatchObject({ path: ['entities'], locations: [{ line: 2, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'same-id' } });
      expect(JSON.stringify(answers)).not.toContain('secret');
      expect(answers[1]).toStrictEqual(answers[0]);
      expect(answers[2]).toStrictEqual(answers[0]);
    } finally {
      t.store.doc.middlewareStack.remove(fault.name);
    }
  });

  it('refuses variables that do not coerce with a 400, every time', async () => {
    for (const variables of [{ first: 'ten' }, { kind: 'PLANET' }]) {
      const answers = [await ask(ops.Entities, variables), await ask(ops.Entities, variables), await ask(ops.Entities, variables)];
      expect(answers[0].status).toBe(400);
      expect(answers[1]).toStrictEqual(answers[0]);
      expect(answers[2]).toStrictEqual(answers[0]);
    }
  });
});

describe('the compiledExecution plugin', () => {
  const logged: { warn: unknown[][]; debug: unknown[][] } = { warn: [], debug: [] };
  const plugin = compiledExecution({ debug: (...args) => logged.debug.push(args), info() {}, warn: (...args) => logged.warn.push(args), error() {} });
  const run = (document: ReturnType<typeof parse>, operationName?: string, variableValues: Record<string, unknown> = {}) => {
    let executeFn: ((args: ExecutionArgs) => unknown) | undefined;
    const args: ExecutionArgs = { schema, document, operationName, variableValues, contextValue: {}, rootValue: {} };
    (plugin.onExecute as (payload: unknown) => void)({ args, setExecuteFn: (fn: typeof executeFn) => (executeFn = fn) });
    return executeFn && (() => executeFn!(args));
  };

  it('loads graphql-jit when an operation runs again, then compiles it, and keeps it', async () => {
    const document = parse('query Kind($n: Int = 1) { __typename }');
    expect(run(document)).toBeUndefined();
    // Its second run starts loading graphql-jit and is yoga's; a run after it has loaded is compiled.
    expect(run(document)).toBeUndefined();
    const compiled = await vi.waitFor(() => run(document) ?? Promise.reject(new Error('not compiled yet')));
    expect(logged.debug).toEqual([['operation compiled', { operationName: undefined, ms: expect.any(Number) }]]);
    expect(await compiled()).toEqual({ data: { __typename: 'Query' } });
    expect(run(document)).toBeTypeOf('function');
    expect(logged.debug, 'compiled once').toHaveLength(1);
    expect(run(document, undefined, { n: 'one' }), 'variables that do not coerce').toBeUndefined();
  });

  it('counts each operation of a document apart, and leaves one graphql-jit cannot compile to yoga', async () => {
    // graphql-jit loaded first, by an operation of its own run until compiled (so the test does not rely on
    // the one before); from then on an operation is compiled on its second run.
    const warm = parse('{ __typename }');
    run(warm);
    await vi.waitFor(() => run(warm) ?? Promise.reject(new Error('graphql-jit has not loaded yet')));
    const document = parse('query A { __typename } query B { __typename }');
    expect(run(document, 'A')).toBeUndefined();
    expect(run(document, 'B')).toBeUndefined();
    expect(run(document, 'A')).toBeTypeOf('function');
    expect(run(document, 'Missing')).toBeUndefined();
    expect(run(document, 'Missing')).toBeUndefined();
    expect(logged.warn).toHaveLength(1);
    expect(String(logged.warn[0][0])).toMatch(/cannot compile/);
    expect(run(document, 'Missing')).toBeUndefined();
    expect(logged.warn).toHaveLength(1);
  });
});
