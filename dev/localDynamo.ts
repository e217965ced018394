/** The DynamoDB the local scripts use: DYNAMODB_ENDPOINT, else one they start on the data folder. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDynamoLocal } from './dynamoLocal.js';
import { endpointFile } from './localSettings.js';

export interface LocalDynamo {
  endpoint: string;
  /** Stops DynamoDB Local when this process started it. */
  stop(): Promise<void>;
}

export async function useLocalDynamo(options: { dataDir: string; endpoint?: string; reuseRunning?: boolean }): Promise<LocalDynamo> {
  if (options.endpoint) return { endpoint: options.endpoint, stop: async () => {} };
  const file = endpointFile(options.dataDir);
  if (options.reuseRunning && existsSync(file)) {
    const endpoint = readFileSync(file, 'utf8').trim();
    if (await answers(endpoint)) return { endpoint, stop: async () => {} };
  }
  const dynamo = await startDynamoLocal({ dataDir: join(options.dataDir, 'dynamodb') });
  writeFileSync(file, dynamo.endpoint);
  return {
    endpoint: dynamo.endpoint,
    stop: async () => {
      rmSync(file, { force: true });
      await dynamo.stop();
    },
  };
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}
