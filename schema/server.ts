/**
 * The GraphQL server (graphql-yoga over the Pothos schema), the same locally and on Lambda:
 * per-request loaders, editor authentication, client errors with codes, unexpected errors
 * masked and logged with a request id the client also gets.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { type GraphiQLOptions, type Plugin, type YogaServerInstance, createYoga } from 'graphql-yoga';
import { createLoaders, type Store } from '../store/index.js';
import type { Context } from './context.js';
import { type EditorKeySource, isEditorRequest } from './editorKey.js';
import { clientErrorFor } from './errors.js';
import { graphiqlExamples } from './graphiqlExamples.js';
import { schema } from './index.js';

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

export async function createFactServer(options: FactServerOptions): Promise<FactServer> {
  const { store, editorKey } = options;
  // Yoga's own logger at "info" unless told otherwise: its debug lines trace every request.
  const logger: Logger = options.logger ?? { ...console, debug: () => {} };
  const renderGraphiQL = options.graphiql === 'embedded' ? (await import('@graphql-yoga/render-graphiql')).renderGraphiQL : undefined;

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    landingPage: false,
    logging: logger,
    // The page honours `query` (yoga's defaultQuery/defaultTabs are ignored by its GraphiQL, yoga issue #3979).
    graphiql: options.graphiql ? ({ title: 'Fact service', defaultQuery: graphiqlExamples, query: graphiqlExamples } as GraphiQLOptions) : false,
    ...(renderGraphiQL ? { renderGraphiQL } : {}),
    plugins: [requestIdHeader()],
    context: async ({ request }) => ({
      store,
      loaders: createLoaders(store),
      isEditor: await isEditorRequest(request, editorKey),
      requestId: requestIdOf(request),
    }),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        const known = clientErrorFor(original);
        if (known) {
          return new GraphQLError(known.message, { nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: known.extensions });
        }
        // Errors raised as GraphQLError on purpose (validation, auth, bad input) reach the client.
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
        const requestId = randomUUID();
        logger.error('unexpected error', { requestId, error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) });
        return new GraphQLError(`${message} Quote this id when reporting it: ${requestId}.`, {
          nodes: (error as GraphQLError).nodes,
          path: (error as GraphQLError).path,
          extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: requestId },
        });
      },
    },
  });
}
