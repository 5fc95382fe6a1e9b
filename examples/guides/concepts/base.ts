// Guide "Concepts" · 基本概念与约定: the small model the other examples of the guide import.
// #region base
import type { ModelInput } from 'youpin';

// biome-ignore format: kept compact, as the guide shows it
export const base = {
  id: 'concepts', version: '1', name: { zh: '示例', en: 'Example' },
  tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
    { id: 'x', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
    { id: 'y', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' } },
  ] },
  sectors: [{ id: 's', label: { zh: '全部', en: 'All' } }],
  profile: { weights: { x: 0.3, y: 0.7 } },
} satisfies ModelInput;
// #endregion base
