/** npm run eval's default path: articles ingested through the GraphQL API, the answers scored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../../dev/eval.js';
import { type ApiPredictor, startApiPredictor } from '../../dev/evalThroughApi.js';

let api: ApiPredictor;
beforeAll(async () => {
  api = await startApiPredictor(); // uses the test run's DynamoDB Local (DYNAMODB_ENDPOINT)
});
afterAll(() => api?.close());

describe('eval through the API', () => {
  it('scores the project fixtures as ingested by the service, meeting the targets', async () => {
    const lines: string[] = [];
    const { overall, perArticle } = await runEval(['fixtures/articles'], api.predict, (line) => lines.push(line));
    expect(perArticle.map((a) => a.id)).toContain('cna-us-sanctions-north-korean-labour');
    expect(overall.metrics.quoteSpeaker.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.metrics.officials.f1).toBeGreaterThanOrEqual(0.85);
    expect(overall.metrics.entities.f1).toBeGreaterThanOrEqual(0.8);
    expect(overall.metrics.paraphraseSpeaker.f1).toBeGreaterThanOrEqual(0.6);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ articles: perArticle.length });
    // Every annotated article is ingested and read back, one after another (each resolves against
    // what the ones before stored): the time grows with the fixtures, 130–150 s alone for 482
    // articles on these machines and ~175 s beside the rest of the suite.
  }, 420_000);
});
