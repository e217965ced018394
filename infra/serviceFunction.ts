/**
 * One Lambda function of the service, set up the same way for every entry point in `functions/`:
 * bundled by the local esbuild (no Docker), arm64 on the latest Node.js runtime, source maps,
 * X-Ray tracing, Powertools configuration, its own log group with the stage's retention, and a
 * role of its own that holds nothing but what this construct and its callers grant.
 */
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, RuntimeManagementMode, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type LazyModule, lazyModuleOptions } from './lazyModules.js';
import type { StageConfig } from './stageConfig.js';

export const SERVICE_NAME = 'fact-service';
export const METRICS_NAMESPACE = 'FactService';

export const runtime = Runtime.NODEJS_24_X;

/** The functions' NODE_OPTIONS: stack traces mapped to the TypeScript sources (docs/deploy.md: ~20–55 ms of init). */
export const nodeOptions = '--enable-source-maps';

/**
 * Imports redirected at bundle time (esbuild `alias`). With ES module builds first, a deep import
 * without an extension still picks a package's CommonJS file: graphql-armor's max-tokens imports
 * `graphql/language/parser`, which bundled graphql's CommonJS parser (and its own GraphQLError)
 * beside the ES build everything else uses, so a syntax error in a query came out of the deployed
 * function as an internal error instead of "Syntax Error: …" (test/functions/graphqlBundle.test.ts).
 */
export const bundleAliases: Record<string, string> = {
  'graphql/language/parser': 'graphql/language/parser.mjs',
  // graphql-jit's deep imports name graphql's CommonJS files: a second graphql, whose GraphQLError
  // yoga and maskError would not recognise.
  ...Object.fromEntries(['error/index', 'execution/execute', 'jsutils/Path', 'utilities/index'].map((path) => [`graphql/${path}.js`, `graphql/${path}.mjs`])),
  // graphql-jit's optional JSON serializer, off here, and ajv with it (functions/withoutJsonSchemaSerializer.ts).
  'fast-json-stringify': fileURLToPath(new URL('../functions/withoutJsonSchemaSerializer.ts', import.meta.url)),
  // The classes yoga uses, without the package's CommonJS selector that loads all of node-fetch at
  // init (functions/whatwgFetch.ts: ~7 ms of cold start).
  '@whatwg-node/fetch': fileURLToPath(new URL('../functions/whatwgFetch.ts', import.meta.url)),
};

/**
 * Syntax esbuild rewrites, or must leave alone (esbuild `supported`):
 * - `import()` becomes `require()`. A bundle compiled from a code cache (functions/codeCacheLoader.ts)
 *   has no dynamic-import callback on Node 20, and on Node 24 the SDK's `import("node:http")` started
 *   the ES module loader and, through node:http's lazy exports, undici (~10 ms of a first request).
 *   Lazy modules stay lazy: `require` runs on first use.
 * - A pattern literal with `\p{…}` stays a literal. esbuild 0.28 with target node20 or node24 turns
 *   each into `new RegExp("…", "u")` where it stands, so a pattern in a function is built again on
 *   every call: 365 of the extractor's patterns, many asked of every word or sentence. Node has
 *   taken Unicode property escapes since 10; the bundle tests load every bundle on Node 20.
 */
export const bundleSupported: Record<string, boolean> = { 'dynamic-import': false, 'regexp-unicode-property-escapes': true };

/**
 * The esbuild options of every function. The AWS SDK is bundled, not taken from the runtime, so
 * the function runs the SDK version the tests ran; measured, its init is within a few percent of
 * the runtime copy's (docs/deploy.md). The 9 MB self-contained GraphiQL page is only for the local server and is
 * never loaded on Lambda, so it stays out of the bundle.
 */
