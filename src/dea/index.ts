// The public API of youpin/dea: benefit-of-the-doubt (DEA) weights, on the HiGHS LP solver (the
// optional peer dependency highs), certified in exact rationals. A separate entry so that the
// core stays zod + decimal.js; it imports the core as the package itself ('youpin').

export {
  type BenefitOfTheDoubtBounds,
  type BenefitOfTheDoubtFigures,
  type BenefitOfTheDoubtOptions,
  type BenefitOfTheDoubtResult,
  type BoundInput,
  benefitOfTheDoubt,
  type LoadedHighs,
} from './benefitOfTheDoubt.js';
