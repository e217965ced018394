/** Helpers for the hardening suites: the yoga server over real HTTP, a store fingerprint, captured logs. */
import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createFactServer, type FactServer, type Logger } from '../../schema/server.js';
import type { Store } from '../../store/index.js';
import { EDITOR_KEY } from '../support/graphql.js';

export interface CapturedLogger extends Logger {
  lines: string[];
  text(): string;
}

/** A logger that keeps every line it is given (serialized), to check what reaches the logs. */
export function captureLogs(): CapturedLogger {
  const lines: string[] = [];
  const keep = (level: string) => (...args: unknown[]) => {
    lines.push(`${level} ${args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  };
  return { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error'), lines, text: () => lines.join('\n') };
}

export interface HttpFactServer {
  url: string;
  yoga: FactServer;
  logs: CapturedLogger;
  close(): Promise<void>;
}

/** The server as `npm start` serves it: yoga on a node:http server, on a free port. */
export async function startHttpServer(store: Store, options: { editorKey?: string } = {}): Promise<HttpFactServer> {
  const logs = captureLogs();
  const yoga = await createFactServer({ store, editorKey: options.editorKey ?? EDITOR_KEY, graphiql: false, logger: logs });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    yoga,
    logs,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return answer(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}

export async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

export const errorCode = (a: { body?: any }) => a.body?.errors?.[0]?.extensions?.code as string | undefined;

/** A hash of every item in the store's three tables: equal fingerprints, nothing changed. */
export async function storeFingerprint(store: Store): Promise<{ items: number; hash: string }> {
  const hash = createHash('sha256');
  let items = 0;
  const tables = Object.values(store.tableNames).sort();
  const scanned = await Promise.all(tables.map(async (table) => {
    const rows: string[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await store.doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
      for (const item of page.Items ?? []) rows.push(canonical(item));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return rows.sort();
  }));
  tables.forEach((table, i) => {
    items += scanned[i].length;
    hash.update(`${table}\n${scanned[i].join('\n')}\n`);
  });
  return { items, hash: hash.digest('hex') };
}

/** JSON with object keys sorted at every level (Sets, as DynamoDB string sets, sorted too). */
function canonical(value: unknown): string {
  if (value instanceof Set) return canonical([...value].sort());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
