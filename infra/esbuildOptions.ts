/**
 * The deployed functions' bundling options (`bundling` of serviceFunction.ts, in CDK's terms) as
 * esbuild's own, for the tools that bundle a function outside CDK (the cold-start benchmark and
 * measurement) and for the lazy modules' own bundles that CDK's bundling runs afterwards. One
 * mapping, so they cannot drift from what `cdk deploy` builds.
 */
import type { BuildOptions } from 'esbuild';
import type { LazyModule } from './lazyModules.js';
import { bundleAliases, bundleSupported, bundling, bundlingFor } from './serviceFunction.js';

export interface FunctionBuildOptions {
  /** The AWS SDK left to the Lambda runtime's copy instead of bundled. */
  runtimeSdk?: boolean;
  /** Modules shipped as files of their own beside `outfile` (infra/lazyModules.ts). */
  lazy?: readonly LazyModule[];
  /** The bundle behind the code cache loader (infra/codeCacheBundle.ts), as a function with a code cache layer ships it. */
  codeCache?: boolean;
}

export function esbuildOptions(entry: string, outfile: string, { runtimeSdk = false, lazy = [] }: FunctionBuildOptions = {}): BuildOptions {
  // The lazy modules' constants and files as CDK gets them, merged in one place.
  const { define, externalModules = [] } = bundlingFor(lazy);
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
    define,
    alias: bundleAliases,
    supported: bundleSupported,
    external: [...externalModules, ...(runtimeSdk || !bundling.bundleAwsSDK ? ['@aws-sdk/*'] : [])],
    logLevel: 'warning',
  };
}
