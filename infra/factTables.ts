/**
 * The service's DynamoDB tables, built from `store/tables.ts` (the one definition of keys and
 * indexes), so the deployed tables and the ones the tests and the local runner create never drift.
 */
import { AttributeType, BillingMode, type Attribute, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { type KeyAttribute, type TableDefinition, type TableId, tableDefinitions, tableNameEnv } from '../store/tables.js';
import type { StageConfig } from './stageConfig.js';

const attribute = (key: KeyAttribute): Attribute => ({
  name: key.name,
  type: key.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING,
});

export interface FactTable {
  definition: TableDefinition;
  table: Table;
}

export class FactTables extends Construct {
  readonly byId: Record<TableId, FactTable>;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    const build = (definition: TableDefinition): FactTable => {
      const table = new Table(this, definition.logicalName, {
        partitionKey: attribute(definition.partitionKey),
        sortKey: attribute(definition.sortKey),
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: config.deletionProtection,
        encryption: TableEncryption.AWS_MANAGED,
        removalPolicy: config.removalPolicy,
      });
      for (const index of definition.globalSecondaryIndexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          sortKey: attribute(index.sortKey),
          projectionType: ProjectionType.ALL,
        });
      }
      return { definition, table };
    };
    this.byId = {
      entities: build(tableDefinitions.entities),
      officials: build(tableDefinitions.officials),
      statements: build(tableDefinitions.statements),
    };
  }

  get all(): FactTable[] {
    return Object.values(this.byId);
  }

  /** The environment that tells `store/` the deployed table names (`ENTITIES_TABLE`, ...). */
  environment(): Record<string, string> {
    return Object.fromEntries(
      (Object.keys(this.byId) as TableId[]).map((id) => [tableNameEnv[id], this.byId[id].table.tableName]),
    );
  }
}
