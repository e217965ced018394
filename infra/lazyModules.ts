/**
 * Modules a deployed function loads only for some requests, shipped as files of their own beside
 * its `index.js` instead of inside it. V8 parses every byte of a bundle when the function starts,
 * even code no request of that instance will run: the GraphQL function runs the extractor (~140 KiB)
 * only for `ingestArticle`, so leaving it out of `index.js` takes it off every cold start that only
 * reads (bench/README.md, "Cold start").
 *
 * The code imports such a module through a `process.env` constant that the bundler defines (to the
 * file for a function that ships it apart, to "" for one that bundles it whole); run from source,
 * the constant is unset and the module is imported as usual. See `ingest/ingestArticle.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LazyModule {
  /** The `process.env` constant through which the code imports it. */
  constant: string;
  /** The source, from the project root. */
  entry: string;
  /** Its file in the function's asset, beside `index.js`. */
  file: string;
}

/** The extractor and its gazetteers: only ingestion runs them. */
export const extractorModule: LazyModule = { constant: 'FACT_SERVICE_EXTRACTOR_FILE', entry: 'extract/index.ts', file: './extract.js' };

/** Every module that some function may ship apart: each function defines all their constants. */
export const lazyModules: readonly LazyModule[] = [extractorModule];

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The esbuild options of the main bundle that ship `shipped` apart and bundle the other lazy modules whole. */
export function lazyModuleOptions(shipped: readonly LazyModule[]): { define: Record<string, string>; external: string[] } {
  return {
    define: Object.fromEntries(lazyModules.map((module) => [`process.env.${module.constant}`, JSON.stringify(shipped.includes(module) ? module.file : '')])),
    external: shipped.map((module) => module.file),
  };
}

/** Where a lazy module's own bundle goes, for a main bundle written to `outfile`. */
export const lazyModuleOutfile = (module: LazyModule, outfile: string) => join(dirname(outfile), module.file);

/** The absolute path of a lazy module's source. */
export const lazyModuleEntry = (module: LazyModule) => join(projectRoot, module.entry);
