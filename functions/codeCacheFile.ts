/**
 * Where a function's V8 code cache lives: `<dir>/<key>.v8cache`, the key a hash of the `main.js` it was
 * made from (infra/codeCacheBundle.ts). One place for the name, which the loader looks for, the layer
 * publishes and the benchmark writes. (Values only: the loader's own module runs the bundle when imported.)
 */
/** The layer's folder for it: Lambda extracts layers under /opt. */
export const CODE_CACHE_LAYER_DIR = 'code-cache';

export const codeCacheFileName = (key: string) => `${key}.v8cache`;
