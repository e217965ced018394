/**
 * What the Lambda bundles get for `fast-json-stringify` (infra/serviceFunction.ts `bundleAliases`).
 * graphql-jit imports it when it loads, for its optional `customJSONSerializer`, which
 * schema/compiledExecution.ts leaves off; the package itself brings ajv: ~215 KB of bundle that
 * every cold start would load and never use. test/functions/graphqlBundle.test.ts checks it stays out.
 */
export default function fastJsonStringify(): never {
  throw new Error('fast-json-stringify is not in this bundle: keep graphql-jit\'s customJSONSerializer off (schema/compiledExecution.ts)');
}
