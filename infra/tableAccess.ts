/**
 * Least-privilege DynamoDB access: a function is granted the item actions it sends, on the tables
 * it uses, and Query on the indexes it names, each by its full ARN. CDK's `grant*` helpers would
 * grant `index/*` and more actions than the store sends; Scan is not grantable here at all.
 */
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { FactTable } from './factTables.js';

/** The item actions the store may need. Scan is deliberately absent: no access pattern scans. */
export type ItemAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'ConditionCheckItem'
  | 'BatchWriteItem';

export interface TableAccess {
  actions: readonly ItemAction[];
  /** The indexes the function queries ('all' for every index of the definition). */
  indexes: readonly string[] | 'all';
}

export function grantTableAccess(grantee: IGrantable, { definition, table }: FactTable, access: TableAccess): void {
  const known = definition.globalSecondaryIndexes.map((index) => index.indexName);
  const indexes = access.indexes === 'all' ? known : [...access.indexes];
  const unknown = indexes.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`Table ${definition.logicalName} has no index ${unknown.join(', ')}`);
  if (indexes.length && !access.actions.includes('Query')) {
    throw new Error(`Indexes of ${definition.logicalName} are only read by Query; grant Query to use them`);
  }

  grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
    actions: access.actions.map((action) => `dynamodb:${action}`),
    resources: [table.tableArn],
  }));
  if (indexes.length) {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: indexes.map((indexName) => `${table.tableArn}/index/${indexName}`),
    }));
  }
}
