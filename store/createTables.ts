/** Creates the tables that are missing, from the one set of definitions, and waits until they are active. */
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type TableNames, createTableInput, tableDefinitions } from './tables.js';

export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<string[]> {
  const created: string[] = [];
  for (const definition of Object.values(tableDefinitions)) {
    const tableName = names[definition.id];
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      continue;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    try {
      await client.send(new CreateTableCommand(createTableInput(definition, tableName)));
      created.push(tableName);
    } catch (error) {
      // Another process created it meanwhile: fine.
      if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
    }
    await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
  }
  return created;
}
