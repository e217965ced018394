/**
 * The eval's default predictor: every article is ingested into a fresh store through the
 * GraphQL API over HTTP (the ingestArticle mutation, as an editor would), and the answer is what
 * gets scored, so the eval measures the whole path: extraction, resolution and storage.
 */
import { randomBytes } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import { toDateTime } from '../ingest/dateTime.js';
import { createFactServer } from '../schema/server.js';
import { type Store, createStore, localTableNames } from '../store/index.js';
import { type DynamoLocal, startDynamoLocal } from './dynamoLocal.js';
import type { Predictor } from './eval.js';

const INGEST = `mutation Eval($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    source { statements(first: 100) { edges { node {
      kind text speakerName
      speaker { ... on Official { name aliases } ... on Entity { name aliases } }
    } } } }
    entities { name kind aliases }
    officials { name aliases roles { title } }
  }
}`;

export interface ApiPredictor {
  predict: Predictor;
  close(): Promise<void>;
}


export async function startApiPredictor(): Promise<ApiPredictor> {
  const dynamo: DynamoLocal | undefined = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoLocal();
  const store: Store = createStore({ endpoint: process.env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint, tableNames: localTableNames(`eval${randomBytes(3).toString('hex')}-`) });
  await store.ensureTables();
  const editorKey = randomBytes(16).toString('hex');
  const quiet = { debug() {}, info() {}, warn() {}, error: console.error };
  const http: Server = createServer(await createFactServer({ store, editorKey, graphiql: false, logger: quiet }));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(http.address() as { port: number }).port}/graphql`;

  const predict: Predictor = async (article) => {
    const source = article.source ?? {};
    const input = {
      text: article.text,
      ...(source.url ? { url: source.url } : {}),
      ...(source.title ? { title: source.title } : {}),
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.publishedAt ? { publishedAt: toDateTime(source.publishedAt) } : {}),
    };
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
      body: JSON.stringify({ query: INGEST, variables: { input } }),
    });
    const body = (await response.json()) as any;
    if (body.errors?.length) throw new Error(`${article.id}: ${body.errors[0].message}`);
    const payload = body.data.ingestArticle;
    return {
      entities: payload.entities,
      officials: payload.officials.map((o: any) => ({ name: o.name, aliases: o.aliases, titles: o.roles.map((r: any) => r.title) })),
      statements: payload.source.statements.edges.map(({ node }: any) => ({
        kind: node.kind,
        text: node.text,
        speakerName: node.speakerName,
        ...(node.speaker ? { speaker: { name: node.speaker.name, aliases: node.speaker.aliases } } : {}),
      })),
    };
  };

  return {
    predict,
    close: async () => {
      await new Promise((resolve) => http.close(resolve));
      store.destroy();
      await dynamo?.stop();
    },
  };
}
