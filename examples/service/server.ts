// An example scoring service on Node's own `http` module, no framework.
// 示例评分服务：只用 Node 自带的 `http` 模块，不依赖任何框架。
//
//   POST /score[?preset=NAME]        { entities: [...], model?, evaluationDate? }  → 200 report
//   POST /explain/:id[?preset=NAME]  the same body                                → 200 { explanation, sentences: { zh, en } }
//
// Errors answer `{ issues: [{ code, path, message, messageZh }] }`: 400 for a bad body, model or
// URL, 404 for an unknown route or applicant, 405 for a wrong method, 413 for a body over the
// limit or a report that would be over the response limit, 500 (with no stack) for anything
// unexpected. Every request gets an answer, and nothing a request does stops the service.
// 出错时返回 `{ issues: [...] }`，每个问题都有编码、路径和中英文说明；任何请求都不会使服务退出。
//
// Run it: `node --import tsx examples/service/server.ts` (PORT, default 8787).
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  type EntityInput,
  explain,
  type Issue,
  type IssueCode,
  isYoupinError,
  type Model,
  type ModelInput,
  narrate,
  type Report,
  safeDefineModel,
  safeScore,
  showText,
} from 'youpin';
import { gbt19580, haopinShandong, liaocheng2024 } from 'youpin/presets';

/** Options of {@link createServer}. */
export interface ServiceOptions {
  /** The largest request body accepted, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /**
   * The largest response, in bytes (default 64 MB). A batch whose report would be larger is
   * refused (413 `report_too_large`): by an estimate before scoring, and while writing the JSON.
   */
  readonly maxResponseBytes?: number;
  /** The preset used when the request names neither a preset nor a model (default `liaocheng2024`). */
  readonly defaultPreset?: string;
}

const PRESETS: Readonly<Record<string, ModelInput>> = { liaocheng2024, haopinShandong, gbt19580 };

// Presets are compiled once; a model sent in a body is compiled per request.
const compiled = new Map<string, Model>();

/** The service's own codes: problems of the request itself, which the library does not name. */
type ServiceCode =
  | 'body_too_large'
  | 'bad_url'
  | 'report_too_large'
  | 'invalid_body'
  | 'model_and_preset'
  | 'unknown_preset'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error';

/** An issue of the library, or one of the service's own, shaped alike. */
type ServiceIssue = Omit<Issue, 'code'> & { readonly code: IssueCode | ServiceCode };

/** A problem of the request itself, shaped like the library's issues. */
function issue(
  code: IssueCode | ServiceCode,
  path: Issue['path'],
  message: string,
  messageZh: string,
): ServiceIssue {
  return { code, path, message, messageZh };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly ServiceIssue[],
  ) {
    super(issues[0]?.message ?? String(status));
  }
}

/** Reads the body as UTF-8 text, refusing more than `limit` bytes (413). */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(413, [
      issue(
        'body_too_large',
        [],
        `The request body is larger than ${limit} bytes`,
        `请求体超过 ${limit} 字节`,
      ),
    ]);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request's URL; one that cannot be read is a 400, not a 500. */
function readUrl(target: string): URL {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    throw badUrl();
  }
}

/** The applicant id of `/explain/:id`, percent-decoded; a malformed escape is a 400. */
function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badUrl();
  }
}

function badUrl(): HttpError {
  return new HttpError(400, [
    issue(
      'bad_url',
      ['url'],
      'The URL cannot be read (a malformed %-escape?)',
      '无法解析请求的 URL（百分号转义有误？）',
    ),
  ]);
}

// A report repeats the model for every applicant: ten kilobytes a row with 聊城优品, so 489 KB of
// tiny rows make 112 MB of JSON, and 5 MB more than a string can hold. The size of a report is
// estimated before scoring, from the row of an applicant with no values in each sector; the JSON
// is then written piece by piece and stops at the limit, should the estimate fall short.

/** The JSON size of a report with no rows, and of an empty row per sector (`null`: unknown). */
const rowSizes = new WeakMap<Model, { base: number; rows: Map<string | null, number> }>();

function sizesOf(model: Model): { base: number; rows: Map<string | null, number> } {
  let sizes = rowSizes.get(model);
  if (sizes) return sizes;
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  const empty = safeScore(model, []);
  sizes = { base: empty.success ? bytes(empty.data) : 0, rows: new Map() };
  for (const sector of [...model.sectors.map((s) => s.id), null]) {
    const one = safeScore(model, [{ id: 'x', sector: sector ?? '', values: {} }]);
    sizes.rows.set(sector, one.success ? bytes(one.data.entities[0]) : 0);
  }
  rowSizes.set(model, sizes);
  return sizes;
}

