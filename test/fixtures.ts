import type { ModelInput } from 'youpin';

const label = (s: string) => ({ zh: s, en: s });

/** A small two-sector model: two dimensions, one sector-specific leaf. */
export function smallModel(): ModelInput {
  return {
    id: 'small',
    version: '1',
    name: { zh: '小模型', en: 'Small model' },
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        {
          id: 'Q',
          label: { zh: '质量', en: 'Quality' },
          children: [
            { id: 'q1', label: label('q1'), scoring: { method: 'linear', lower: 0, upper: 100 } },
            { id: 'q2', label: label('q2'), missing: 'renormalise', scoring: { method: 'direct' } },
          ],
        },
        {
          id: 'E',
          label: { zh: '效益', en: 'Performance' },
          children: [
            { id: 'e1', label: label('e1'), scoring: { method: 'log', lower: 100, upper: 10000 } },
            { id: 'e2', label: label('e2'), missing: 'zero', scoring: { method: 'minmax' } },
          ],
        },
      ],
    },
    sectors: [
      {
        id: 'mfg',
        label: { zh: '制造业', en: 'Manufacturing' },
        profile: { weights: { Q: 0.6, E: 0.4 } },
      },
      {
        id: 'svc',
        label: { zh: '服务业', en: 'Services' },
        profile: { weights: { Q: 0.5, E: 0.5, e1: 1 }, exclude: ['e2'] },
      },
    ],
    profile: { weights: { q1: 0.5, q2: 0.5, e1: 0.5, e2: 0.5 } },
  };
}
