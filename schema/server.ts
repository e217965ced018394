/**
 * The GraphQL server (graphql-yoga over the Pothos schema), the same locally and on Lambda:
 * per-request loaders, editor authentication, client errors with codes, unexpected errors
 * masked and logged with a request id the client also gets (in `x-request-id` and in the error's
 * `errorId`), query limits (limits.ts) and the HTTP refusals of httpGuards.ts.
 */
import { randomUUID } from 'node:crypto';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { type GraphiQLOptions, type Plugin, type YogaServerInstance, createYoga } from 'graphql-yoga';
import { createLoaders, type Store } from '../store/index.js';
import type { Context } from './context.js';
import { type EditorKeySource, isEditorRequest } from './editorKey.js';
import { compiledExecution } from './compiledExecution.js';
import { clientErrorFor } from './errors.js';
import { graphiqlExamples } from './graphiqlExamples.js';
import { httpGuards } from './httpGuards.js';
import { schema } from './index.js';
import { armorPlugin, queryCostLimit } from './limits.js';
import { withoutLoadingNodeFetch } from './withoutLoadingNodeFetch.js';

export interface Logger {
  debug: (...args: unknown[]) => void;
  info: (...args: unknown[]) => void;
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
}

export interface FactServerOptions {
  store: Store;
  editorKey: EditorKeySource;
  /** 'embedded': a self-contained page (works offline, ~9 MB); 'cdn': yoga's page loading from a CDN. */
  graphiql: 'embedded' | 'cdn' | false;
  graphqlEndpoint?: string;
  logger?: Logger;
}

export type FactServer = YogaServerInstance<Record<string, unknown>, Context>;

const REQUEST_ID_HEADER = 'x-request-id';

/** Echoes the request id to the client, so a masked error can be traced in the logs. */
function requestIdHeader(): Plugin {
  return {
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set(REQUEST_ID_HEADER, id);
    },
  };
}

const requestIds = new WeakMap<Request, string>();

function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get(REQUEST_ID_HEADER);
    id = given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/** What maskError replaced, kept until the response is built and the request id is known. */
const hidden = new WeakMap<GraphQLError, { original: unknown; unexpected: boolean }>();
const hiddenOriginals = new WeakSet<object>();

/** "Did you mean …?" names fields and values the client did not ask about; production keeps quiet. */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

function describe(error: unknown): unknown {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack, ...(error.cause ? { cause: describe(error.cause) } : {}) } : String(error);
}

/**
 * Logs what maskError hid, with this request's id, and puts the same id in the client's error.
 * Runs when the response is built, the one place that sees the request and every error (from
 * parsing, context building, execution) together.
 */
function traceHiddenErrors(logger: Logger): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      if (!results.every((r) => r && typeof r === 'object' && 'errors' in r)) return;
      const requestId = requestIdOf(request);
      let changed = false;
      const mapped = results.map((r) => {
        if (!r.errors?.length) return r;
        const errors = r.errors.map((error) => {
          const entry = hidden.get(error as GraphQLError);
          const message = withoutSuggestions(error.message);
          if (!entry && message === error.message) return error;
          changed = true;
          if (!entry) return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: error.extensions });
          if (!entry.unexpected) {
            logger.warn('request failed', { requestId, code: error.extensions?.code, path: error.path, error: describe(entry.original) });
            return error;
          }
          logger.error('unexpected error', { requestId, path: error.path, error: describe(entry.original) });
          return new GraphQLError(`${error.message} Quote this id when reporting it: ${requestId}.`, {
            nodes: error.nodes,
            path: error.path,
            extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: requestId },
          });
        });
        return { ...r, errors };
      });
      if (changed) setResult((Array.isArray(result) ? mapped : mapped[0]) as typeof result);
    },
  };
}

export async function createFactServer(options: FactServerOptions): Promise<FactServer> {
  const { store, editorKey } = options;
  // Yoga's own logger at "info" unless told otherwise: its debug lines trace every request.
  const logger: Logger = options.logger ?? { ...console, debug: () => {} };
  // Yoga logs every error it masks, without the request id; traceHiddenErrors logs those with it.
  const yogaLogger: Logger = { ...logger, error: (...args: unknown[]) => (args[0] && typeof args[0] === 'object' && hiddenOriginals.has(args[0]) ? undefined : logger.error(...args)) };
  const renderGraphiQL = options.graphiql === 'embedded' ? (await import('@graphql-yoga/render-graphiql')).renderGraphiQL : undefined;

  return withoutLoadingNodeFetch(() => createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    landingPage: false,
    logging: yogaLogger,
    // One operation per request, JSON only: no batching, no multipart uploads.
    batching: false,
    multipart: false,
    // The page honours `query` (yoga's defaultQuery/defaultTabs are ignored by its GraphiQL, yoga issue #3979).
    graphiql: options.graphiql ? ({ title: 'Fact service', defaultQuery: graphiqlExamples, query: graphiqlExamples } as GraphiQLOptions) : false,
    ...(renderGraphiQL ? { renderGraphiQL } : {}),
    plugins: [requestIdHeader(), httpGuards(), armorPlugin(), queryCostLimit(), traceHiddenErrors(logger), compiledExecution(logger)],
    context: async ({ request }) => ({
      store,
      loaders: createLoaders(store),
      isEditor: await isEditorRequest(request, editorKey),
      requestId: requestIdOf(request),
    }),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // Errors raised as GraphQLError on purpose (validation, auth, bad input) reach the client.
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
        const known = clientErrorFor(original);
        const masked = known
          ? new GraphQLError(known.message, { nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: known.extensions })
          : new GraphQLError(message, { nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        hidden.set(masked, { original, unexpected: !known });
        if (error && typeof error === 'object') hiddenOriginals.add(error);
        return masked;
      },
    },
  }));
}
