import { readFileSync } from 'node:fs';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, type Explanation, type Issue, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { createServer } from '../../examples/service/server.js';
import { UNSAFE_TEXT } from '../helpers.js';

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

// Hostile requests, each followed by a normal one that must still be answered correctly: the
// service answers every request with JSON and a status, and never exits (an unhandled rejection
// would fail this test file). Issue 16, item 2.
describe('examples/service/server.ts under hostile requests', () => {
  const guarded = createServer(); // the defaults: a 5 MB body, a 64 MB response
  let at = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => guarded.listen(0, '127.0.0.1', resolve));
    at = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    guarded.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      guarded.close((error) => (error ? reject(error) : resolve())),
    );
  });
  const send = (path: string, body: string) =>
    fetch(`${at}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
  const expected = JSON.parse(JSON.stringify(score(liaocheng2024, two)));
  const stillServes = async () => {
    const res = await send('/score', JSON.stringify({ entities: two }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(expected);
  };
  const issueOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { issues } = (await res.json()) as { issues: Issue[] };
    for (const i of issues) {
      expect(typeof i.message).toBe('string');
      expect(typeof i.messageZh).toBe('string');
      expect(i.message).not.toMatch(/\n\s+at /); // no stack
    }
    return issues[0];
  };

  it('refuses 100,000 tiny applicants in a 5 MB body (a report larger than a string) with 413', async () => {
    const tiny = Array.from({ length: 100_000 }, (_, i) => ({
      id: `${i}`,
      sector: 'services',
      values: {},
    }));
    const body = JSON.stringify({ entities: tiny });
    expect(body.length).toBeLessThan(5 * 1024 * 1024);
    const res = await send('/score', body);
    expect(res.status).toBe(413);
    expect(await issueOf(res)).toMatchObject({ code: 'report_too_large', path: ['entities'] });
    await stillServes();
  });

  it('refuses a small body whose report would amplify it past the response limit', async () => {
    const tiny = Array.from({ length: 12_000 }, (_, i) => ({
      id: `${i}`,
      sector: 'manufacturing',
      values: {},
    }));
    const body = JSON.stringify({ entities: tiny });
    expect(body.length).toBeLessThan(600 * 1024);
    for (const path of ['/score', '/explain/1']) {
      const res = await send(path, body);
      expect(res.status, path).toBe(413);
      expect((await issueOf(res))?.code).toBe('report_too_large');
    }
    await stillServes();
  });

  it('stops while writing a report over the response limit that the estimate let through', async () => {
    const small = createServer({ maxResponseBytes: 100_000 });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(small.address() as AddressInfo).port}`;
      // Unknown sectors give small rows, but each echoes a 60,000-character name.
      const entities = [0, 1].map((i) => ({
        id: `${i}`,
        name: 'x'.repeat(60_000),
        sector: '?',
        values: {},
      }));
      const res = await fetch(`${url}/score`, {
        method: 'POST',
        body: JSON.stringify({ entities }),
      });
      expect(res.status).toBe(413);
      expect((await issueOf(res))?.code).toBe('report_too_large');
      const ok = await fetch(`${url}/score`, {
        method: 'POST',
        body: JSON.stringify({ entities: two }),
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual(expected);
    } finally {
      small.closeAllConnections();
      await new Promise<void>((resolve) => small.close(() => resolve()));
    }
  });

  it('answers 400 bad_url for a malformed escape or an unreadable URL', async () => {
    for (const path of ['/explain/%E0%A4%A', '/explain/%', '/explain/%FF']) {
      const res = await send(path, JSON.stringify({ entities: two }));
      expect(res.status, path).toBe(400);
      expect(await issueOf(res)).toMatchObject({ code: 'bad_url', path: ['url'] });
      await stillServes();
    }
    // A request target that is no URL at all, sent on a raw socket.
    const raw = await rawRequest(
      at,
      'POST //[ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('"code":"bad_url"');
    await stillServes();
  });

  it('answers 413 for a body over the limit, declared or not, and keeps serving', async () => {
    const huge = `{"entities":[],"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    const declared = await send('/score', huge);
    expect(declared.status).toBe(413);
    expect((await issueOf(declared))?.code).toBe('body_too_large');
    await stillServes();
    // Chunked, so no Content-Length to check first: the limit stops the reading.
    const chunked = await fetch(`${at}/score`, {
      method: 'POST',
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    await stillServes();
  });

  it('keeps serving after a client goes away in the middle of its body', async () => {
    await rawRequest(
      at,
      'POST /score HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"entities":[',
      true,
    );
    await stillServes();
  });

  it('quotes a hostile id in its message: at most 200 characters, control characters escaped', async () => {
    const id = `\u001b[2J\u202e${'y'.repeat(1000)}`;
    const res = await send(`/explain/${encodeURIComponent(id)}`, JSON.stringify({ entities: two }));
    expect(res.status).toBe(404);
    const first = await issueOf(res);
    expect(first?.code).toBe('unknown_entity');
    for (const message of [first?.message ?? '', first?.messageZh ?? '']) {
      expect(message).not.toMatch(UNSAFE_TEXT);
      expect(message).toContain('\\u001b[2J\\u202e');
      expect(message.length).toBeLessThan(400);
    }
    await stillServes();
  });
});

/** Sends raw bytes and returns what came back (or '' when `hangUp` closes the socket early). */
function rawRequest(base: string, text: string, hangUp = false): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(text);
      if (hangUp) {
        socket.destroy();
        resolve('');
      }
    });
    const parts: Buffer[] = [];
    socket.on('data', (b: Buffer) => parts.push(b));
    socket.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    socket.on('error', reject);
  });
}
