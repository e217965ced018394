/** Starts one in-memory DynamoDB Local on a free port for the whole run; each test file makes its own tables in it. */
import type { TestProject } from 'vitest/node';
import { type DynamoLocal, startDynamoLocal } from '../../dev/dynamoLocal.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

let dynamo: DynamoLocal | undefined;

export async function setup(project: TestProject) {
  dynamo = await startDynamoLocal();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
}

export async function teardown() {
  await dynamo?.stop();
}
