import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { flag, text } from '../_args.js';
import type { Command } from '../_context.js';
import { Failure, UsageError } from '../_errors.js';
import { packageRoot } from '../_shipped.js';

/** The page's files and how they are served. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of the page's meta tag, sent as a header too when the page is served. */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const DEFAULT_PORT = 8437;

/**
 * `youpin workbench [--out DIR] [--serve] [--port N]`: copies the built page (dist/workbench) to a
 * folder, and/or serves it on localhost with node:http — only its own files, GET and HEAD.
 */
export const workbenchCommand: Command = {
  name: 'workbench',
  usage: 'workbench [--out DIR] [--serve] [options]',
  options: {
    out: { type: 'string', short: 'o' },
    serve: { type: 'boolean' },
    port: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  help: (m) => m.helpWorkbench,
  async run(args, ctx) {
    const portText = text(args, 'port');
    const port = portText === undefined ? DEFAULT_PORT : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(portText ?? '0'))
      throw new UsageError(ctx.m.badPort(portText ?? ''), 'workbench');
    const root = packageRoot();
    const built = join(root ?? '.', 'dist', 'workbench');
    if (!existsSync(join(built, 'index.html'))) throw new Failure(ctx.m.workbenchMissing(built));
    const files = readdirSync(built).filter((f) => TYPES[f.slice(f.lastIndexOf('.'))]);
    const out = text(args, 'out') ?? (flag(args, 'serve') ? undefined : 'youpin-workbench');
    if (out !== undefined) {
      try {
        mkdirSync(out, { recursive: true });
        for (const f of files) copyFileSync(join(built, f), join(out, f));
      } catch (error) {
        throw new Failure(
          ctx.m.cannotWrite(out, error instanceof Error ? error.message : String(error)),
        );
      }
      ctx.stdout.write(`${ctx.m.wroteWorkbench(out)}\n`);
    }
    if (!flag(args, 'serve')) return 0;
    const from = out ?? built;
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const name = path === '/' ? 'index.html' : path.slice(1);
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (
        (request.method !== 'GET' && request.method !== 'HEAD') ||
        !files.includes(name) ||
        !type
      ) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      response.writeHead(200, {
        'content-type': type,
        'content-security-policy': POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(join(from, name)));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    ctx.stdout.write(`${ctx.m.servingWorkbench(`http://127.0.0.1:${bound}/`)}\n`);
    // Until Ctrl-C (or the process is stopped): the command does not return before.
    await new Promise<void>((resolve) => server.once('close', () => resolve()));
    return 0;
  },
};
