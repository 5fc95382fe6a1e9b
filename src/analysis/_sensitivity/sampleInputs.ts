import type { SensitivityOptions } from '../sensitivityTypes.js';
import type { Random } from './createRandom.js';
import { dirichlet } from './dirichlet.js';
import type { Plan } from './planSensitivity.js';

/**
 * Draws one row of the uncertain inputs: weight multipliers U(1 − f, 1 + f), or each parent's
 * children's weights from Dirichlet(c·w) per sector, and the index of each discrete choice.
 */
export function sampleInputs(
  plan: Plan,
  options: SensitivityOptions,
  random: Random,
  out: Float64Array,
): void {
  const spec = options.weights;
  if (spec?.kind === 'uniform') {
    for (const input of plan.columns.keys()) {
      if (plan.inputs[input]?.kind !== 'weight') continue;
      const column = plan.columns[input]?.[0] as number;
      out[column] = 1 - spec.fraction + 2 * spec.fraction * random.next();
    }
  } else if (spec?.kind === 'dirichlet') {
    plan.children.forEach((perNode, s) => {
      const weights = plan.weights[s] as Float64Array;
      const columns = plan.weightColumn[s] as Int32Array;
      for (const kids of perNode) {
        if (kids.length === 0) continue;
        let sum = 0;
        for (const c of kids) sum += weights[c] as number;
        const alpha = Float64Array.from(kids, (c) =>
          sum > 0
            ? (spec.concentration * (weights[c] as number)) / sum
            : spec.concentration / kids.length,
        );
        const draw = dirichlet(random, alpha);
        kids.forEach((c, i) => {
          out[columns[c] as number] = draw[i] as number;
        });
      }
    });
  }
  plan.inputs.forEach((input, i) => {
    if (input.choices === null) return;
    out[plan.columns[i]?.[0] as number] = Math.floor(random.next() * input.choices);
  });
}
