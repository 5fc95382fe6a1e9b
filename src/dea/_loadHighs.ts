import { makeDeaIssue, throwIssues } from './_messages.js';

// highs (HiGHS compiled to WebAssembly) is an optional peer dependency of youpin/dea: it is
// imported when benefitOfTheDoubt first needs it, so nobody else installs 3.5 MB of WASM. The part
// used is typed here, so that the published types never mention highs.

/** The part of a HiGHS model (highs ≥ 1.15's persistent API) that youpin/dea uses. */
export interface HighsModel {
  readonly options: { set(values: Readonly<Record<string, unknown>>): unknown };
  run(): unknown;
  getModelStatus(): number;
  getSolution(): { readonly colValue: ArrayLike<number>; readonly rowValue: ArrayLike<number> };
  getBasis(): { readonly colStatus: ArrayLike<number>; readonly rowStatus: ArrayLike<number> };
  changeColsCost(
    selection: { readonly kind: 'range'; readonly from: number; readonly to: number },
    costs: readonly number[],
  ): unknown;
  changeCoefficient(row: number, col: number, value: number): unknown;
  dispose(): void;
}

/** The part of a loaded HiGHS runtime that youpin/dea uses. */
export interface HighsRuntime {
  readonly infinity: number;
  readonly constants: {
    readonly objectiveSense: { readonly maximize: unknown };
    readonly modelStatus: { readonly optimal: number; readonly infeasible: number };
    readonly basisStatus: {
      readonly lower: number;
      readonly basic: number;
      readonly upper: number;
    };
  };
  createModel(data: unknown): HighsModel;
}

let loaded: Promise<HighsRuntime> | undefined;

/** Loads highs once (by default) or throws a YoupinError `highs_missing` saying how to install it. */
export async function loadHighs(
  importer: () => Promise<unknown> = () => import('highs'),
): Promise<HighsRuntime> {
  let mod: unknown;
  try {
    mod = await importer();
  } catch (error) {
    if (isMissing(error)) throwIssues([makeDeaIssue('highs_missing', [])]);
    throw error;
  }
  const loader = typeof mod === 'function' ? mod : (mod as { default?: unknown }).default;
  if (typeof loader !== 'function') throwIssues([makeDeaIssue('highs_missing', [])]);
  return (await (loader as () => Promise<unknown>)()) as HighsRuntime;
}

/** The default runtime, loaded once per process. */
export function defaultHighs(): Promise<HighsRuntime> {
  loaded ??= loadHighs().catch((error: unknown) => {
    loaded = undefined; // a later call, after `npm install highs`, tries again
    throw error;
  });
  return loaded;
}

/** True for "cannot find package 'highs'" (ESM) and "cannot find module 'highs'" (CJS). */
function isMissing(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    /['"]highs['"]/.test(message)
  );
}
