/**
 * HTTP requests the GraphQL-over-HTTP spec says to refuse, refused with a JSON error body before
 * GraphQL sees them: a POST that is not application/json (415), a body over the size limit (413,
 * counted while reading, so a body without Content-Length cannot get past it), malformed JSON
 * (400) and a request without a query (400). Batching is off (yoga answers an array with 400).
 * GET needs no limit here: Node refuses request heads over 16 KB (431), API Gateway long URLs.
 */
import { GraphQLError } from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { LIMITS } from './limits.js';

const JSON_TYPES = new Set(['application/json', 'application/graphql+json']);

/** A JSON error response, built with yoga's Response class (Node's global one loads undici, see withoutLoadingNodeFetch). */
function errorResponse(fetchAPI: FetchAPI, status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/** The body as text, or undefined when it is over `maxBytes` (declared so, or counted so while reading). */
async function readCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) return '';
  // With a Content-Length within the limit the body is read whole, without a stream reader: Node's
  // HTTP parser delivers exactly that many bytes, and a body built in memory (Lambda events,
  // yoga.fetch) is already whole. Its size is checked again all the same.
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared)) {
    if (Number(declared) > maxBytes) return undefined;
    const text = await request.text();
    return Buffer.byteLength(text) > maxBytes ? undefined : text;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function httpGuards(maxBodyBytes: number = LIMITS.maxBodyBytes): Plugin {
  const tooLarge = (fetchAPI: FetchAPI) =>
    errorResponse(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', `The request body is over ${maxBodyBytes.toLocaleString('en-US')} bytes; an article may have at most 200,000 characters.`);
  return {
    onRequestParse({ request, url, endResponse, setRequestParser, fetchAPI }) {
      if (request.method === 'GET') {
        // yoga's GET parser throws a bare SyntaxError on bad JSON here, which would be masked as unexpected.
        for (const param of ['variables', 'extensions']) {
          const value = url.searchParams.get(param);
          if (value === null) continue;
          try {
            JSON.parse(value);
          } catch {
            endResponse(errorResponse(fetchAPI, 400, 'BAD_REQUEST', `The "${param}" parameter is not valid JSON.`));
            return;
          }
        }
        return;
      }
      if (request.method !== 'POST') return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!JSON_TYPES.has(mediaType)) {
        endResponse(
          errorResponse(fetchAPI, 415, 'UNSUPPORTED_MEDIA_TYPE', `POST needs "Content-Type: application/json" with a body such as {"query": "{ sources { edges { node { id } } } }"}; got "${mediaType.slice(0, 100) || 'none'}".`, {
            accept: 'application/json',
          }),
        );
        return;
      }
      setRequestParser(async (req) => {
        const text = await readCapped(req, maxBodyBytes);
        if (text === undefined) return tooLarge(fetchAPI);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw badRequest('The body is not valid JSON; send {"query": "...", "variables": {...}}.');
        }
        if (Array.isArray(body)) return body as never; // yoga refuses batches: batching is off
        if (body === null || typeof body !== 'object') throw badRequest('The body must be a JSON object such as {"query": "...", "variables": {...}}.');
        return body as never;
      });
    },
    onParams({ params }) {
      // Thrown, not set as the result: yoga's own check would follow and answer 200 for application/json.
      if (params.query === undefined || params.query === null) {
        throw badRequest('The request has no "query": send the GraphQL operation as {"query": "..."} (or ?query=... with GET).');
      } else if (typeof params.query === 'string' && params.query.trim() === '') {
        throw badRequest('The "query" is empty: send a GraphQL operation.');
      }
    },
  };
}
