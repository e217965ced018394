/** The GraphQL function: `functions/graphql.ts` with the tables and the editor key it needs. */
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { FactTables } from './factTables.js';
import { extractorModule } from './lazyModules.js';
import { graphqlWarmupEvents } from '../functions/graphqlWarmup.js';
import { CodeCacheLayer } from './codeCacheLayer.js';
import { ServiceFunction, type ServiceFunctionProps } from './serviceFunction.js';
import type { StageConfig } from './stageConfig.js';
import { type TableAccess, grantTableAccess } from './tableAccess.js';

/** Environment variable naming the secret that holds the editor key. */
export const EDITOR_KEY_SECRET_ENV = 'EDITOR_KEY_SECRET_ARN';

/**
 * What the store sends for the API: BatchGetItem (loaders), Query (connections, every index),
 * and the Put and Delete items of TransactWriteItems (ingestion and review). Nothing else.
 */
export const graphqlTableAccess: TableAccess = {
  actions: ['BatchGetItem', 'Query', 'PutItem', 'DeleteItem'],
  indexes: 'all',
};

export interface GraphqlFunctionProps {
  config: StageConfig;
  tables: FactTables;
  editorKey: ISecret;
}

/** What the producer of its code cache sends while warming up: reads only, on every index. */
export const codeCacheProducerTableAccess: TableAccess = { actions: ['BatchGetItem', 'Query'], indexes: 'all' };

export class GraphqlFunction extends ServiceFunction {
  readonly codeCache: CodeCacheLayer;

  constructor(scope: Construct, id: string, { config, tables, editorKey }: GraphqlFunctionProps) {
    const props: ServiceFunctionProps = {
      config,
      entry: 'graphql.ts',
      description: 'Fact service GraphQL API (graphql-yoga)',
      memorySize: 1024,
      // Under the HTTP API's 30 s integration limit; ingesting a long article is the slowest call.
      timeout: Duration.seconds(15),
      environment: {
        ...tables.environment(),
        [EDITOR_KEY_SECRET_ENV]: editorKey.secretArn,
      },
      // Only ingestArticle extracts; reads should not parse the extractor at every cold start.
      lazyModules: [extractorModule],
      // Compiled from a cache made at deploy time by a twin that answered the GraphiQL examples.
      codeCache: true,
    };
    super(scope, id, props);
    for (const table of tables.all) grantTableAccess(this.role, table, graphqlTableAccess);
    this.codeCache = new CodeCacheLayer(this, 'CodeCache', { functionProps: props, warmupEvents: graphqlWarmupEvents() });
    for (const table of tables.all) grantTableAccess(this.codeCache.producer.role, table, codeCacheProducerTableAccess);
    this.function.addLayers(this.codeCache.layer);
    // Only the value; not DescribeSecret, ListSecrets or anything that writes.
    this.role.addToPrincipalPolicy(new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [editorKey.secretArn],
    }));
  }
}
