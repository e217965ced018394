/**
 * `npm start` as a user runs it: it starts its own DynamoDB Local, seeds the first article,
 * serves GraphiQL that a real browser can use, stops everything on Ctrl-C, and keeps the data
 * for the next start.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const dataDir = mkdtempSync(join(tmpdir(), 'facts-start-'));
const started: ChildProcess[] = [];

function startService(extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', FACTS_DATA_DIR: dataDir, FACTS_EDITOR_KEY: 'start-test-key' };
  delete env.DYNAMODB_ENDPOINT;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up within 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      const match = /GraphiQL at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match && output.includes('Ctrl-C stops everything')) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

/** Java processes of DynamoDB Local that keep their data in this test's folder. */
const dynamoProcesses = () => {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar.*${dataDir}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

async function count(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources { edges { node { id } } } entities(first: 100) { edges { node { id } } } officials { edges { node { id } } } }' }),
  });
  const { data } = (await response.json()) as any;
  return { sources: data.sources.edges.length, entities: data.entities.edges.length, officials: data.officials.edges.length };
}

// A test that fails midway leaves its service running: stop it as Ctrl-C would, so that its
// DynamoDB Local does not count against the next test.
afterEach(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) await stop(child);
});

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the seeded service and a GraphiQL that runs a typed query in a real browser; Ctrl-C stops DynamoDB Local; a restart keeps the data', async () => {
    const first = await startService();
    expect(first.output()).toContain('loaded the seed article');
    expect(first.output()).toContain('start-test-key');
    expect(dynamoProcesses()).toHaveLength(1);
    const counts = await count(first.url);
    expect(counts).toEqual({ sources: 1, entities: 15, officials: 5 });

    const page = await fetch(first.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Fact service</title>');

    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(first.url, { waitUntil: 'load' });
      const editor = tab.locator('.graphiql-query-editor');
      await editor.waitFor({ timeout: 20_000 });
      // It opens on the example queries over the seed data.
      await expect.poll(async () => (await editor.innerText()).replace(/\u00a0/g, ' '), { timeout: 10_000 }).toContain('query Search');
      await editor.click();
      await tab.keyboard.press('Control+A');
      await tab.keyboard.press('Delete');
      await tab.keyboard.insertText('{ entities(kind: REGION) { edges { node { name } } } }');
      // On a loaded machine the editor can lag the keyboard: run only once it holds the typed query.
      await expect
        .poll(async () => {
          const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
          return text.includes('entities(kind: REGION)') && !text.includes('query Search');
        }, { timeout: 10_000 })
        .toBe(true);
      // Under a full suite's load a click can land before GraphiQL is ready to run; click again
      // (at most every 5 s) until the answer shows.
      const response = tab.locator('.graphiql-response');
      await expect
        .poll(async () => {
          if (await response.getByText('Eastern Europe').isVisible()) return true;
          await tab.locator('.graphiql-execute-button').click();
          return response.getByText('Eastern Europe').waitFor({ timeout: 5_000 }).then(() => true, () => false);
        }, { timeout: 30_000 })
        .toBe(true);
      expect((await response.innerText()).replace(/\u00a0/g, ' ')).toContain('Middle East');
    } finally {
      await browser.close();
    }

    await stop(first.child);
    expect(dynamoProcesses()).toEqual([]);

    const second = await startService();
    expect(second.output()).not.toContain('loaded the seed article');
    expect(await count(second.url)).toEqual(counts);
    await stop(second.child);
    expect(dynamoProcesses()).toEqual([]);
  }, 240_000);

  it('uses DYNAMODB_ENDPOINT instead of starting DynamoDB Local', async () => {
    const service = await startService({ DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), FACTS_TABLE_PREFIX: `start${Date.now()}-` });
    expect(dynamoProcesses()).toEqual([]);
    expect(service.output()).toContain('loaded the seed article');
    expect(service.output()).toContain(`DynamoDB: ${inject('dynamoEndpoint')}`);
    expect((await count(service.url)).sources).toBe(1);
    await stop(service.child);
  }, 120_000);

  it('says how to install Java when it is missing', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/nonexistent', PORT: '0', FACTS_DATA_DIR: dataDir };
    delete env.DYNAMODB_ENDPOINT;
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'dev/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => resolve({ code, output }));
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('DynamoDB Local needs Java 17 or later');
    expect(result.output).toContain('apt-get install -y openjdk-17-jre-headless');
    expect(result.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);
});