/** Refuses a batch whose report would be over `limit` bytes (413), before scoring it. */
function checkReportSize(request: ScoreRequest, limit: number): void {
  const { base, rows } = sizesOf(request.model);
  let estimate = base;
  for (const entity of request.entities as readonly unknown[]) {
    const sector = (entity as { sector?: unknown } | null)?.sector;
    estimate += rows.get(typeof sector === 'string' ? sector : null) ?? rows.get(null) ?? 0;
    if (estimate > limit) throw reportTooLarge(limit);
  }
}

function reportTooLarge(limit: number): HttpError {
  return new HttpError(413, [
    issue(
      'report_too_large',
      ['entities'],
      `The report of this batch would be larger than ${limit} bytes; send fewer applicants per request`,
      `该批次的评分结果将超过 ${limit} 字节；请减少每次请求的申报对象数`,
    ),
  ]);
}

/**
 * JSON text of `body`, as JSON.stringify writes it, in pieces: the report's rows one by one, so
 * that no string grows past a row, and a 413 as soon as the text passes `limit` bytes.
 */
function jsonOf(body: unknown, limit: number): Buffer[] {
  const parts: Buffer[] = [];
  let pending = '';
  let size = 0;
  const push = (text: string) => {
    size += Buffer.byteLength(text);
    if (size > limit) throw reportTooLarge(limit);
    pending += text;
    if (pending.length >= 1 << 16) {
      parts.push(Buffer.from(pending));
      pending = '';
    }
  };
  const skipped = (v: unknown) =>
    v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const write = (value: unknown, depth: number): void => {
    const splits =
      depth < 2 &&
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { toJSON?: unknown }).toJSON !== 'function';
    if (!splits) {
      push(JSON.stringify(value) ?? 'null');
      return;
    }
    if (Array.isArray(value)) {
      push('[');
      value.forEach((v: unknown, i) => {
        if (i > 0) push(',');
        if (skipped(v)) push('null');
        else write(v, depth + 1);
      });
      push(']');
      return;
    }
    push('{');
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (skipped(v)) continue;
      push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(v, depth + 1);
    }
    push('}');
  };
  write(body, 0);
  if (pending !== '') parts.push(Buffer.from(pending));
  return parts;
}

interface ScoreRequest {
  readonly model: Model;
  readonly entities: readonly EntityInput[];
  readonly evaluationDate?: string;
}

/** Validates the JSON body and picks the model: `model` in the body, else `?preset=`, else the default. */
function parseRequest(text: string, url: URL, defaultPreset: string): ScoreRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, [
      issue('invalid_json', [], 'The request body is not valid JSON', '请求体不是有效的 JSON'),
    ]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, [
      issue(
        'invalid_body',
        [],
        'The request body must be an object: { "entities": [...] }',
        '请求体必须是对象：{ "entities": [...] }',
      ),
    ]);
  }
  const { entities, model, evaluationDate } = body as Record<string, unknown>;
  const issues: ServiceIssue[] = [];
  if (!Array.isArray(entities)) {
    issues.push(
      issue(
        'invalid_batch',
        ['entities'],
        '"entities" must be an array of applicants',
        '"entities" 必须是申报对象数组',
      ),
    );
  }
  if (evaluationDate !== undefined && typeof evaluationDate !== 'string') {
    issues.push(
      issue(
        'invalid_date',
        ['evaluationDate'],
        '"evaluationDate" must be a date written YYYY-MM-DD',
        '"evaluationDate" 必须是 YYYY-MM-DD 格式的日期',
      ),
    );
  }
  const preset = url.searchParams.get('preset');
  let chosen: Model | undefined;
  if (model !== undefined && preset !== null) {
    issues.push(
      issue(
        'model_and_preset',
        ['model'],
        'Send either a model in the body or ?preset=, not both',
        '请求体中的模型与 ?preset= 只能二选一',
      ),
    );
  } else if (model !== undefined) {
    const defined = safeDefineModel(model as ModelInput);
    // The model's own issues keep their paths, under "model".
    if (defined.success) chosen = defined.data;
    else issues.push(...defined.error.issues.map((i) => ({ ...i, path: ['model', ...i.path] })));
  } else {
    const name = preset ?? defaultPreset;
    const input = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
    if (input === undefined) {
      const known = Object.keys(PRESETS).join(', ');
      const shown = showText(name);
      issues.push(
        issue(
          'unknown_preset',
          ['query', 'preset'],
          `Unknown preset "${shown}"; known presets: ${known}`,
          `未知的预设模型 "${shown}"；可用：${known}`,
        ),
      );
    } else {
      chosen = compiled.get(name);
      if (!chosen) {
        const defined = safeDefineModel(input);
        if (!defined.success) throw defined.error; // a shipped preset is valid; answered as 400 anyway
        chosen = defined.data;
        compiled.set(name, chosen);
      }
    }
  }
  if (issues.length > 0 || !chosen) throw new HttpError(400, issues);
  return {
    model: chosen,
    entities: entities as EntityInput[],
    ...(typeof evaluationDate === 'string' ? { evaluationDate } : {}),
  };
}

