/**
 * functions/whatwgFetch.ts stands in for @whatwg-node/fetch in the Lambda bundles: it must offer
 * everything the package does (yoga spreads the whole namespace into its fetch API), so that an
 * upgrade adding a member fails here rather than in a deployed function.
 */
import * as pkg from '@whatwg-node/fetch';
import { describe, expect, it } from 'vitest';
import * as ours from '../../functions/whatwgFetch.js';

describe('the Lambda bundles\' @whatwg-node/fetch', () => {
  it('exports every member of the package, each of the same kind', () => {
    const members = Object.keys(pkg).filter((key) => key !== 'default' && key !== '__esModule');
    expect(members.length).toBeGreaterThan(15);
    for (const key of members) {
      expect(typeof (ours as Record<string, unknown>)[key], key).toBe(typeof (pkg as Record<string, unknown>)[key]);
    }
  });

  it('builds requests and responses that yoga reads', async () => {
    const request = new ours.Request('https://example.com/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ a }"}' });
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.text()).toBe('{"query":"{ a }"}');
    const response = new ours.Response(JSON.stringify({ data: 1 }), { status: 200 });
    expect(await response.json()).toEqual({ data: 1 });
    expect(new ours.URLPattern({ pathname: '/graphql' }).test('https://example.com/graphql')).toBe(true);
  });
});
