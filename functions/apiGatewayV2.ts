/**
 * API Gateway HTTP API (payload format 2.0) events to Fetch requests and back, so a fetch
 * handler such as yoga's answers on Lambda exactly as it does locally.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export interface FetchCall {
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

/** `https://${domainName}${rawPath}?${rawQueryString}`, the method, the headers and the (decoded) body. */
export function fetchCallFromEvent(event: APIGatewayProxyEventV2): FetchCall {
  const { domainName, http } = event.requestContext;
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  // A plain record, not `new Headers()`: Node's global Headers loads its built-in fetch (undici,
  // ~30 ms of a cold start), which the handler never otherwise needs.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  // Payload v2 moves cookies out of the headers.
  if (event.cookies?.length) headers.cookie = event.cookies.join('; ');
  const hasBody = event.body !== undefined && event.body !== null && http.method !== 'GET' && http.method !== 'HEAD';
  return {
    url: `https://${domainName}${event.rawPath}${query}`,
    init: {
      method: http.method,
      headers,
      ...(hasBody ? { body: event.isBase64Encoded ? Buffer.from(event.body!, 'base64') : event.body } : {}),
    },
  };
}

const textual = /^(text\/|application\/(json|graphql-response\+json|javascript|xml|x-www-form-urlencoded)|image\/svg\+xml)/i;

/** A Fetch response as a v2 result: text bodies as they are, anything else base64-encoded. */
export async function resultFromResponse(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  // Some fetch implementations keep the casing a header was set with; HTTP API results want one spelling.
  response.headers.forEach((value, name) => {
    const key = name.toLowerCase();
    if (key !== 'set-cookie') headers[key] = value;
  });
  const cookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
  const contentType = response.headers.get('content-type') ?? '';
  const isText = contentType === '' || textual.test(contentType);
  const body = isText ? await response.text() : Buffer.from(await response.arrayBuffer()).toString('base64');
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { cookies } : {}),
    body,
    isBase64Encoded: !isText,
  };
}
