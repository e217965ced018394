import { describe, expect, it } from 'vitest';
import { fetchCallFromEvent, resultFromResponse } from '../../functions/apiGatewayV2.js';
import { httpEvent } from './lambdaHarness.js';

describe('fetchCallFromEvent', () => {
  it('builds the URL from the domain, raw path and raw query string', () => {
    const { url, init } = fetchCallFromEvent(httpEvent({ method: 'GET', query: { query: '{ a }', variables: '{"x":"a&b"}' } }));
    expect(url).toBe('https://abc123.execute-api.us-east-1.amazonaws.com/graphql?query=%7B+a+%7D&variables=%7B%22x%22%3A%22a%26b%22%7D');
    expect(new URL(url).searchParams.get('variables')).toBe('{"x":"a&b"}');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('leaves no trailing ? without a query string, decodes base64 bodies and restores cookies', () => {
    const event = { ...httpEvent({ method: 'POST', body: '{"query":"{ a }"}', base64: true }), cookies: ['a=1', 'b=2'] };
    const { url, init } = fetchCallFromEvent(event);
    expect(url).toBe('https://abc123.execute-api.us-east-1.amazonaws.com/graphql');
    expect(Buffer.from(init.body as Buffer).toString()).toBe('{"query":"{ a }"}');
    expect(init.headers.cookie).toBe('a=1; b=2');
  });
});

describe('resultFromResponse', () => {
  it('keeps text bodies as text, lower-cases header names and moves Set-Cookie to cookies', async () => {
    const headers = new Headers({ 'Content-Type': 'application/json', 'X-Request-Id': 'r1' });
    headers.append('Set-Cookie', 'a=1');
    headers.append('Set-Cookie', 'b=2');
    const result = await resultFromResponse(new Response('{"data":{}}', { status: 200, headers }));
    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
      cookies: ['a=1', 'b=2'],
      body: '{"data":{}}',
      isBase64Encoded: false,
    });
  });

  it('base64-encodes binary bodies', async () => {
    const bytes = Uint8Array.from([0, 255, 1, 2]);
    const result = await resultFromResponse(new Response(bytes, { headers: { 'content-type': 'image/png' } }));
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body!, 'base64')).toEqual(Buffer.from(bytes));
  });
});
