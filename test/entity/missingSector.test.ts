// A row without a sector (an empty cell, a JSON entity without the key) was told `"" is not a
// sector of the model`; it is now told that the sector is missing.
import { describe, expect, it } from 'vitest';
import { score } from 'youpin';
import { liaocheng } from '../node/_files.js';

describe('a missing sector', () => {
  it('is said to be missing, in both languages, whether absent, null or blank', () => {
    const report = score(liaocheng, [
      { id: 'A', values: {} },
      { id: 'B', sector: null, values: {} },
      { id: 'C', sector: '  ', values: {} },
      { id: 'D', sector: '化工业', values: {} },
    ] as never);
    const issue = (k: number) =>
      report.entities[k]?.issues.find((i) => i.code === 'unknown_sector');
    for (const k of [0, 1, 2]) {
      expect(issue(k)?.message).toBe(
        'the sector is missing: every applicant needs one (sectors: manufacturing, agriculture, services)',
      );
      expect(issue(k)?.messageZh).toBe(
        '缺少行业：每个申报对象都需要填写（可选：制造业、农业、服务业）',
      );
    }
    expect(issue(3)?.message).toContain('"化工业" is not a sector of the model');
  });
});
