import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { CompiledTreatment } from './compiledTreatment.js';
import type { TreatmentInput } from './types.js';

/** λ beyond this would only overflow: Box–Cox is used with λ between −2 and 2. */
const LAMBDA_LIMIT = new Dec(5);

/**
 * A leaf's treatment: its own `impute` and `outliers`, else its nearest branch's. `null` when
 * there is nothing to do. Range errors are pushed to `issues` at `path`.
 */
export function compileTreatment(
  own: TreatmentInput | undefined,
  inherited: TreatmentInput | null,
  path: readonly PathSegment[],
  issues: Issue[],
): CompiledTreatment | null {
  const impute = (own?.impute ?? inherited?.impute)?.method ?? 'none';
  const outliers = own?.outliers ?? inherited?.outliers ?? { method: 'none' as const };
  const where = own?.outliers ? [...path, 'outliers'] : [...path];
  let compiled: CompiledTreatment['outliers'] = null;
  switch (outliers.method) {
    case 'winsorise': {
      const skewness = parseDecimal(outliers.skewness ?? 2) as Dec;
      const kurtosis = parseDecimal(outliers.kurtosis ?? '3.5') as Dec;
      if (!skewness.greaterThan(0))
        issues.push(
          makeIssue('nonpositive', [...where, 'skewness'], {
            what: 'the skewness bound',
            whatZh: '偏度界限',
          }),
        );
      compiled = {
        method: 'winsorise',
        bounds: { skewness, kurtosis },
        maxPoints: outliers.maxPoints ?? 5,
        otherwise: outliers.otherwise ?? 'shiftedLog',
      };
      break;
    }
    case 'boxcox': {
      const lambda = parseDecimal(outliers.lambda) as Dec;
      if (lambda.abs().greaterThan(LAMBDA_LIMIT))
        issues.push(
          makeIssue('out_of_scale', [...where, 'lambda'], {
            value: lambda.toFixed(),
            min: LAMBDA_LIMIT.negated().toFixed(),
            max: LAMBDA_LIMIT.toFixed(),
          }),
        );
      compiled = { method: 'boxcox', lambda };
      break;
    }
    case 'log':
      compiled = { method: 'log' };
      break;
    case 'none':
      break;
  }
  if (impute === 'none' && compiled === null) return null;
  return { impute: impute === 'none' ? null : impute, outliers: compiled };
}
