/**
 * Bundles lazy modules (infra/lazyModules.ts) beside a function's main bundle, with the function's
 * options. CDK's bundling runs it after its own esbuild (serviceFunction.ts `bundlingFor`):
 * `tsx infra/buildLazyModules.ts <outdir>/index.js <constant>...`. Tools that bundle a function outside
 * CDK (the cold-start benchmark and measurement) call buildFunctionBundle, which does both steps.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { placeBehindCodeCacheLoader } from './codeCacheBundle.js';
import { type FunctionBuildOptions, esbuildOptions } from './esbuildOptions.js';
import { type LazyModule, lazyModuleEntry, lazyModuleOutfile, lazyModules } from './lazyModules.js';

export async function buildLazyModules(mainOutfile: string, modules: readonly LazyModule[], options: { runtimeSdk?: boolean } = {}): Promise<void> {
  for (const module of modules) {
    await build({ ...esbuildOptions(lazyModuleEntry(module), lazyModuleOutfile(module, mainOutfile), options), logLevel: 'error' });
  }
}

/** A function bundled as CDK bundles it: `outfile` and, beside it, the lazy modules it ships apart (and, with `codeCache`, main.js behind the loader). */
export async function buildFunctionBundle(entry: string, outfile: string, options: FunctionBuildOptions = {}): Promise<void> {
  await build({ ...esbuildOptions(entry, outfile, options), logLevel: 'error' });
  await buildLazyModules(outfile, options.lazy ?? [], { runtimeSdk: options.runtimeSdk });
  if (options.codeCache) await placeBehindCodeCacheLoader(outfile);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const [mainOutfile, ...constants] = process.argv.slice(2);
  const modules = constants.map((constant) => {
    const module = lazyModules.find((candidate) => candidate.constant === constant);
    if (!module) throw new Error(`No lazy module is named ${constant}; known: ${lazyModules.map((m) => m.constant).join(', ')}`);
    return module;
  });
  if (!mainOutfile || modules.length === 0) throw new Error('Usage: tsx infra/buildLazyModules.ts <outdir>/index.js <constant>...');
  await buildLazyModules(mainOutfile, modules);
}
