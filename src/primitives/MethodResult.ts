// The one shape every method returns (normalise, aggregate, the weights, TOPSIS, VIKOR, the panel
// statistics). It lives with the primitives so that each method folder can name it without
// importing another; the warning type is a parameter because the issue type sits in src/error.

/**
 * The float64 twin of an exact figure: each decimal string becomes a number, `null` stays `null`,
 * and lists, matrices and records keep their shape and their keys.
 */
export type Float<T> = T extends string
  ? number
  : T extends null
    ? null
    : T extends readonly (infer E)[]
      ? readonly Float<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Float<T[K]> }
        : T;

/**
 * What every method returns, in one shape:
 *
 * - `method`: the method that ran, by its primary name (the `method` of the spec or the options
 *   when the function takes one, e.g. `'minmax'`, `'geometric'`, `'eigenvector'`, `'linear'`;
 *   otherwise the function's own method, e.g. `'topsis'`, `'entropy'`). A deprecated alias given
 *   in the input is reported by its primary name.
 * - `variant`: the choices made, in words (`'vector normalisation, Euclidean distance'`), so that
 *   a table or a provenance note can quote it.
 * - the **figures**: exact decimal strings (guard digits dropped, never rounded for
 *   publication), or lists, matrices and records of them, `null` where a value is missing. The
 *   result and every intermediate a paper's worked example shows (a normalised matrix, a mean and
 *   an sd, an ideal point, λmax …) are figures.
 * - `numbers`: the same figures as float64 numbers, for plotting, under **exactly the same keys**
 *   (never NaN or ±Infinity: a figure beyond ±Number.MAX_VALUE is clamped to it). The strings
 *   are the source of truth.
 * - `warnings`: the degenerate-but-decided cases met (a zero range, a constant criterion …).
 *
 * A method adds what is not a figure beside them: ranks (competition ranks, keyed by the figure
 * they rank: `ranks.closeness`, `ranks.Q`), booleans, row indices, nested results.
 *
 * @typeParam Method - the method names the function can report
 * @typeParam Figures - the exact figures, by name
 * @typeParam Warning - the warning type (youpin's `Issue`)
 */
export type MethodResult<
  Method extends string,
  Figures extends object,
  Warning,
> = Readonly<Figures> & {
  readonly method: Method;
  readonly variant: string;
  readonly warnings: readonly Warning[];
  readonly numbers: Float<Figures>;
};
