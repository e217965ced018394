/**
 * Settings of the local runner, from the environment: PORT, DYNAMODB_ENDPOINT, FACTS_DATA_DIR,
 * FACTS_EDITOR_KEY. The editor key, when not given, is generated once and kept in the data
 * folder so that scripts run beside the server (npm run ingest) can find it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LocalSettings {
  port: number;
  dataDir: string;
  dynamoEndpoint?: string;
  editorKey: string;
  editorKeyGenerated: boolean;
}

export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const dataDir = resolve(env.FACTS_DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  let editorKey = env.FACTS_EDITOR_KEY;
  let editorKeyGenerated = false;
  const keyFile = join(dataDir, 'editor-key');
  if (!editorKey) {
    if (existsSync(keyFile)) editorKey = readFileSync(keyFile, 'utf8').trim();
    if (!editorKey) {
      editorKey = randomBytes(24).toString('base64url');
      writeFileSync(keyFile, `${editorKey}\n`, { mode: 0o600 });
      editorKeyGenerated = true;
    }
  }
  return { port, dataDir, dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined, editorKey, editorKeyGenerated };
}

/** Where a running `npm start` tells other local scripts its DynamoDB Local listens. */
export const endpointFile = (dataDir: string) => join(dataDir, 'dynamodb-endpoint');
