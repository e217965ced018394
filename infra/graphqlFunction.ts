/** The GraphQL function: `functions/graphql.ts` with the tables and the editor key it needs. */
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { FactTables } from './factTables.js';
import { extractorModule } from './lazyModules.js';
import { ServiceFunction } from './serviceFunction.js';
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

export class GraphqlFunction extends ServiceFunction {
  constructor(scope: Construct, id: string, { config, tables, editorKey }: GraphqlFunctionProps) {
    super(scope, id, {
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
    });
    for (const table of tables.all) grantTableAccess(this.role, table, graphqlTableAccess);
    // Only the value; not DescribeSecret, ListSecrets or anything that writes.
    this.role.addToPrincipalPolicy(new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [editorKey.secretArn],
    }));
  }
}
