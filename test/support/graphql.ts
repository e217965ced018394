/** Runs GraphQL against the real yoga server in process (yoga.fetch: the same path HTTP takes). */
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { createFactServer, type FactServer } from '../../schema/server.js';
import type { Store } from '../../store/index.js';

export const EDITOR_KEY = 'test-editor-key';

export const contractPath = new URL('../../../shared/contract/operations.graphql', import.meta.url);

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: { code?: string } }[] };
  headers: Headers;
}

export async function createTestServer(store: Store): Promise<FactServer> {
  return createFactServer({ store, editorKey: EDITOR_KEY, graphiql: false, logger: { debug() {}, info() {}, warn() {}, error() {} } });
}

export async function graphql<T = any>(
  server: FactServer,
  query: string,
  variables: Record<string, unknown> = {},
  options: { editor?: boolean; operationName?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.editor ? { authorization: `Bearer ${EDITOR_KEY}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables, operationName: options.operationName }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The contract's operations, each as a document with the fragments it needs. */
export function contractOperations(): Record<string, string> {
  const document = parse(readFileSync(contractPath, 'utf8'));
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition');
  const operations: Record<string, string> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition' || !definition.name) continue;
    const op = definition as OperationDefinitionNode;
    const text = print(op);
    const used = fragments.filter((f) => dependsOn(text, f, fragments));
    operations[op.name!.value] = [text, ...used.map((f) => print(f))].join('\n\n');
  }
  return operations;
}

function dependsOn(text: string, fragment: FragmentDefinitionNode, all: FragmentDefinitionNode[], seen = new Set<string>()): boolean {
  const name = fragment.name.value;
  if (new RegExp(`\\.\\.\\.${name}\\b`).test(text)) return true;
  return all.some((other) => other !== fragment && !seen.has(other.name.value) && new RegExp(`\\.\\.\\.${name}\\b`).test(print(other)) && (seen.add(other.name.value), dependsOn(text, other, all, seen)));
}
