// An example scoring service on Node's own `http` module, no framework.
// 示例评分服务：只用 Node 自带的 `http` 模块，不依赖任何框架。
//
//   POST /score[?preset=NAME]        { entities: [...], model?, evaluationDate? }  → 200 report
//   POST /explain/:id[?preset=NAME]  the same body                                → 200 { explanation, sentences: { zh, en } }
//
// Errors answer `{ issues: [{ code, path, message, messageZh }] }`: 400 for a bad body or model,
// 404 for an unknown route or applicant, 405 for a wrong method, 413 for a body over the limit.
// 出错时返回 `{ issues: [...] }`，每个问题都有编码、路径和中英文说明。
//
// Run it: `node --import tsx examples/service/server.ts` (PORT, default 8787).
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  type EntityInput,
  explain,
  type Issue,
  isYoupinError,
  type Model,
  type ModelInput,
  narrate,
  type Report,
  safeDefineModel,
  safeScore,
} from 'youpin';
import { gbt19580, haopinShandong, liaocheng2024 } from 'youpin/presets';

/** Options of {@link createServer}. */
export interface ServiceOptions {
  /** The largest request body accepted, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** The preset used when the request names neither a preset nor a model (default `liaocheng2024`). */
  readonly defaultPreset?: string;
}

const PRESETS: Readonly<Record<string, ModelInput>> = { liaocheng2024, haopinShandong, gbt19580 };

// Presets are compiled once; a model sent in a body is compiled per request.
const compiled = new Map<string, Model>();

/** A problem of the request itself, shaped like the library's issues. */
function issue(code: string, path: Issue['path'], message: string, messageZh: string): Issue {
  return { code, path, message, messageZh };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly Issue[],
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
  const issues: Issue[] = [];
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
      issues.push(
        issue(
          'unknown_preset',
          ['query', 'preset'],
          `Unknown preset "${name}"; known presets: ${known}`,
          `未知的预设模型 "${name}"；可用：${known}`,
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
async function handle(
  req: IncomingMessage,
  options: Required<ServiceOptions>,
): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const explainMatch = /^\/explain\/([^/]+)$/.exec(url.pathname);
  if (url.pathname !== '/score' && !explainMatch) {
    throw new HttpError(404, [
      issue('not_found', ['url'], `No route ${url.pathname}`, `没有路径 ${url.pathname}`),
    ]);
  }
  if (req.method !== 'POST') {
    throw new HttpError(405, [
      issue(
        'method_not_allowed',
        ['method'],
        `${req.method} is not allowed here; use POST`,
        `此处不允许 ${req.method}，请使用 POST`,
      ),
    ]);
  }
  const request = parseRequest(
    await readBody(req, options.maxBodyBytes),
    url,
    options.defaultPreset,
  );
  const report = scoreRequest(request);
  if (!explainMatch) return { status: 200, body: report };

  const id = decodeURIComponent(explainMatch[1] as string);
  if (!report.entities.some((e) => e.id === id)) {
    throw new HttpError(404, [
      issue(
        'unknown_entity',
        ['url', 'id'],
        `No applicant with id "${id}" in the batch`,
        `批次中没有编号为 "${id}" 的申报对象`,
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

/**
 * Creates the service (not yet listening): `createServer().listen(8787)`, or `.listen(0)` in tests.
 * 创建服务（尚未监听端口）。
 */
export function createServer(options: ServiceOptions = {}): Server {
  const settings: Required<ServiceOptions> = {
    maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
    defaultPreset: options.defaultPreset ?? 'liaocheng2024',
  };
  return createHttpServer((req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        ...headers,
      });
      res.end(text);
    };
    handle(req, settings).then(
      ({ status, body, headers }) => send(status, body, headers),
      (error: unknown) => {
        if (error instanceof HttpError) {
          const headers: Record<string, string> = {};
          if (error.status === 405) headers['allow'] = 'POST';
          if (error.status === 413) {
            // Stop reading a body that is too large: answer, then close the connection.
            headers['connection'] = 'close';
            req.resume();
          }
          send(error.status, { issues: error.issues }, headers);
        } else if (isYoupinError(error)) {
          send(400, { issues: error.issues });
        } else {
          console.error(error);
          send(500, {
            issues: [issue('internal_error', [], 'Internal error', '服务器内部错误')],
          });
        }
      },
    );
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
