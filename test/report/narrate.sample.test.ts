import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EntityInput, explain, narrate, score } from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const report = score(liaocheng2024, batch);
const say = (id: string, locale: 'zh-CN' | 'en') =>
  narrate(explain(report, id, { benchmark: haopinShandongBenchmark }), { locale }).join(' ');

describe('narrate on the sample batch', () => {
  it.each([
    ['M002', 'selected'],
    ['M021', 'below the threshold'],
    ['A005', 'below a floor'],
    ['M054', 'lost the tie-break'],
    ['M044', 'ineligible'],
    ['M050', 'vetoed'],
    ['A009', 'invalid'],
  ])('explains %s (%s) in Chinese and in English, from the data', (id) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = say(id, locale);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      if (locale === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
      else expect(text).toMatch(/\b(scored|selected|not|eligible|vetoed|data)\b/i);
    }
  });

  it('says why, and what would change it', () => {
    expect(say('M002', 'zh-CN')).toContain('入选');
    expect(say('M021', 'en')).toMatch(/70\.00/);
    expect(say('M021', 'en')).toMatch(/would alone reach/);
    // Grades are named by their labels, not their codes.
    expect(say('M021', 'zh-CN')).toContain('执行标准水平 从 国际先进 改为');
    expect(say('M021', 'en')).not.toContain('international_advanced');
    expect(say('M044', 'zh-CN')).toContain('上年度营业收入不低于 2000 万元');
    expect(say('M044', 'en')).toContain('Prior-year revenue of at least 20 million CNY');
    expect(say('M050', 'zh-CN')).toContain('2021-06-30');
    expect(say('M054', 'en')).toMatch(/expert/i);
  });
});
