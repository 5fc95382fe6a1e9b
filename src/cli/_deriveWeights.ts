// `youpin weights … --sector S` and `--into MODEL --out NEW`: weights derived for a model — from a
// batch's scores (entropy, CRITIC) or from judgements (AHP) — printed per parent node, and, with
// --into, written as a new model version whose sector profile records how they were made.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Decimal } from 'decimal.js';
import {
  type DeriveProfileResult,
  deriveProfile,
  isYoupinError,
  type Model,
  type ProfileDerivation,
} from 'youpin';
import type { Context } from './_context.js';
import { Failure, UsageError } from './_errors.js';
import { type DataOptions, loadBatch, messageOf, printLines } from './_inputs.js';
import { emit, labelIn, outputTo, type Paint, paint, progress, table } from './_io.js';

/** What the weights command asks for when it derives weights for a model. */
export interface DeriveRequest {
  readonly method: 'ahp' | 'entropy' | 'critic';
  readonly file: string;
  readonly model: Model;
  readonly source: string;
  readonly sector: string;
  /** The parents whose children's weights are derived; empty: every branch of the sector. */
  readonly parents: readonly string[];
  /** AHP: the judgement matrix read from `file`. */
  readonly judgements?: ReadonlyArray<ReadonlyArray<number | string>> | undefined;
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
    method === 'ahp' ? { method, judgements: request.judgements ?? [] } : { method };
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
      error.issues.map((i) => ctx.m.at(i.path.join('.') || request.source, messageOf(ctx, i))),
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
  return 0;
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
  return [
    p.bold(m.derivedTitle(result.derivations[0]?.method ?? '', sector, result.model.version)),
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
  ].join('\n');
}
