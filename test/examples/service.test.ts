import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, type Explanation, type Issue, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { createServer } from '../../examples/service/server.js';

// The example service, over real HTTP on localhost.

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const two = batch.slice(0, 2);

const server = createServer({ maxBodyBytes: 1024 * 1024 });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Any of the service's answers: a report, `{ issues }` or `{ explanation, sentences }`. */
type Answer = Report & {
  issues: Issue[];
  explanation: Explanation;
  sentences: { zh: string[]; en: string[] };
};
const read = (res: Response) => res.json() as Promise<Answer>;

describe('examples/service/server.ts', () => {
  it('scores a batch exactly as score() does', async () => {
    const res = await post('/score', { entities: two });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const report = await read(res);
    expect(report).toEqual(JSON.parse(JSON.stringify(score(liaocheng2024, two))));
    expect(report.model).toEqual({ id: liaocheng2024.id, version: liaocheng2024.version });
    expect(report.definition.id).toBe(liaocheng2024.id);
  });

  it('takes ?preset= and evaluationDate', async () => {
    const res = await post('/score?preset=liaocheng2024', {
      entities: two,
      evaluationDate: '2025-01-01',
    });
    expect(res.status).toBe(200);
    const report = await read(res);
    expect(report).toEqual(
      JSON.parse(JSON.stringify(score(liaocheng2024, two, { evaluationDate: '2025-01-01' }))),
    );
  });

  it('keeps a bad row in the report as invalid, with its issue', async () => {
    const first = two[0] as EntityInput;
    const bad = { ...first, id: 'BAD', values: { ...first.values, m_Q4: '12,5' } };
    const res = await post('/score', { entities: [first, bad] });
    expect(res.status).toBe(200);
    const report = await read(res);
    expect(report.counts.invalid).toBe(1);
    const row = report.entities[1];
    expect(row).toMatchObject({ id: 'BAD', status: 'invalid', total: null });
    expect(row?.issues).toContainEqual(
      expect.objectContaining({
        code: 'decimal_comma',
        path: ['entities', 1, 'values', 'm_Q4'],
      }),
    );
  });

  it('answers 400 with located issues for a bad body or model', async () => {
    for (const [body, code, path] of [
      ['{ not json', 'invalid_json', []],
      [[1, 2], 'invalid_body', []],
      [{ entities: 'nope' }, 'invalid_batch', ['entities']],
      [{ entities: [], model: { id: 'x' } }, 'invalid_type', ['model', 'version']],
    ] as const) {
      const res = await post('/score', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { issues } = await read(res);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues).toContainEqual(expect.objectContaining({ code, path }));
      for (const i of issues) {
        expect(typeof i.message).toBe('string');
        expect(typeof i.messageZh).toBe('string');
      }
    }
  });

  it('answers 400 for an unknown preset and for a model together with a preset', async () => {
    const unknown = await post('/score?preset=nowhere', { entities: [] });
    expect(unknown.status).toBe(400);
    expect((await read(unknown)).issues[0]?.code).toBe('unknown_preset');
    const both = await post('/score?preset=liaocheng2024', { entities: [], model: liaocheng2024 });
    expect(both.status).toBe(400);
    expect((await read(both)).issues[0]?.code).toBe('model_and_preset');
  });

  it('scores with a model sent in the body', async () => {
    const res = await post('/score', { entities: two, model: liaocheng2024 });
    expect(res.status).toBe(200);
    expect(await read(res)).toEqual(JSON.parse(JSON.stringify(score(liaocheng2024, two))));
  });

  it('answers 413 for a body over the limit', async () => {
    const huge = JSON.stringify({ entities: [], pad: 'x'.repeat(2 * 1024 * 1024) });
    const res = await post('/score', huge);
    expect(res.status).toBe(413);
    expect((await read(res)).issues[0]?.code).toBe('body_too_large');
  });

  it('explains an applicant in Chinese and English', async () => {
    const res = await post('/explain/M001', { entities: batch });
    expect(res.status).toBe(200);
    const { explanation, sentences } = await read(res);
    expect(explanation.entity.id).toBe('M001');
    expect(sentences.zh[0]).toMatch(/^总分 \d+\.\d\d，在制造业/);
    expect(sentences.en[0]).toMatch(/^The total/i);
    expect(sentences.zh.length).toBe(sentences.en.length);
  });

  it('answers 404 for an unknown applicant or route, 405 for a wrong method', async () => {
    const who = await post('/explain/NOPE', { entities: two });
    expect(who.status).toBe(404);
    expect((await read(who)).issues[0]?.code).toBe('unknown_entity');
    const route = await post('/nowhere', {});
    expect(route.status).toBe(404);
    expect((await read(route)).issues[0]?.code).toBe('not_found');
    const method = await fetch(`${base}/score`);
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('POST');
  });
});
