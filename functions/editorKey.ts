/**
 * The editor key from Secrets Manager, read with Powertools Parameters on the first request that
 * presents a bearer token, then kept for the life of the execution environment (a cold start reads
 * it again, so a rotated key takes effect as environments are replaced). A failed read is not
 * kept: the next editor request tries again. The key is never logged.
 */
export type SecretReader = (secretId: string) => Promise<unknown>;

// Loaded on the first editor request, not at init: most cold starts serve readers, and the
// Secrets Manager client is ~10 ms of module evaluation (bench/README.md).
const readSecret: SecretReader = async (id) => (await import('@aws-lambda-powertools/parameters/secrets')).getSecret(id);

export function editorKeyFromSecret(secretId: string, read: SecretReader = readSecret): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= read(secretId).then(
      (value) => {
        if (typeof value !== 'string' || value.length === 0) throw new Error('The editor key secret has no string value');
        return value;
      },
      (error: unknown) => {
        throw new Error('The editor key could not be read from Secrets Manager', { cause: error });
      },
    );
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
}
