/** Builds the CDK app as `cdk synth` does (cdk.json's context, cdk-nag included) for tests. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFactServiceApp } from '../../infra/factServiceApp.js';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };

export interface SynthOptions {
  context?: Record<string, unknown>;
  /** Bundle the functions (slow); skipped unless the bundle is what the test is about. */
  bundle?: boolean;
  /**
   * CDK's built-in CloudFormation template validation, which `cdk synth` runs: its WASM engine
   * takes ~15 s to start in every process, so only the test of the real synth turns it on.
   * cdk-nag runs either way.
   */
  cfnValidation?: boolean;
}

const outdirs: string[] = [];

/** Removes the cloud assemblies the test apps wrote (call from afterAll). */
export function removeTestApps(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function createTestApp({ context = {}, bundle = false, cfnValidation = false }: SynthOptions = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'fact-cdk-'));
  outdirs.push(outdir);
  const built = createFactServiceApp({
    outdir,
    builtinCloudFormationValidation: cfnValidation,
    context: { ...cdkJson.context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context },
  });
  return { ...built, outdir };
}