/** Scores the batch. A bad row is not an error: it is in the report, `invalid`, with its issues. */
function scoreRequest(request: ScoreRequest): Report {
  const options = request.evaluationDate ? { evaluationDate: request.evaluationDate } : {};
  const result = safeScore(request.model, request.entities, options);
  if (!result.success) throw new HttpError(400, result.error.issues);
  return result.data;
}

/** Routes one request; returns the status and the JSON to answer. */
async function handle(req: IncomingMessage, options: Required<ServiceOptions>): Promise<Answer> {
  const url = readUrl(req.url ?? '/');
  const explainMatch = /^\/explain\/([^/]+)$/.exec(url.pathname);
  if (url.pathname !== '/score' && !explainMatch) {
    const path = showText(url.pathname);
    throw new HttpError(404, [issue('not_found', ['url'], `No route ${path}`, `没有路径 ${path}`)]);
  }
  if (req.method !== 'POST') {
    const method = showText(req.method ?? '');
    throw new HttpError(405, [
      issue(
        'method_not_allowed',
        ['method'],
        `${method} is not allowed here; use POST`,
        `此处不允许 ${method}，请使用 POST`,
      ),
    ]);
  }
  const id = explainMatch ? decodeId(explainMatch[1] as string) : undefined;
  const request = parseRequest(
    await readBody(req, options.maxBodyBytes),
    url,
    options.defaultPreset,
  );
  checkReportSize(request, options.maxResponseBytes);
  const report = scoreRequest(request);
  if (id === undefined) return { status: 200, body: report };

  if (!report.entities.some((e) => e.id === id)) {
    const shown = showText(id); // at most 200 characters, control and bidi characters escaped
    throw new HttpError(404, [
      issue(
        'unknown_entity',
        ['url', 'id'],
        `No applicant with id "${shown}" in the batch`,
        `批次中没有编号为 "${shown}" 的申报对象`,
      ),
    ]);
  }
  const explanation = explain(report, id);
  return {
    status: 200,
    body: {
      explanation,
      sentences: {
        zh: narrate(explanation, { locale: 'zh-CN' }),
        en: narrate(explanation, { locale: 'en' }),
      },
    },
  };
}

/** What one request is answered with. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/** The answer to a failure: its issues for an HttpError or a YoupinError, else a bare 500. */
function failure(error: unknown): Answer {
  if (error instanceof HttpError) {
    const headers: Record<string, string> = {};
    if (error.status === 405) headers['allow'] = 'POST';
    // Stop reading a body that is too large: answer, then close the connection.
    if (error.status === 413) headers['connection'] = 'close';
    return { status: error.status, body: { issues: error.issues }, headers };
  }
  if (isYoupinError(error)) return { status: 400, body: { issues: error.issues } };
  // A bug: the log gets the stack, the client a generic issue (never the stack).
  console.error(error);
  return {
    status: 500,
    body: { issues: [issue('internal_error', [], 'Internal error', '服务器内部错误')] },
  };
}

/** Routes, answers and writes one request. Never rejects: whatever happens, the service goes on. */
async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<ServiceOptions>,
): Promise<void> {
  let answer: Answer;
  try {
    answer = await handle(req, options);
  } catch (error) {
    if (req.destroyed && !(error instanceof HttpError)) return; // the client went away mid-body
    answer = failure(error);
  }
  let json: Buffer[];
  try {
    json = jsonOf(answer.body, options.maxResponseBytes);
  } catch (error) {
    answer = failure(error);
    json = jsonOf(answer.body, Number.POSITIVE_INFINITY);
  }
  if (res.destroyed || res.headersSent) return; // the client has gone
  if (answer.headers?.['connection'] === 'close') req.resume();
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(json.reduce((n, b) => n + b.length, 0)),
    ...answer.headers,
  });
  for (const part of json) res.write(part);
  res.end();
}

/**
 * Creates the service (not yet listening): `createServer().listen(8787)`, or `.listen(0)` in tests.
 * 创建服务（尚未监听端口）。
 */
export function createServer(options: ServiceOptions = {}): Server {
  const settings: Required<ServiceOptions> = {
    maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
    maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
    defaultPreset: options.defaultPreset ?? 'liaocheng2024',
  };
  return createHttpServer((req, res) => {
    respond(req, res, settings).catch((error: unknown) => {
      // Only writing to a broken connection can get here: log it, drop the connection.
      console.error(error);
      res.destroy();
    });
  });
}

// Run directly: listen on PORT (default 8787). 直接运行时监听 PORT（默认 8787）。
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env['PORT'] ?? 8787);
  const server = createServer();
  server.listen(port, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`youpin 评分服务已启动 · scoring service listening on http://localhost:${actual}`);
    console.log(
      `  POST /score · POST /explain/:id  (?preset=liaocheng2024 | haopinShandong | gbt19580)`,
    );
  });
}
