/**
 * The requests the GraphQL function answers before its V8 code cache is saved (infra/codeCacheLayer.ts):
 * the GraphiQL examples, i.e. the contract's main reads, as API Gateway v2 events. The code they run
 * (parsing, validation, the resolvers, the DynamoDB client's request path) is what the cache holds
 * compiled; code they do not run is compiled on first use, as without a cache.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { exampleQueries } from '../schema/graphiqlExamples.js';

export function graphqlWarmupEvents(): APIGatewayProxyEventV2[] {
  return exampleQueries.map((query, index) => {
    const domainName = 'code-cache.warmup.invalid';
    const requestId = `code-cache-warmup-${index + 1}`;
    return {
      version: '2.0',
      routeKey: 'POST /graphql',
      rawPath: '/graphql',
      rawQueryString: '',
      headers: { host: domainName, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      requestContext: {
        accountId: 'anonymous', apiId: 'code-cache', domainName, domainPrefix: 'code-cache', requestId, routeKey: 'POST /graphql', stage: '$default',
        http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'code-cache-warmup' },
        time: '01/Jan/2026:00:00:00 +0000', timeEpoch: 0,
      },
      body: JSON.stringify({ query }),
      isBase64Encoded: false,
    };
  });
}
