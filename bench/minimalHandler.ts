/**
 * The smallest useful Lambda handler, the yardstick of the cold-start benchmark: one GetItem with
 * @aws-sdk/lib-dynamodb, bundled the way the GraphQL function is.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT }));

export const handler = async (event: { body?: string }) => {
  const { id } = JSON.parse(event.body ?? '{}') as { id?: string };
  const output = await doc.send(new GetCommand({ TableName: process.env.ENTITIES_TABLE, Key: { pk: `ENTITY#${id}`, sk: 'RECORD' } }));
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: output.Item ? { id: output.Item.id, name: output.Item.name } : null }) };
};
