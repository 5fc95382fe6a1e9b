/** The name of a random-index (RI) table for AHP's consistency ratio. */
export type RandomIndexTableName =
  | 'saaty1980'
  | 'saaty2005'
  | 'tummalaLing1998'
  | 'aguaron2003'
  | 'doneganDodd1991';

/** A random-index table: RI for n = 1, 2, 3, … (RI is 0 for n ≤ 2), with its source. */
export interface RandomIndexTable {
  readonly name: RandomIndexTableName;
  readonly source: string;
  /** RI by n, starting at n = 1. */
  readonly values: readonly string[];
}

/**
 * The random-index tables in use, because they disagree (n = 4: 0.90, 0.89, 0.8921, 0.882,
 * 0.8286) and a consistency ratio means little without its table. Values as tabulated by the
 * implementations named in `source` (youpin research notes, anchors appendix).
 *
 * @example
 * ```ts
 * import { randomIndexTables } from 'youpin';
 * randomIndexTables.saaty1980.values[3]; // → '0.90'
 * ```
 */
export const randomIndexTables: Readonly<Record<RandomIndexTableName, RandomIndexTable>> = {
  saaty1980: {
    name: 'saaty1980',
    source:
      'Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill (as in airicyu/ahp, pyDecision)',
    values: ['0', '0', '0.58', '0.90', '1.12', '1.24', '1.32', '1.41', '1.45', '1.49'],
  },
  saaty2005: {
    name: 'saaty2005',
    source:
      'Saaty, T. L. (2005). Theory and Applications of the Analytic Network Process (as in AHPy "saaty")',
    values: ['0', '0', '0.52', '0.89', '1.11', '1.25', '1.35', '1.40', '1.45', '1.49'],
  },
  tummalaLing1998: {
    name: 'tummalaLing1998',
    source: 'Tummala, V. M. R. & Ling, H. (1998). Theory and Decision 44 (as in pymcdm)',
    values: [
      '0',
      '0',
      '0.5799',
      '0.8921',
      '1.1159',
      '1.2358',
      '1.3322',
      '1.3952',
      '1.4537',
      '1.4882',
    ],
  },
  aguaron2003: {
    name: 'aguaron2003',
    source: 'Aguarón, J. & Moreno-Jiménez, J. M. (2003). EJOR 147 (as in the R package MCDA)',
    values: ['0', '0', '0.525', '0.882', '1.115', '1.252', '1.341', '1.404', '1.452', '1.484'],
  },
  doneganDodd1991: {
    name: 'doneganDodd1991',
    source:
      'Donegan, H. A. & Dodd, F. J. (1991). Mathematical and Computer Modelling 15(10) (as in AHPy, default)',
    values: [
      '0',
      '0',
      '0.4914',
      '0.8286',
      '1.0591',
      '1.1797',
      '1.2519',
      '1.3171',
      '1.3733',
      '1.4055',
    ],
  },
};
