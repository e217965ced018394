import { describe, expect, it } from 'vitest';
import { editorKeyFromSecret } from '../../functions/editorKey.js';

describe('editorKeyFromSecret', () => {
  it('reads the secret once, on first use, and keeps it', async () => {
    const reads: string[] = [];
    const key = editorKeyFromSecret('arn:secret', async (id) => (reads.push(id), 'k3y'));
    expect(reads).toEqual([]);
    expect(await Promise.all([key(), key()])).toEqual(['k3y', 'k3y']);
    expect(await key()).toBe('k3y');
    expect(reads).toEqual(['arn:secret']);
  });

  it('does not keep a failed read: the next call tries again', async () => {
    let attempt = 0;
    const key = editorKeyFromSecret('arn:secret', async () => {
      attempt++;
      if (attempt === 1) throw new Error('throttled');
      return 'k3y';
    });
    await expect(key()).rejects.toThrow('could not be read from Secrets Manager');
    expect(await key()).toBe('k3y');
    expect(attempt).toBe(2);
  });

  it('refuses an empty or non-string secret', async () => {
    await expect(editorKeyFromSecret('a', async () => '')()).rejects.toThrow(/no string value/);
    await expect(editorKeyFromSecret('a', async () => new Uint8Array([1]))()).rejects.toThrow(/no string value/);
  });
});
