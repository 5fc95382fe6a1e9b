import { checkReport } from '../error/checkArgument.js';
import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import { exactEntities } from '../score/exactEntities.js';
import type { EntityResult, Report } from '../score/types.js';
import { correlations } from '../stats/correlations.js';
import { cronbachAlpha } from '../stats/cronbachAlpha.js';
import { pca } from '../stats/pca.js';

/** Options of {@link coherence}. */
export interface CoherenceOptions {
  /** Only this sector (default: every sector with scored applicants). */
  readonly sector?: string | undefined;
}

/** The statistical coherence of one branch's children in one sector. */
export interface BranchCoherence {
  readonly parent: string;
  /** The children active in the sector, in tree order. */
  readonly children: readonly string[];
  /** Scored applicants with every child and the parent scored: the rows of the statistics. */
  readonly n: number;
  /** Each child's correlation with its parent (Pearson's r and Spearman's ρ), exact. */
  readonly withParent: {
    readonly pearson: readonly string[];
    readonly spearman: readonly string[];
  };
  /** The children's correlation matrices. */
  readonly siblings: {
    readonly pearson: ReadonlyArray<readonly string[]>;
    readonly spearman: ReadonlyArray<readonly string[]>;
  };
  /** Cronbach's alpha of the children, and alpha with each child dropped (`cronbachAlpha`). */
  readonly alpha: string | null;
  readonly alphaIfDropped: ReadonlyArray<string | null>;
  /** PCA of the children's scores (correlation matrix): eigenvalues, explained shares, loadings. */
  readonly pca: {
    readonly eigenvalues: readonly string[];
    readonly explained: readonly string[];
    readonly loadings: ReadonlyArray<readonly string[]>;
  };
  /**
   * `negative_correlation` (a child falls as its parent rises), `collinear_indicators` (two
   * siblings with |r| ≥ 0.9: one may be redundant), `dominant_indicator` (one child correlates
   * with its parent at r ≥ 0.9 while every sibling stays below 0.5: the parent is in effect that
   * child), `constant_criterion`; each at `['sectors', sector, parent, child]`.
   */
  readonly warnings: readonly Issue[];
}

/** What {@link coherence} returns: per sector, every branch with at least two children. */
export interface CoherenceResult {
  readonly sectors: ReadonlyArray<{
    readonly sector: string;
    /** Scored applicants of the sector. */
    readonly scored: number;
    readonly branches: readonly BranchCoherence[];
  }>;
}

const COLLINEAR = 0.9;
const DOMINANT = 0.9;
const WEAK = 0.5;

/**
 * How coherent the tree is on a scored batch, as COINr users check it (Nardo et al. 2008, the
 * OECD/JRC *Handbook on Constructing Composite Indicators*, step 4): for every branch and sector,
 * each child's Pearson and Spearman correlation with its parent and with its siblings, Cronbach's
 * alpha of the children (and alpha if each is dropped), and a PCA of the children's scores; with
 * warnings for a child negatively correlated with its parent, collinear siblings and a branch
 * dominated by one child. The data are the scored applicants' exact node scores (recomputed
 * exactly when the fast path decided them); an applicant missing a child is left out of that
 * branch. Branches with fewer than three such applicants are skipped.
 *
 * @param report - a report from `score`
 * @param options - `sector` to analyse only one
 * @returns per sector and branch: n, correlations, alpha, PCA and warnings, as exact strings
 * @throws {@link YoupinError} `unknown_sector` for a `sector` that is not the model's
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { coherence, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const result = coherence(score(liaocheng2024, batch), { sector: 'manufacturing' });
 * const total = result.sectors[0]?.branches[0];
 * [total?.parent, total?.n, total?.children]; // → [ 'total', 42, [ 'Q', 'I', 'B', 'E', 'S' ] ]
 * Number(total?.alpha).toFixed(3); // → '0.896'
 * total?.withParent.pearson.map((r) => Number(r).toFixed(2)); // → [ '0.90', '0.85', '0.88', '0.87', '0.70' ]
 * ```
 */
