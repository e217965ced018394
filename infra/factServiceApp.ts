/** Builds the CDK app: the stage's stack, checked by cdk-nag's AWS Solutions rules on every synth. */
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FactServiceStack } from './factServiceStack.js';
import { stageConfigFrom } from './stageConfig.js';

export function createFactServiceApp(props: AppProps = {}): { app: App; stack: FactServiceStack } {
  const app = new App(props);
  const config = stageConfigFrom(app.node);
  const stack = new FactServiceStack(app, `FactService-${config.stage}`, {
    config,
    description: `Fact service: GraphQL over DynamoDB (${config.stage})`,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    tags: { service: 'fact-service', stage: config.stage },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
