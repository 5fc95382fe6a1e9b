// `youpin weights … --sector S` and `--into MODEL --out NEW`: weights derived for a model — from a
// batch's scores (entropy, CRITIC) or from judgements (AHP) — printed per parent node, and, with
// --into, written as a new model version whose sector profile records how they were made.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Decimal } from 'decimal.js';
import {
  type AhpOptions,
  type DeriveProfileResult,
  deriveProfile,
  isYoupinError,
  type Model,
  type ProfileDerivation,
} from 'youpin';
import type { Context } from './_context.js';
import { Failure, UsageError } from './_errors.js';
import { type DataOptions, loadBatch, messageOf, printLines } from './_inputs.js';
import { emit, labelIn, outputTo, type Paint, paint, progress, sectorIn, table } from './_io.js';
import type { MatrixFile } from './_matrix.js';

/** What the weights command asks for when it derives weights for a model. */
export interface DeriveRequest {
  readonly method: 'ahp' | 'entropy' | 'critic' | 'pca';
  readonly file: string;
  readonly model: Model;
  readonly source: string;
  readonly sector: string;
  /** The parents whose children's weights are derived; empty: every branch of the sector. */
  readonly parents: readonly string[];
  /** AHP: the judgement matrix read from `file`, with the labels of its rows and columns. */
  readonly judgements?: MatrixFile | undefined;
  /** AHP: `method`, `randomIndex`, `threshold`, as for the matrix mode. */
  readonly ahpOptions?: AhpOptions | undefined;
  /** AHP: exit 1 when CR is not acceptable. */
  readonly strict?: boolean | undefined;
  readonly version: string | undefined;
  /** With --into: where the new model goes. */
  readonly into: boolean;
  readonly out: string | undefined;
  readonly format: 'table' | 'json' | 'csv';
  readonly data: DataOptions;
}

/** Derives the weights, prints them per parent, and writes the new model version with --into. */
export async function deriveWeights(request: DeriveRequest, ctx: Context): Promise<number> {
  const { method, model, sector } = request;
  const parents = request.parents.length > 0 ? request.parents : branchesOf(model, sector, ctx);
  if (method === 'ahp' && parents.length !== 1) throw new UsageError(ctx.m.ahpOneParent, 'weights');
  const entities =
    method === 'ahp'
      ? undefined
      : (await loadBatch(request.file, model, request.data, ctx, progress(ctx.stderr))).entities;
  const derivation: ProfileDerivation =
    method === 'ahp'
      ? {
          method,
          judgements: judgementsFor(request, parents[0] as string, ctx),
          options: request.ahpOptions ?? {},
        }
      : { method };
  const version = request.version ?? `${model.version}-${method}`;
  const today = new Date().toISOString().slice(0, 10);
  const note =
    method === 'ahp'
      ? `AHP judgements from ${basename(request.file)}, youpin weights, ${today}`
      : `${method} weights from ${basename(request.file)} (${entities?.length ?? 0} rows), youpin weights, ${today}`;
  let result: DeriveProfileResult;
  try {
    result = deriveProfile(model, {
      sector,
      version,
      parents: Object.fromEntries(parents.map((p) => [p, derivation])),
      note,
      ...(entities ? { entities } : {}),
    });
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    printLines(
      ctx,
      [ctx.m.deriveProblems(request.source, error.issues.length)],
      error.issues.map((i) => ctx.m.at(optionOf(i.path) || request.source, messageOf(ctx, i))),
    );
    throw new Failure('');
  }
  for (const d of result.derivations)
    for (const w of d.warnings)
      ctx.stderr.write(`${ctx.m.notice(`${d.parent}: ${messageOf(ctx, w)}`)}\n`);

  const stdout = request.into ? outputTo(ctx, undefined) : outputTo(ctx, request.out);
  const p = request.into || request.out === undefined ? ctx.out : paint(false);
  if (request.format === 'json') emit(JSON.stringify(result.derivations, null, 2), stdout);
  else emit(derivedTable(result, model, sector, ctx, p, request.format === 'csv'), stdout);
  if (request.into && request.out !== undefined) {
    try {
      await writeFile(request.out, `${JSON.stringify(result.model.definition, null, 2)}\n`);
    } catch (error) {
      throw new Failure(
        ctx.m.cannotWrite(request.out, error instanceof Error ? error.message : String(error)),
      );
    }
    ctx.stderr.write(`${ctx.m.wroteModel(request.out, result.model.version)}\n`);
  }
  const ahp = result.derivations[0]?.ahp;
  return request.strict && ahp && !ahp.acceptable ? 1 : 0;
}

/**
 * The judgements in the order of the parent's children in the sector. A file with labels (a
 * header row or a first column) is matched by child id or label, whatever its order; a label that
 * names no child, or a child left out, is an error. A file without labels is taken in the
 * children's order, which is said on stderr.
 */
