/**
 * The deployed functions' bundling options (`bundling` of serviceFunction.ts, in CDK's terms) as
 * esbuild's own, for the tools that bundle a function outside CDK: the cold-start benchmark and
 * measurement. One mapping, so they cannot drift from what `cdk deploy` builds.
 */
import type { BuildOptions } from 'esbuild';
import { bundling } from './serviceFunction.js';

export function esbuildOptions(entry: string, outfile: string, { runtimeSdk = false }: { runtimeSdk?: boolean } = {}): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: bundling.format === 'cjs' ? 'cjs' : 'esm',
    target: bundling.target,
    minify: bundling.minify,
    sourcemap: bundling.sourceMap,
    sourcesContent: bundling.sourcesContent,
    mainFields: [...bundling.mainFields],
    define: bundling.define,
    // runtimeSdk: the AWS SDK left to the Lambda runtime's copy instead of bundled.
    external: [...bundling.externalModules, ...(runtimeSdk || !bundling.bundleAwsSDK ? ['@aws-sdk/*'] : [])],
    logLevel: 'warning',
  };
}
