/** The contract's operations (../shared/contract/operations.graphql), each with the fragments it uses. */
import { existsSync, readFileSync } from 'node:fs';
import { type FragmentDefinitionNode, type OperationDefinitionNode, parse, print } from 'graphql';

const candidates = [new URL('../../shared/contract/operations.graphql', import.meta.url)];

export function contractOperations(): Record<string, string> {
  const path = candidates.find((url) => existsSync(url));
  if (!path) throw new Error('The contract ../shared/contract/operations.graphql was not found.');
  const document = parse(readFileSync(path, 'utf8'));
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition');
  const operations: Record<string, string> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition' || !definition.name) continue;
    const text = print(definition as OperationDefinitionNode);
    const used = new Set<FragmentDefinitionNode>();
    const visit = (source: string) => {
      for (const fragment of fragments) {
        if (!used.has(fragment) && new RegExp(`\\.\\.\\.${fragment.name.value}\\b`).test(source)) {
          used.add(fragment);
          visit(print(fragment));
        }
      }
    };
    visit(text);
    operations[definition.name.value] = [text, ...[...used].map((f) => print(f))].join('\n\n');
  }
  return operations;
}