function judgementsFor(request: DeriveRequest, parent: string, ctx: Context): string[][] {
  const file = request.judgements;
  if (!file) return [];
  const children = childrenOf(request.model, request.sector, parent);
  const labels = file.labels ?? file.rowLabels;
  if (labels === null) {
    ctx.stderr.write(`${ctx.m.notice(ctx.m.judgementsByPosition(parent, children.join(', ')))}\n`);
    return file.matrix;
  }
  if (file.labels && file.rowLabels && file.labels.join('\u0000') !== file.rowLabels.join('\u0000'))
    throw new Failure(ctx.m.judgementsLabelsDiffer(request.file));
  const key = (s: string) => s.trim().toLowerCase();
  const index = labels.map((label) =>
    children.findIndex((id) => {
      const node = request.model.nodes.find((n) => n.id === id);
      return [id, node?.label.zh, node?.label.en].some(
        (x) => x !== undefined && key(x) === key(label),
      );
    }),
  );
  const unknown = labels.filter((_, i) => index[i] === -1);
  const missing = children.filter((_, c) => !index.includes(c));
  if (unknown.length > 0 || missing.length > 0 || new Set(index).size !== index.length)
    throw new Failure(
      ctx.m.judgementsLabels(
        request.file,
        parent,
        children.join(', '),
        unknown.join(', '),
        missing.join(', '),
      ),
    );
  // Row and column of child c in the file: the position of its label.
  const at = children.map((_, c) => index.indexOf(c));
  return at.map((r) => at.map((k) => file.matrix[r]?.[k] ?? ''));
}

/** The children of `parent` active in the sector, in tree order (as deriveProfile takes them). */
function childrenOf(model: Model, sector: string, parent: string): string[] {
  const active = new Set(model.sectors.find((s) => s.id === sector)?.weights.map((w) => w.node));
  return model.nodes.find((n) => n.id === parent)?.children.filter((c) => active.has(c)) ?? [];
}

/** Every branch of the tree active in the sector, top down: the whole profile is derived. */
function branchesOf(model: Model, sector: string, ctx: Context): string[] {
  const found = model.sectors.find((s) => s.id === sector);
  if (!found) {
    const allowed = model.sectors.map((s) => s.id).join(', ');
    throw new UsageError(ctx.m.badChoice('--sector', sector, allowed), 'weights');
  }
  const active = new Set(found.weights.map((w) => w.node));
  return model.nodes
    .filter((n) => n.kind === 'branch' && (n.parent === null || active.has(n.id)))
    .filter((n) => n.children.filter((c) => active.has(c)).length > 1)
    .map((n) => n.id);
}

const four = (s: string) => new Decimal(s).toFixed(4, Decimal.ROUND_HALF_UP);

/** One row per parent and child: the weight derived, and the weight the model had. */
function derivedTable(
  result: DeriveProfileResult,
  model: Model,
  sector: string,
  ctx: Context,
  p: Paint,
  csv: boolean,
): string {
  const before = new Map(
    model.sectors.find((s) => s.id === sector)?.weights.map((w) => [w.node, w.weight]) ?? [],
  );
  const label = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    return node ? `${id} ${labelIn(node.label, ctx.lang)}` : id;
  };
  const rows = result.derivations.flatMap((d) =>
    d.children.map((c, i) => [
      label(d.parent),
      label(c),
      csv ? (d.weights[i] ?? '') : four(d.weights[i] ?? '0'),
      csv ? (before.get(c) ?? '') : four(before.get(c) ?? '0'),
    ]),
  );
  const m = ctx.m;
  if (csv)
    return [[m.colParent, m.colCriterion, m.colWeight, m.colWeightBefore], ...rows]
      .map((r) => r.map((x) => (/[",\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x)).join(','))
      .join('\n');
  const ahp = result.derivations[0]?.ahp;
  const consistency = ahp
    ? [
        m.ahpFigures(four(ahp.lambdaMax), four(ahp.ci), ahp.ri, four(ahp.cr)),
        ahp.acceptable
          ? p.green(m.ahpAcceptable(four(ahp.cr), ahp.threshold))
          : p.yellow(m.ahpNotAcceptable(four(ahp.cr), ahp.threshold)),
      ]
    : [];
  return [
    p.bold(
      m.derivedTitle(
        result.derivations[0]?.method ?? '',
        sectorIn(model, sector, ctx.lang),
        result.model.version,
      ),
    ),
    table(
      [
        { header: m.colParent },
        { header: m.colCriterion },
        { header: m.colWeight, align: 'right' },
        { header: m.colWeightBefore, align: 'right' },
      ],
      rows,
      p,
    ),
    ...consistency,
  ].join('\n');
}

/** Where an issue of the call lies, as the user wrote it: `--parent Q`, `--sector S`. */
function optionOf(path: readonly (string | number)[]): string {
  const [head, option, name] = path;
  if (head === 'options' && option === 'parents' && name !== undefined) return `--parent ${name}`;
  if (head === 'options' && option === 'sector') return '--sector';
  return path.join('.');
}