export const bundling = {
  format: OutputFormat.CJS,
  target: 'node24',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  bundleAwsSDK: true,
  externalModules: ['@graphql-yoga/render-graphiql'],
  // ES module builds first: esbuild tree-shakes them, where the CommonJS builds (one file per AWS
  // SDK package) come whole. Measured: bundle 1.6 → 1.2 MB, cold start ~65–100 ms shorter.
  mainFields: ['module', 'main'],
  // Production builds of the libraries: graphql-js's development instanceOf check (a cross-realm
  // guard) was ~8% of the CPU of a GraphQL request, and esbuild drops the development branches.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // CDK has no option of its own for esbuild's alias: `--alias:from=to`.
  esbuildArgs: {
    ...Object.fromEntries(Object.entries(bundleAliases).map(([from, to]) => [`--alias:${from}`, to])),
    ...Object.fromEntries(Object.entries(bundleSupported).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
  },
  forceDockerBundling: false,
} as const satisfies BundlingOptions;

/** Shell-quoted, for CDK's bundling commands (run by bash). */
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * `bundling` for a function that ships `lazy` as files of their own beside index.js
 * (infra/lazyModules.ts): their constants defined, their files external, and after CDK's esbuild
 * the same options bundle each of them (infra/buildLazyModules.ts). With `codeCache`, the bundle
 * then moves behind the code cache loader (infra/codeCacheBundle.ts).
 */
export function bundlingFor(lazy: readonly LazyModule[], { codeCache = false } = {}): BundlingOptions {
  const { define, external } = lazyModuleOptions(lazy);
  // Run by bash from the project root, where CDK runs its own esbuild.
  const afterBundling = (outputDir: string) => [
    ...(lazy.length === 0 ? [] : [['npx', 'tsx', 'infra/buildLazyModules.ts', `${outputDir}/index.js`, ...lazy.map((module) => module.constant)]]),
    ...(codeCache ? [['npx', 'tsx', 'infra/codeCacheBundle.ts', `${outputDir}/index.js`]] : []),
  ].map((command) => command.map(shellQuote).join(' '));
  return {
    ...bundling,
    define: { ...bundling.define, ...define },
    externalModules: [...bundling.externalModules, ...external],
    ...(lazy.length === 0 && !codeCache ? {} : {
      commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: (_inputDir: string, outputDir: string) => afterBundling(outputDir) },
    }),
  };
}

/** The absolute path of a source file under `functions/`. */
export const functionEntry = (file: string) => fileURLToPath(new URL(`../functions/${file}`, import.meta.url));

export interface ServiceFunctionProps {
  config: StageConfig;
  /** File name under `functions/`, e.g. `graphql.ts`; its export `handler` is the entry point. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  /** Modules it loads only for some requests, shipped beside its bundle (infra/lazyModules.ts). */
  lazyModules?: readonly LazyModule[];
  /**
   * Its bundle behind the code cache loader (functions/codeCacheLoader.ts), on a runtime version
   * that changes only when the function is updated, as a cache made by a twin needs
   * (infra/codeCacheLayer.ts, which gives the cache).
   */
  codeCache?: boolean;
}

export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.config.logRetention,
      removalPolicy: props.config.removalPolicy,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: writes its own logs, plus what the stack grants it`,
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy (logs:* on every log group).
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: functionEntry(props.entry),
      handler: 'handler',
      description: props.description,
      runtime,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      bundling: bundlingFor(props.lazyModules ?? [], { codeCache: props.codeCache }),
      ...(props.codeCache ? {
        runtimeManagementMode: RuntimeManagementMode.FUNCTION_UPDATE,
        // The producer's versions only tell its custom resource that it changed (infra/codeCacheLayer.ts).
        currentVersionOptions: { removalPolicy: RemovalPolicy.DESTROY },
      } : {}),
      environment: {
        STAGE: props.config.stage,
        NODE_OPTIONS: nodeOptions,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    });
    // Tracing.ACTIVE adds xray:PutTraceSegments and xray:PutTelemetryRecords on "*" to the role.
    Validations.of(this.role.node.findChild('DefaultPolicy')).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Only the X-Ray actions PutTraceSegments and PutTelemetryRecords use "*": they support no resource-level '
        + 'permissions. Table, index, log group and secret permissions name their ARNs.',
    });
  }
}
