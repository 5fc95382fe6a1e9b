import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { defineModel } from '../model/defineModel.js';
import type { Model } from '../model/Model.js';
import { resolveModel } from '../model/resolveModel.js';
import type { ModelInput, ProfileInput, SectorInput } from '../model/types.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import { score } from '../score/score.js';
import type { EntityInput } from '../score/types.js';
import { type AhpOptions, type AhpResult, ahp } from '../weight/ahp.js';
import { criticWeights } from '../weight/criticWeights.js';
import { entropyWeights } from '../weight/entropyWeights.js';
import { equalWeights } from '../weight/equalWeights.js';
import { pcaWeights } from '../weight/pcaWeights.js';

/** How the weights of one parent's children are made. */
export type ProfileDerivation =
  | {
      /** From pairwise judgements, rows and columns in the order of the parent's children in the sector. */
      readonly method: 'ahp';
      readonly judgements: MatrixInput;
      readonly options?: AhpOptions | undefined;
    }
  | {
      /**
       * From the children's scores over a batch: their dispersion (熵权法, CRITIC) or their common
       * factors (`pca`: PCA/FA weights with the Handbook's rule for the number of factors).
       */
      readonly method: 'entropy' | 'critic' | 'pca';
    }
  | { readonly method: 'equal' };

/** Options of {@link deriveProfile}. */
export interface DeriveProfileOptions {
  /** The sector whose profile is derived. */
  readonly sector: string;
  /** The version of the new model (a model version is frozen per batch). */
  readonly version: string;
  /** Parent node id → how its children's weights are made. Other parents keep their weights. */
  readonly parents: Readonly<Record<string, ProfileDerivation>>;
  /** The batch for `entropy`, `critic` and `pca`: its valid entities of the sector are the data. */
  readonly entities?: readonly EntityInput[] | undefined;
  /** Added to the profile's provenance note (where the judgements or the batch came from). */
  readonly note?: string | undefined;
}

/** One parent's derived weights, with what they came from. */
export interface ProfileDerivationResult {
  readonly parent: string;
  readonly method: ProfileDerivation['method'];
  /** The children, in the order of the judgements and the weights. */
  readonly children: readonly string[];
  readonly weights: readonly string[];
  /** The AHP figures (CR …) for `ahp`; null otherwise. */
  readonly ahp: AhpResult | null;
  readonly warnings: readonly Issue[];
}

/** What {@link deriveProfile} returns. */
export interface DeriveProfileResult {
  /** The new, validated model version; the sector profile's provenance says how its weights were made. */
  readonly model: Model;
  readonly derivations: readonly ProfileDerivationResult[];
}

/**
 * Derives a sector's weights from AHP judgements (per parent node) or from a batch (entropy,
 * CRITIC, PCA/FA), and returns a new validated model version whose sector profile records, in its
 * provenance, how every derived weight was made. The model itself is never changed.
 *
 * For `entropy`, `critic` and `pca` the data are the children's exact scores (leaf scores on the
 * model's scale, or branch scores) of the batch's valid entities of the sector, so every column is
 * already higher-is-better; rows with a missing child are left out.
 *
 * @param model - a model from `defineModel`
 * @param options - the sector, the new version, and a derivation per parent node
 * @returns the new model and, per parent, the children, the weights and (for AHP) the consistency
 * @throws {@link YoupinError} `unknown_sector`, `unknown_node` (a parent that is no node of the
 *   tree), `not_a_branch` (a leaf, or a branch the sector does not score), `length_mismatch` (a judgement matrix of the wrong size), `empty_input`
 *   (entropy, CRITIC or PCA without entities), any issue of {@link ahp}, `entropyWeights`,
 *   `criticWeights` or `pcaWeights`, and any issue of `defineModel` for the new model
 * @example
 * ```ts
 * import { defineModel, deriveProfile } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const { model, derivations } = deriveProfile(defineModel(liaocheng2024), {
 *   sector: 'services',
 *   version: '2025.1-ahp',
 *   parents: { total: { method: 'ahp', judgements: [
 *     [1, 2, 2, 3, 3], ['1/2', 1, 1, 2, 2], ['1/2', 1, 1, 2, 2], ['1/3', '1/2', '1/2', 1, 1], ['1/3', '1/2', '1/2', 1, 1],
 *   ] } },
 * });
 * derivations[0]?.children; // → [ 'Q', 'I', 'B', 'E', 'S' ]
 * derivations[0]?.ahp?.acceptable; // → true
 * model.version; // → '2025.1-ahp'
 * ```
 */
