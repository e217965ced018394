/**
 * A V8 code cache for a function, made at deploy time by the Lambda runtime itself and shipped
 * as a layer: the function compiles its bundle from it instead of from source at every cold start
 * (functions/codeCacheLoader.ts; bench/README.md, "Cold start").
 *
 * A code cache serves only the exact Node.js build, architecture and V8 flags that made it, and
 * the Lambda runtime's exact build is known only inside Lambda. So the cache is made there: a
 * producer function, the cached function's twin (same props: code, runtime, memory, environment;
 * no layer), answers warm-up events and returns its cache; a custom resource
 * (functions/codeCacheLayer.ts) publishes it as a layer version, which the function then uses.
 * Both functions take a new runtime version only when they are updated, which happens together
 * (RuntimeManagementMode.FUNCTION_UPDATE, set by ServiceFunction for `codeCache`), and the cache is
 * made again whenever the producer changes. If they ever differ, V8 refuses the cache, the loader
 * logs "V8 code cache rejected" and compiles from source: slower, never wrong.
 */
import { ArnFormat, type CfnElement, CustomResource, Duration, Names, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { type ILayerVersion, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { CodeCacheLayerProperties } from '../functions/codeCacheLayer.js';
import { runtime, ServiceFunction, type ServiceFunctionProps } from './serviceFunction.js';

export interface CodeCacheLayerProps {
  /** The cached function's own props; the producer is built from them. */
  functionProps: ServiceFunctionProps;
  /** Events the producer answers before it saves the cache: the code they run is what the cache holds compiled. */
  warmupEvents: readonly unknown[];
}

export class CodeCacheLayer extends Construct {
  readonly layer: ILayerVersion;
  readonly producer: ServiceFunction;

  constructor(scope: Construct, id: string, { functionProps, warmupEvents }: CodeCacheLayerProps) {
    super(scope, id);
    const { config } = functionProps;
    this.producer = new ServiceFunction(this, 'Producer', {
      ...functionProps,
      codeCache: true,
      description: `Makes the V8 code cache of: ${functionProps.description}`,
    });
    // Removed with the stack: versions exist only to tell the custom resource that the producer changed.
    const producerVersion = this.producer.function.currentVersion;

    const publisher = new ServiceFunction(this, 'Publisher', {
      config,
      entry: 'codeCacheLayer.ts',
      description: 'Publishes the V8 code cache that its producer makes as a layer version (custom resource)',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment: {},
    });
    const stack = Stack.of(this);
    const layerName = Names.uniqueResourceName(this, { maxLength: 64, separator: '-' });
    const layerArn = stack.formatArn({ service: 'lambda', resource: 'layer', resourceName: layerName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    // The producer unqualified (not grantInvoke, which adds its versions), and this layer's versions only.
    publisher.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.producer.function.functionArn] }));
    publisher.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:PublishLayerVersion'], resources: [layerArn] }));
    publisher.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:DeleteLayerVersion'], resources: [`${layerArn}:*`] }));
    Validations.of(publisher.role.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:layer:${layerName}:*]`,
      reason: 'DeleteLayerVersion names the version in the ARN; ":*" is any version of this one layer, which only this custom resource publishes.',
    });

    const provider = new Provider(this, 'Provider', {
      onEventHandler: publisher.function,
      logGroup: new LogGroup(this, 'ProviderLogs', { retention: config.logRetention, removalPolicy: config.removalPolicy }),
    });
    Validations.of(provider).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: "CDK's provider framework function (custom-resources Provider) comes with the basic execution role; it runs only during deploys.",
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(publisher.function.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: "CDK's provider framework may invoke any version of the publisher function it fronts, and nothing else.",
      },
    );
    const properties: Omit<CodeCacheLayerProperties, 'ServiceToken'> = {
      ProducerArn: this.producer.function.functionArn,
      ProducerVersion: producerVersion.version,
      LayerName: layerName,
      WarmupEvents: JSON.stringify(warmupEvents),
      CompatibleRuntime: runtime.name,
      CompatibleArchitecture: this.producer.function.architecture.name,
    };
    const resource = new CustomResource(this, 'Resource', { serviceToken: provider.serviceToken, properties });
    this.layer = LayerVersion.fromLayerVersionArn(this, 'Layer', resource.getAttString('LayerVersionArn'));
  }
}
