/**
 * What `@whatwg-node/fetch` gives yoga and @whatwg-node/server on Node (the same classes of
 * @whatwg-node/node-fetch), for the Lambda bundles only (infra/serviceFunction.ts `bundleAliases`).
 * The package's own entry is a CommonJS selector that loads all of node-fetch at init (its curl
 * and node:http clients, which load `tls` and `zlib`, and tslib) and probes for node-libcurl:
 * through this ES module esbuild keeps only the classes, measured ~37 KB and ~7 ms less cold start.
 * The server never fetches; `fetch` is Node's own, loaded only if something calls it.
 * test/functions/whatwgFetch.test.ts checks that it exports everything the package does.
 */
import {
  Blob, Body, CompressionStream, DecompressionStream, File, FormData, Headers, ReadableStream, Request, Response,
  TextDecoder, TextDecoderStream, TextEncoder, TextEncoderStream, TransformStream, URL, URLSearchParams, WritableStream, btoa,
} from '@whatwg-node/node-fetch';
import { URLPattern as URLPatternPolyfill } from 'urlpattern-polyfill/urlpattern';

export {
  Blob, Body, CompressionStream, DecompressionStream, File, FormData, Headers, ReadableStream, Request, Response,
  TextDecoder, TextDecoderStream, TextEncoder, TextEncoderStream, TransformStream, URL, URLSearchParams, WritableStream, btoa,
};

/** Node's own from 23.8 (the Lambda runtime's 24.x), the polyfill before, as the package picks it. */
export const URLPattern: typeof URLPatternPolyfill = (globalThis as { URLPattern?: typeof URLPatternPolyfill }).URLPattern ?? URLPatternPolyfill;
export const crypto = globalThis.crypto;
export const fetch: typeof globalThis.fetch = (...args) => globalThis.fetch(...args);

export function createFetch() {
  return {
    fetch, Headers, Request, Response, FormData, ReadableStream, WritableStream, TransformStream, CompressionStream,
    DecompressionStream, TextDecoderStream, TextEncoderStream, Blob, File, crypto, btoa, TextEncoder, TextDecoder, URLPattern, URL, URLSearchParams,
  };
}