export function coherence(report: Report, options: CoherenceOptions = {}): CoherenceResult {
  checkReport(report);
  const exact = exactEntities(report);
  const definition = report.definition;
  if (options.sector !== undefined && !definition.sectors.some((s) => s.id === options.sector))
    throw new YoupinError([
      makeToolIssue('unknown_sector', ['options', 'sector'], {
        sector: options.sector,
        allowed: definition.sectors.map((s) => s.id).join(', '),
      }),
    ]);
  const sectors = definition.sectors
    .map((s) => s.id)
    .filter((s) => options.sector === undefined || s === options.sector);
  return {
    sectors: sectors.flatMap((sector) => {
      const scored = report.entities
        .filter((e) => e.status === 'scored' && e.sector === sector)
        .map(exact);
      if (scored.length === 0) return [];
      const first = scored[0] as EntityResult;
      const parents = first.nodes.filter(
        (n) => n.kind === 'branch' && first.nodes.filter((c) => c.parent === n.id).length > 1,
      );
      const branches = parents.flatMap((p) => {
        const children = first.nodes.filter((c) => c.parent === p.id).map((c) => c.id);
        return branchOf(sector, p.id, children, scored) ?? [];
      });
      return [{ sector, scored: scored.length, branches }];
    }),
  };
}

function branchOf(
  sector: string,
  parent: string,
  children: readonly string[],
  scored: readonly EntityResult[],
): BranchCoherence | null {
  const rows: string[][] = [];
  for (const e of scored) {
    const byId = new Map(e.nodes.map((n) => [n.id, n.exact]));
    const row = [parent, ...children].map((id) => byId.get(id) ?? null);
    if (row.every((x): x is string => x !== null)) rows.push(row);
  }
  if (rows.length < 3) return null;
  const all = { pearson: correlations(rows), spearman: correlations(rows, { method: 'spearman' }) };
  const kids = rows.map((r) => r.slice(1));
  const siblings = {
    pearson: correlations(kids).matrix,
    spearman: correlations(kids, { method: 'spearman' }).matrix,
  };
  const alpha = cronbachAlpha(kids);
  const components = pca(kids);
  const withParent = {
    pearson: (all.pearson.matrix[0] ?? []).slice(1),
    spearman: (all.spearman.matrix[0] ?? []).slice(1),
  };
  const warnings: Issue[] = [];
  const at = (child: string) => ['sectors', sector, parent, child];
  const r = withParent.pearson.map(Number);
  children.forEach((child, j) => {
    if ((r[j] ?? 0) < 0)
      warnings.push(
        makeToolIssue('negative_correlation', at(child), {
          child,
          parent,
          r: Number(r[j]).toFixed(2),
        }),
      );
    for (let k = j + 1; k < children.length; k++) {
      const rjk = Number(siblings.pearson[j]?.[k]);
      if (Math.abs(rjk) >= COLLINEAR)
        warnings.push(
          makeToolIssue('collinear_indicators', at(child), {
            a: child,
            b: children[k] as string,
            r: rjk.toFixed(2),
          }),
        );
    }
    const others = r.filter((_, k) => k !== j);
    if ((r[j] ?? 0) >= DOMINANT && others.every((x) => x < WEAK))
      warnings.push(
        makeToolIssue('dominant_indicator', at(child), {
          child,
          parent,
          r: Number(r[j]).toFixed(2),
        }),
      );
  });
  for (const w of components.warnings) {
    const j = Number(w.path[2]);
    warnings.push({ ...w, path: at(children[j] ?? '') });
  }
  return {
    parent,
    children,
    n: rows.length,
    withParent,
    siblings,
    alpha: alpha.alpha,
    alphaIfDropped: alpha.alphaIfDropped,
    pca: {
      eigenvalues: components.eigenvalues,
      explained: components.explained,
      loadings: components.loadings,
    },
    warnings,
  };
}
