import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EntityInput,
  type Issue,
  isYoupinError,
  type ModelInput,
  safeDefineModel,
  score,
  showText,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { CONTROL_CHARACTERS as CONTROLS, UNSAFE_TEXT as UNSAFE } from '../helpers.js';

// Issue 16, item 3: every message quotes at most 200 characters of a raw value, with control and
// bidi characters escaped, through one function (showText), the same way everywhere.

describe('showText', () => {
  it('escapes every control and bidi character', () => {
    for (const c of CONTROLS) {
      const shown = showText(`a${c}b`);
      expect(shown).toBe(`a\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    }
    expect(showText('\u001b]0;title\u0007\u001b]8;;http://x\u001b\\link')).not.toMatch(UNSAFE);
    expect(showText('\ud800x')).toBe('\\ud800x'); // a lone surrogate
    expect(showText('优品 😀 ACME')).toBe('优品 😀 ACME'); // pairs and CJK are text
  });

  it('cuts at 200 characters, never inside an escape or a pair, in time linear in the cut', () => {
    expect(showText('x'.repeat(200))).toBe('x'.repeat(200));
    expect(showText('x'.repeat(201))).toBe(`${'x'.repeat(199)}…`);
    expect(showText('\u001b'.repeat(100))).toBe(`${'\\u001b'.repeat(33)}…`);
    expect(showText(`${'x'.repeat(198)}😀😀`)).toBe(`${'x'.repeat(198)}…`);
    const huge = 'y'.repeat(50_000_000);
    const started = performance.now();
    expect(showText(huge)).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(showText('a\nb', Number.POSITIVE_INFINITY)).toBe('a\\u000ab');
  });

  it('shows any text safely and at most 200 characters long; showing again changes nothing', () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom(...CONTROLS), fc.string({ unit: 'binary', maxLength: 1 })),
      maxLength: 400,
    });
    fc.assert(
      fc.property(text, (t) => {
        const shown = showText(t);
        expect(shown.length).toBeLessThanOrEqual(200);
        expect(shown).not.toMatch(UNSAFE);
        expect(showText(shown)).toBe(shown);
      }),
    );
  });
});

// Under the 10,000 characters of a text in a row (longer texts are text_too_long, not parsed), so
// that each reaches the message that quotes it.
const LONG = 9_000;
/** A hostile text: terminal escapes, a bidi override, and thousands of characters of it. */
const hostile = (tag: string) => `${tag}\u001b[2J\u001b]0;pwned\u0007\u202e${'z'.repeat(LONG)}`;

/** Every issue's messages are short and safe, whatever it quotes. */
function expectShown(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    for (const message of [issue.message, issue.messageZh]) {
      expect(message, issue.code).not.toMatch(UNSAFE);
      // Each raw value is quoted with at most 200 characters; a message quotes a few of them.
      expect(message.length, issue.code).toBeLessThan(1500);
    }
  }
}

describe('messages quote raw values through showText', () => {
  it('in every issue of a batch: sector, category, item, expert, indicator, duplicate id, dates', () => {
    const base = { sector: 'manufacturing', values: {} };
    const model: ModelInput = {
      ...liaocheng2024,
      panels: { default: { method: 'mean', experts: ['e1', 'e2'] } },
    } as ModelInput;
    const defined = safeDefineModel(model);
    const target = defined.success ? defined.data : liaocheng2024;
    const batch = [
      { ...base, id: hostile('id') },
      { ...base, id: hostile('id') }, // duplicate_id
      { ...base, id: 'S', sector: hostile('sector') }, // unknown_sector
      { ...base, id: 'C', values: { m_Q1: hostile('category') } }, // not_a_category
      { ...base, id: 'I', values: { m_Q3: [hostile('item')] } }, // unknown_item
      { ...base, id: 'N', values: { m_Q4: hostile('number') } }, // number_too_long (9,000 > 1,024)
      { ...base, id: 'U', values: { [hostile('indicator')]: 1 } }, // unknown_indicator
      { ...base, id: 'P', panels: { m_Q4: [{ expert: hostile('expert'), score: 80 }] } },
      { ...base, id: 'E', events: [{ type: 'accident', date: hostile('date') }] }, // invalid_date
      { ...base, id: 'Y', series: { net_profit: { [hostile('year')]: 1 } } }, // invalid_date
    ] as unknown as EntityInput[];
    const report = score(target, batch);
    const issues = report.entities.flatMap((e) => [...e.issues, ...e.warnings]);
    const codes = new Set(issues.map((i) => i.code));
    for (const code of [
      'duplicate_id',
      'unknown_sector',
      'not_a_category',
      'unknown_item',
      'number_too_long',
      'unknown_indicator',
      'invalid_date',
    ]) {
      expect(codes, code).toContain(code);
    }
    expectShown(issues);
  });

  it('in the issues of a model, the schema’s included (unknown keys)', () => {
    const keys = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [hostile(`key${i}`), 1]));
    for (const input of [
      { ...liaocheng2024, ...keys },
      { ...liaocheng2024, id: hostile('model') },
      { ...liaocheng2024, sectors: [...liaocheng2024.sectors, liaocheng2024.sectors[0]] },
    ]) {
      const result = safeDefineModel(input as ModelInput);
      expect(result.success).toBe(false);
      if (!result.success) expectShown(result.error.issues);
    }
  });

  it('in a thrown error’s message too', () => {
    try {
      score(liaocheng2024, [{ id: 'x', sector: hostile('s'), values: {} }], { strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isYoupinError(error)).toBe(true);
      if (isYoupinError(error)) expect(error.message).not.toMatch(UNSAFE);
    }
  });
});
