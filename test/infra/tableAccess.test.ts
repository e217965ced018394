import { App, Stack } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { FactTables } from '../../infra/factTables.js';
import { stageConfigFrom } from '../../infra/stageConfig.js';
import { grantTableAccess } from '../../infra/tableAccess.js';

const setup = (context: Record<string, unknown> = {}) => {
  const app = new App({ context });
  const stack = new Stack(app, 'S');
  const tables = new FactTables(stack, 'Tables', stageConfigFrom(app.node));
  const role = new Role(stack, 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  return { tables, role };
};

describe('grantTableAccess', () => {
  it('refuses an index the definition does not have', () => {
    const { tables, role } = setup();
    expect(() => grantTableAccess(role, tables.byId.entities, { actions: ['Query'], indexes: ['bySpeaker'] })).toThrow(/no index bySpeaker/);
  });

  it('refuses indexes without Query, the only action that reads them', () => {
    const { tables, role } = setup();
    expect(() => grantTableAccess(role, tables.byId.entities, { actions: ['GetItem'], indexes: ['byKind'] })).toThrow(/grant Query/);
  });
});

describe('stageConfigFrom', () => {
  it('reads origins from a comma-separated string and rejects one with a path', () => {
    const config = stageConfigFrom(new App({ context: { corsOrigins: 'https://a.example, http://localhost:3000' } }).node);
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:3000']);
    expect(() => stageConfigFrom(new App({ context: { corsOrigins: 'https://a.example/app' } }).node)).toThrow(/without a path/);
  });
});
