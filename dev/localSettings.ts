/**
 * Settings of the local scripts, from the environment: PORT, DYNAMODB_ENDPOINT, FACTS_DATA_DIR,
 * FACTS_EDITOR_KEY. The editor key, when not given, is generated once by `npm start` and kept in
 * the data folder so that scripts run beside the server (npm run ingest) can find it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LocalSettings {
  port: number;
  dataDir: string;
  dynamoEndpoint?: string;
}

export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const dataDir = resolve(env.FACTS_DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  return { port, dataDir, dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined };
}

const editorKeyFile = (dataDir: string) => join(dataDir, 'editor-key');

/** The editor key: FACTS_EDITOR_KEY, else the one kept in the data folder, if any. */
export function knownEditorKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FACTS_EDITOR_KEY) return env.FACTS_EDITOR_KEY;
  const file = editorKeyFile(resolve(env.FACTS_DATA_DIR ?? '.data'));
  return (existsSync(file) && readFileSync(file, 'utf8').trim()) || undefined;
}

/** The server's editor key, generated and kept in the data folder when there is none yet. */
export function editorKeyForServer(dataDir: string, env: NodeJS.ProcessEnv = process.env): { key: string; generated: boolean } {
  const known = knownEditorKey({ ...env, FACTS_DATA_DIR: dataDir });
  if (known) return { key: known, generated: false };
  const key = randomBytes(24).toString('base64url');
  writeFileSync(editorKeyFile(dataDir), `${key}\n`, { mode: 0o600 });
  return { key, generated: true };
}

/** Where a running `npm start` tells other local scripts its DynamoDB Local listens. */
export const endpointFile = (dataDir: string) => join(dataDir, 'dynamodb-endpoint');
