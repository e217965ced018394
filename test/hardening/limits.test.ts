/**
 * The limits come from the contract: every operation in operations.graphql is measured (depth,
 * aliases, tokens, directives, cost at its defaults and with `first` at 100) and must pass, with
 * room to spare, while abuse that multiplies records through nesting is refused before it runs.
 */
import { Kind, Lexer, Source, TokenKind, parse, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import { LIMITS, operationCost } from '../../schema/limits.js';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, graphql } from '../support/graphql.js';
import { type TestStore, seededServer } from '../support/testStore.js';

const ops = contractOperations();
const gid = encodeGlobalID;

/** Variables each operation needs; `first` where the client chooses it. */
const required: Record<string, Record<string, unknown>> = {
  Search: { text: 'korea' },
  EntityPage: { id: gid('Entity', 'north-korea') },
  OfficialPage: { id: gid('Official', 'steven-mnuchin') },
  Entities: {},
  Officials: {},
  Statements: {},
  SourcePage: { id: gid('Source', 'none') },
  Sources: {},
  NodeById: { id: gid('Entity', 'north-korea') },
  IngestArticle: { input: { text: '"We will not back down," Foreign Minister Jane Doe said on Tuesday.', url: 'https://news.example.com/limits' } },
  ReviewStatement: { id: gid('Statement', 'none'), status: 'VERIFIED' },
};
/** The largest `first` each operation's variable allows (search allows 50). */
const maxFirst = (name: string) => (name === 'Search' ? 50 : 100);
const takesFirst = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.variableDefinitions?.some((v) => v.variable.name.value === 'first'));

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function walk(document: DocumentNode) {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  let aliases = 0;
  let directives = 0;
  const count = (node: ASTNode) => {
    if ('directives' in node && node.directives) directives += node.directives.length;
    if (node.kind === Kind.FIELD && node.alias) aliases++;
  };
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      count(s);
      if (s.kind === Kind.FIELD) max = Math.max(max, 1 + depth(s.selectionSet, seen));
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depth(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) max = Math.max(max, depth(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  count(operation);
  return { depth: depth(operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet : undefined, new Set()), aliases, directives };
}

const measured = Object.entries(ops).map(([name, text]) => {
  const document = parse(text);
  const atDefaults = operationCost(schema, document, name, required[name])!;
  const atMax = takesFirst(document) ? operationCost(schema, document, name, { ...required[name], first: maxFirst(name) })! : atDefaults;
  return { name, ...walk(document), tokens: tokens(text), cost: atDefaults, costAtMaxFirst: atMax, takesFirst: takesFirst(document) };
});

describe('limits measured on the contract', () => {
  it('every operation is well inside every limit, at its defaults and with first at its maximum', () => {
    console.table(measured);
    for (const m of measured) {
      expect(m.depth, m.name).toBeLessThanOrEqual(LIMITS.maxDepth - 2);
      expect(m.aliases, m.name).toBeLessThanOrEqual(LIMITS.maxAliases);
      expect(m.directives, m.name).toBeLessThanOrEqual(LIMITS.maxDirectives);
      expect(m.tokens, m.name).toBeLessThanOrEqual(LIMITS.maxTokens / 2);
      expect(m.costAtMaxFirst, m.name).toBeLessThanOrEqual(LIMITS.maxCost / 2);
    }
    // The cost limit is not slack: three nested connections of 100 are far over it.
    const nested = parse('{ entities(first: 100) { edges { node { statements(first: 100) { edges { node { about { statements(first: 100) { edges { node { id } } } } } } } } } } }');
    expect(operationCost(schema, nested, undefined, {})).toBeGreaterThan(1_000_000);
  });

  it('cost multiplies by first through nesting, from literals, variables and their defaults', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables);
    // 1 connection + 1 edge list of n, each edge 1 + node 1
    expect(cost('{ entities(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(cost('{ entities(first: 1) { edges { node { statements(first: 10) { edges { node { id } } } } } } }')).toBe(1 + 1 * (1 + 1 + (1 + 10 * 2)));
    expect(cost('query($n: Int) { entities(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 2);
    expect(cost('query($n: Int = 30) { entities(first: $n) { edges { node { id } } } }')).toBe(1 + 30 * 2);
    expect(cost('{ entities { edges { node { id } } } }')).toBe(1 + 20 * 2); // the schema's default, 20
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });
});

describe('the contract through the server with its limits', () => {
  let t: TestStore;
  let server: FactServer;
  beforeAll(async () => ({ server, ...t } = await seededServer()));
  afterAll(() => t?.store.destroy());

  it('answers every operation without a limit error, at its defaults and at first: 100', async () => {
    const first = (await graphql(server, '{ statements(first: 1) { edges { node { id source { id } } } } }')).body.data.statements.edges[0].node;
    required.ReviewStatement.id = first.id;
    required.SourcePage.id = first.source.id;
    for (const { name, takesFirst: chooses } of measured) {
      for (const variables of chooses ? [required[name], { ...required[name], first: maxFirst(name) }] : [required[name]]) {
        const response = await graphql(server, ops[name], variables, { editor: true });
        expect(response.status, name).toBe(200);
        expect(response.body.errors, `${name} ${JSON.stringify(response.body.errors)}`).toBeUndefined();
      }
    }
  });
});
