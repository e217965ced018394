/**
 * Compiled execution: graphql-jit turns an operation into one JavaScript function, which completes
 * a page of results without graphql-js's per-field machinery. Measured on a page of 20 entities:
 * GraphQL's own CPU per request ~125 → ~70 µs, Entities ~1.25× → ~1.20× of the direct-DynamoDB
 * floor (bench/README, finding 2).
 *
 * Compiling costs 2–15 ms per operation, so an operation is compiled when it runs again (its
 * second run, or the first after graphql-jit has loaded): a cold start and a one-off query never
 * pay it, and a stream of new documents is never compiled. What graphql-jit would answer
 * differently stays with yoga's executor: variables that do not coerce (yoga refuses them with a
 * 400 and graphql-js's message; graphql-jit answers 200 with shorter ones) and an operation
 * graphql-jit cannot compile (logged once). graphql-jit's errors carry their locations but not the
 * query's nodes, from which yoga writes an error's locations: they are made graphql-js errors
 * again, located at the same fields.
 */
import {
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode, GraphQLError, getLocation, getOperationAST, getVariableValues, visit,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './server.js';

/**
 * Documents whose operations are kept compiled, the most recently run first: one compiled query
 * holds tens of KB of generated code and closures, so a stream of new documents, each sent twice,
 * cannot grow the heap without bound.
 */
const MAX_COMPILED_DOCUMENTS = 100;

// The fields of a document by where they start ("line:column"), as graphql-jit's errors locate them.
const fieldsByLocation = new WeakMap<DocumentNode, Map<string, FieldNode[]>>();
function fieldsAt(document: DocumentNode, locations: readonly { line: number; column: number }[]): FieldNode[] {
  let byLocation = fieldsByLocation.get(document);
  if (!byLocation) {
    const found = new Map<string, FieldNode[]>();
    visit(document, {
      Field(node) {
        if (!node.loc) return;
        const { line, column } = getLocation(node.loc.source, node.loc.start);
        found.set(`${line}:${column}`, [...(found.get(`${line}:${column}`) ?? []), node]);
      },
    });
    fieldsByLocation.set(document, (byLocation = found));
  }
  return locations.flatMap(({ line, column }) => byLocation.get(`${line}:${column}`) ?? []);
}

/** A graphql-jit error as graphql-js makes it: the same message, path and extensions, located by its fields. */
function asGraphQLError(error: GraphQLError, document: DocumentNode): GraphQLError {
  if (error.nodes) return error;
  const original = error.originalError ?? undefined;
  return new GraphQLError(error.message, { nodes: fieldsAt(document, error.locations ?? []), path: error.path, originalError: original, extensions: error.extensions });
}

const withGraphQLErrors = (result: ExecutionResult, document: DocumentNode): ExecutionResult =>
  result.errors?.length ? { ...result, errors: result.errors.map((error) => asGraphQLError(error, document)) } : result;

export function compiledExecution(logger: Logger): Plugin {
  // The operations that have run once, by the document yoga's parser cache hands out again.
  const ranOnce = new WeakMap<DocumentNode, Set<string>>();
  // Compiled operations, or false for one graphql-jit cannot compile.
  const compiled = new LRUCache<DocumentNode, Map<string, CompiledQuery | false>>({ max: MAX_COMPILED_DOCUMENTS });

  // graphql-jit itself loads when an operation first runs again, not at a cold start: with
  // lodash and more of graphql it was ~20 ms more of the Lambda function's init (measured on
  // bundles with and without it). Until it has loaded, yoga's executor runs.
  let jit: typeof import('graphql-jit') | undefined;
  let loading: Promise<void> | undefined;
  const loadCompiler = () => {
    loading ??= import('graphql-jit').then(
      (module) => void (jit = module),
      (error: unknown) => logger.error('graphql-jit did not load; yoga executes every operation', { error: String(error) }),
    );
  };

  function compiledFor({ schema, document, operationName }: ExecutionArgs): CompiledQuery | undefined {
    const key = operationName ?? '';
    const forDocument = compiled.get(document);
    const known = forDocument?.get(key);
    if (known !== undefined) return known || undefined;
    const ran = ranOnce.get(document) ?? new Set<string>();
    if (!ran.has(key)) {
      ranOnce.set(document, ran.add(key));
      return undefined;
    }
    if (!jit) {
      loadCompiler();
      return undefined;
    }
    const started = performance.now();
    const result = jit.compileQuery(schema, document, operationName ?? undefined);
    const entry = jit.isCompiledQuery(result) ? result : false;
    if (!entry) logger.warn('graphql-jit cannot compile this operation; yoga executes it', { operationName, errors: (result as ExecutionResult).errors?.map((e) => e.message) });
    else logger.debug('operation compiled', { operationName, ms: Math.round(performance.now() - started) });
    compiled.set(document, (forDocument ?? new Map()).set(key, entry));
    return entry || undefined;
  }

  const coerces = ({ schema, document, operationName, variableValues }: ExecutionArgs) => {
    const definitions = getOperationAST(document, operationName)?.variableDefinitions;
    return !definitions?.length || !getVariableValues(schema, definitions, variableValues ?? {}, { maxErrors: 1 }).errors;
  };

  return {
    onExecute({ args, setExecuteFn }) {
      const compiled = compiledFor(args);
      if (!compiled || !coerces(args)) return;
      setExecuteFn((executionArgs) => {
        const result = compiled.query(executionArgs.rootValue, executionArgs.contextValue, executionArgs.variableValues);
        return 'then' in result ? result.then((done) => withGraphQLErrors(done, executionArgs.document)) : withGraphQLErrors(result, executionArgs.document);
      });
    },
  };
}
