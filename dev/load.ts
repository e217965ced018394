/**
 * `npm run load -- FILE.json...`: loads curated fact files (the fixtures' format) into the local
 * store: the running `npm start`'s DynamoDB Local, DYNAMODB_ENDPOINT, or one started for the load.
 */
import { basename } from 'node:path';
import { createStore } from '../store/index.js';
import { useLocalDynamo } from './localDynamo.js';
import { localSettings } from './localSettings.js';
import { loadCuratedFiles } from './loadFiles.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run load -- FILE.json [FILE.json...]   (curated fact files, as in fixtures/articles/)');
    process.exit(2);
  }
  const settings = localSettings();
  const dynamo = await useLocalDynamo({ dataDir: settings.dataDir, endpoint: settings.dynamoEndpoint, reuseRunning: true });
  try {
    const store = createStore({ endpoint: dynamo.endpoint });
    await store.ensureTables();
    for (const result of await loadCuratedFiles(store, files)) {
      console.log(
        `${basename(result.file)}: ${result.created ? 'loaded' : 'already loaded, unchanged'} — source ${result.source.id}, ` +
          `${result.source.statementCount} statements, ${result.entities.length} entities, ${result.officials.length} officials`,
      );
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await dynamo.stop();
  }
}

void main();
