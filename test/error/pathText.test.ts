// An issue's path holds the input's own keys (a column's name, a key of a JSON file). Where a path
// is said — the message of a YoupinError (what a stack trace and a log print), the command line,
// the workbench, the reports — each segment is shown as a message quotes a value: escaped, at
// most 200 characters. A key of a megabyte made an error message of a megabyte, and a key holding
// an escape sequence reached the terminal raw through it.
import { describe, expect, it } from 'vitest';
import { defineModel, isYoupinError, scoreColumns, showText, YoupinError } from 'youpin';
import { pathText } from '../../src/error/pathText.js';
import { UNSAFE_TEXT } from '../helpers.js';

const label = (s: string) => ({ zh: s, en: s });
const model = defineModel({
  id: 'm',
  version: '1',
  name: label('m'),
  tree: {
    id: 'total',
    label: label('total'),
    children: [
      { id: 'rd', label: label('R&D'), scoring: { method: 'linear', lower: 0, upper: 10 } },
    ],
  },
  sectors: [{ id: 'mfg', label: label('制造业') }],
  profile: { weights: { rd: 1 } },
});
const HOSTILE = `${'y'.repeat(1_000_000)}\u001b[2J\u001b]0;pwned\u0007`;

describe('pathText and the message of a YoupinError', () => {
  it('shows each segment as a message quotes a value', () => {
    expect(pathText(['entities', 3, 'values', 'm_Q1'])).toBe('entities.3.values.m_Q1');
    expect(pathText([])).toBe('');
    expect(pathText(['a\u001b[31mb', 7])).toBe(`${showText('a\u001b[31mb')}.7`);
    expect(pathText([HOSTILE]).length).toBeLessThanOrEqual(200);
  });

  it('keeps a key of a megabyte with an escape sequence out of the error message', () => {
    let error: unknown;
    try {
      scoreColumns(model, {
        sectors: ['mfg'],
        values: { rd: Float64Array.of(5), [HOSTILE]: Float64Array.of(1) },
      });
    } catch (caught) {
      error = caught;
    }
    expect(isYoupinError(error)).toBe(true);
    const { message, issues } = error as YoupinError;
    expect(issues[0]?.path).toEqual(['values', HOSTILE]); // the path itself is the data, whole
    expect(message.length).toBeLessThan(600);
    expect(message).not.toMatch(UNSAFE_TEXT);
  });

  it('says a plain path as before', () => {
    const error = new YoupinError([
      { code: 'unknown_node', path: ['values', 'rd2'], message: 'm', messageZh: 'm' },
    ]);
    expect(error.message).toBe('m at values.rd2');
  });
});