export function deriveProfile(model: Model, options: DeriveProfileOptions): DeriveProfileResult {
  resolveModel(model); // a YoupinError for anything but a model or a valid definition
  options ??= {} as DeriveProfileOptions; // none (or null): the sector is said to be missing
  const issues: Issue[] = [];
  const sector = model.sectors.find((s) => s.id === options.sector);
  if (!sector) {
    const allowed = model.sectors.map((s) => s.id).join(', ');
    throwIfIssues([
      makeToolIssue('unknown_sector', ['options', 'sector'], { sector: options.sector, allowed }),
    ]);
  }
  const active = new Set((sector as NonNullable<typeof sector>).weights.map((w) => w.node));
  const root = model.nodes.find((n) => n.parent === null);
  if (root) active.add(root.id);

  const plans = Object.entries(options.parents).map(([parent, derivation]) => {
    const node = model.nodes.find((n) => n.id === parent);
    const path = ['options', 'parents', parent];
    if (node?.kind !== 'branch' || !active.has(parent)) {
      // A node of the tree that is the wrong kind is not an unknown one: say which it is.
      issues.push(
        node
          ? makeToolIssue('not_a_branch', path, {
              id: parent,
              kind: node.kind === 'leaf' ? 'leaf' : 'excluded',
              parent: node.parent ?? '',
              sector: options.sector,
            })
          : makeToolIssue('unknown_node', path, { id: parent }),
      );
      return null;
    }
    const children = node.children.filter((c) => active.has(c));
    if (derivation.method === 'ahp') {
      const size = Array.isArray(derivation.judgements) ? derivation.judgements.length : 0;
      if (size !== children.length)
        issues.push(
          makeToolIssue('length_mismatch', [...path, 'judgements'], {
            a: children.length,
            b: size,
          }),
        );
    }
    if (fromData(derivation) && !options.entities?.length) {
      issues.push(makeToolIssue('empty_input', ['options', 'entities']));
    }
    return { parent, derivation, children };
  });
  throwIfIssues(issues);

  const needsData = plans.some((p) => p && fromData(p.derivation));
  // Exact: on the fast path (from 2,000 applicants) an applicant decided in float64 has no
  // unrounded scores, and the rows below would silently leave it out.
  const report = needsData ? score(model, options.entities ?? [], { engine: 'exact' }) : null;

  const derivations: ProfileDerivationResult[] = (
    plans as NonNullable<(typeof plans)[number]>[]
  ).map(({ parent, derivation, children }) => {
    if (derivation.method === 'ahp') {
      const result = ahp(derivation.judgements, derivation.options);
      return {
        parent,
        method: 'ahp',
        children,
        weights: result.weights,
        ahp: result,
        warnings: [],
      };
    }
    if (derivation.method === 'equal') {
      return {
        parent,
        method: 'equal',
        children,
        weights: equalWeights(children.length).weights,
        ahp: null,
        warnings: [],
      };
    }
    const rows = (report?.entities ?? [])
      .filter((e) => e.status === 'scored' && e.sector === options.sector)
      .map((e) => children.map((c) => e.nodes.find((n) => n.id === c)?.exact ?? null))
      .filter((row): row is string[] => row.every((x) => x !== null));
    const result =
      derivation.method === 'entropy'
        ? entropyWeights(rows)
        : derivation.method === 'pca'
          ? pcaWeights(rows)
          : criticWeights(rows);
    return {
      parent,
      method: derivation.method,
      children,
      weights: result.weights,
      ahp: null,
      warnings: result.warnings,
    };
  });

  const definition = structuredClone(model.definition) as ModelInput & { sectors: SectorInput[] };
  const sectors = definition.sectors.map((s): SectorInput => {
    if (s.id !== options.sector) return s;
    const weights: Record<string, string | number> = { ...(s.profile?.weights ?? {}) };
    const points: Record<string, string | number> = { ...(s.profile?.points ?? {}) };
    for (const d of derivations) {
      d.children.forEach((child, i) => {
        weights[child] = d.weights[i] as string;
        delete points[child];
      });
    }
    const profile: ProfileInput = {
      ...s.profile,
      weights,
      ...(Object.keys(points).length > 0 ? { points } : { points: undefined }),
      provenance: {
        status: 'inferred',
        source: describe(derivations),
        note: `derived from ${model.id} ${model.version}${options.note ? `; ${options.note}` : ''}`,
      },
    };
    return { ...s, profile: JSON.parse(JSON.stringify(profile)) };
  });
  return { model: defineModel({ ...definition, version: options.version, sectors }), derivations };
}

function fromData(derivation: ProfileDerivation): boolean {
  return derivation.method !== 'ahp' && derivation.method !== 'equal';
}

function describe(derivations: readonly ProfileDerivationResult[]): string {
  return derivations
    .map((d) => {
      if (d.ahp) {
        const cr = d.ahp.numbers.cr.toFixed(4);
        return `${d.parent}: AHP ${d.ahp.method}, RI ${d.ahp.randomIndexTable.name}, CR ${cr}`;
      }
      return `${d.parent}: ${d.method}`;
    })
    .join('; ');
}
