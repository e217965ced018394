/**
 * Node defines `fetch`, `Request`, `Response` and `Headers` as lazy globals: the first read loads
 * its built-in fetch (undici), ~30 ms of a Lambda cold start. Yoga never uses them (it answers with
 * @whatwg-node's own classes), but @whatwg-node/server reads `globalThis.Request` once, when the
 * server is created, only to compare it with its own Request class (which decides how it aborts
 * Node http requests). Hiding the lazy global for that synchronous moment gives the comparison the
 * same answer without loading undici (on Node, outside Next.js, @whatwg-node/fetch always uses its
 * own classes, so theirs is never Node's); the global is restored untouched. Elsewhere (Deno, Bun)
 * the global is no lazy accessor and nothing is hidden.
 */
export function withoutLoadingNodeFetch<T>(create: () => T): T {
  const lazyRequest = Object.getOwnPropertyDescriptor(globalThis, 'Request');
  if (!lazyRequest?.get || !lazyRequest.configurable) return create();
  Object.defineProperty(globalThis, 'Request', { value: undefined, configurable: true, writable: true });
  try {
    return create();
  } finally {
    Object.defineProperty(globalThis, 'Request', lazyRequest);
  }
}
