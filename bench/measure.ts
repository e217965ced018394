/** Timing helpers: requests to the yoga handler and the floor, percentiles, interleaved sampling. */
import type { FactServer } from '../schema/server.js';
import type { BenchQuery } from './queries.js';

/** One GraphQL request through the real yoga handler in process (yoga.fetch: the path HTTP takes); the body text. */
export async function graphqlRequest(server: FactServer, query: Pick<BenchQuery, 'document' | 'operationName'>, variables: Record<string, unknown>): Promise<string> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.document, operationName: query.operationName, variables }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GraphQL answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)), mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
}

export const milliseconds = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/**
 * Runs each contender once per round, in an order that rotates every round, so drift (a JIT
 * settling, DynamoDB Local compacting) falls on all of them alike. Returns milliseconds per contender.
 */
export async function interleave(rounds: number, contenders: ((round: number) => Promise<unknown>)[]): Promise<number[][]> {
  const samples = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const which = (round + k) % contenders.length;
      samples[which].push(await milliseconds(() => contenders[which](round)));
    }
  }
  return samples;
}
