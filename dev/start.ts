/**
 * `npm start`: DynamoDB Local (kept under .data/), the tables, the seed article when the store
 * is empty, and GraphQL with GraphiQL at http://localhost:4000/graphql. Ctrl-C stops it all.
 */
import { createServer } from 'node:http';
import { createFactServer } from '../schema/server.js';
import { createStore } from '../store/index.js';
import { JavaMissingError } from './dynamoLocal.js';
import { type LocalDynamo, useLocalDynamo } from './localDynamo.js';
import { editorKeyForServer, localSettings } from './localSettings.js';
import { seedIfEmpty } from './loadFiles.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main() {
  let dynamo: LocalDynamo | undefined;
  let stopping = false;
  const server = createServer();
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    await dynamo?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    const settings = localSettings();
    const editorKey = editorKeyForServer(settings.dataDir);
    dynamo = await useLocalDynamo({ dataDir: settings.dataDir, endpoint: settings.dynamoEndpoint });
    const store = createStore({ endpoint: dynamo.endpoint });
    const created = await store.ensureTables();
    if (created.length) console.log(`created tables ${created.join(', ')}`);
    if (await seedIfEmpty(store)) console.log('loaded the seed article (fixtures/articles/cna-us-sanctions-north-korean-labour.json)');
    const yoga = await createFactServer({ store, editorKey: editorKey.key, graphiql: 'embedded' });
    server.on('request', yoga);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, resolve);
    });
    const { port } = server.address() as { port: number };
    console.log(`\nFact service: GraphQL and GraphiQL at http://localhost:${port}/graphql`);
    console.log(`DynamoDB: ${dynamo.endpoint}${settings.dynamoEndpoint ? '' : ` (DynamoDB Local, data in ${settings.dataDir})`}`);
    console.log(`Editor key${editorKey.generated ? ' (generated, kept in .data/editor-key)' : ''}: ${editorKey.key}`);
    console.log('Send it as "Authorization: Bearer <key>" for mutations. Ctrl-C stops everything.\n');
  } catch (error) {
    // Problems the user can fix get their message alone; anything else its stack too.
    const known = error instanceof JavaMissingError || ['EADDRINUSE', 'EACCES'].includes((error as { code?: string }).code ?? '') || /^PORT /.test((error as Error).message);
    console.error(known ? `\n${(error as Error).message}\n` : error);
    await stop(1);
  }
}

void main();
