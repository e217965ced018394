/**
 * Puts a function's bundle behind the code cache loader (functions/codeCacheLoader.ts): the
 * bundle that esbuild wrote as `index.js` becomes `main.js` (with its source map), and the loader,
 * bundled as `index.js`, carries the key of that `main.js`: its cache is `<key>.v8cache`, so a
 * cache made from other code is never used. CDK's bundling runs it after its own esbuild
 * (serviceFunction.ts `bundlingFor`): `tsx infra/codeCacheBundle.ts <outdir>/index.js`. Tools that
 * bundle a function outside CDK (tests, the cold-start benchmark) get it from buildFunctionBundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from './esbuildOptions.js';

const loaderEntry = fileURLToPath(new URL('../functions/codeCacheLoader.ts', import.meta.url));

/** Moves `outfile` to main.js beside it, writes the loader as `outfile`; returns main.js's key. */
export async function placeBehindCodeCacheLoader(outfile: string): Promise<string> {
  const main = join(dirname(outfile), 'main.js');
  const source = readFileSync(outfile, 'utf8').replace(/\/\/# sourceMappingURL=index\.js\.map\s*$/, '//# sourceMappingURL=main.js.map\n');
  writeFileSync(main, source);
  if (existsSync(`${outfile}.map`)) renameSync(`${outfile}.map`, `${main}.map`);
  const key = createHash('sha256').update(source).digest('hex').slice(0, 32);
  const options = esbuildOptions(loaderEntry, outfile);
  // Node's built-ins only: a few KB, no source map to read at a cold start.
  await build({ ...options, sourcemap: false, define: { ...options.define, 'process.env.FACT_SERVICE_CODE_CACHE_KEY': JSON.stringify(key) }, logLevel: 'error' });
  return key;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const [outfile] = process.argv.slice(2);
  if (!outfile) throw new Error('Usage: tsx infra/codeCacheBundle.ts <outdir>/index.js');
  await placeBehindCodeCacheLoader(outfile);
}
