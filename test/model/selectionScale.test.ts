// A threshold of 150 on a 0–100 scale was accepted: nobody could be selected, and nothing said so.
import { describe, expect, it } from 'vitest';
import { type ModelInput, safeDefineModel } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

describe('a threshold, floor or band above the scale', () => {
  it('is out_of_scale and said to be unreachable; at the top of the scale it is allowed', () => {
    const selection = liaocheng2024.selection as NonNullable<ModelInput['selection']>;
    const bad = safeDefineModel({
      ...liaocheng2024,
      selection: {
        ...selection,
        threshold: 150,
        floors: { ...selection.floors, Q: '100.01' },
        bands: [{ id: 'gold', label: { zh: '金', en: 'gold' }, min: 101 }],
      },
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const issues = bad.error.issues.filter((i) => i.code === 'out_of_scale');
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'selection.threshold',
      'selection.floors.Q',
      'selection.bands.0.min',
    ]);
    expect(issues[0]?.message).toBe('150 lies outside the scale [0, 100]: no score can reach it');
    expect(issues[0]?.messageZh).toBe('150 超出分值范围 [0, 100]，任何得分都无法达到');
    const top = safeDefineModel({ ...liaocheng2024, selection: { ...selection, threshold: 100 } });
    expect(top.success).toBe(true);
  });
});
