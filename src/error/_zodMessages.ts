// Private: the English and Chinese messages of zod's issues, word for word those of zod 4.6.7's
// `en` and `zh-CN` locales (zod/v4/locales/en.js, zh-CN.js; MIT) for every issue youpin's schemas
// can raise. They are written out here because the two locale modules carry a dictionary of 30
// string formats (email, UUID, IBAN …) that no youpin schema checks: about 1 KB of every gzipped
// browser bundle. Issues no youpin schema can raise are left out too (a multiple, a map's or a
// set's element, a string's prefix, suffix or substring, an instance of a class, an exclusive
// union): they get zod's fallback, 'Invalid input'. test/error/zodMessages.test.ts compares the
// two functions with zod's locales, so that an upgrade of zod that changes a message is noticed,
// and fails if a schema starts to check what is left out. Never re-exported.

import type * as z from 'zod/mini';

// A raw issue (what an error map is given) or a finished one (what fromZod reads): the same fields.
type RawIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

// The fields of an invalid_format issue that the messages read (a regex: youpin's ids).
type StringFormat = { readonly format: string; readonly pattern?: string };

const SIZE_EN: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};
const SIZE_ZH: Readonly<Record<string, string>> = {
  string: '字符',
  file: '字节',
  array: '项',
  set: '项',
  map: '项',
};
const TYPE_ZH: Readonly<Record<string, string>> = {
  nan: 'NaN',
  number: '数字',
  array: '数组',
  null: '空值(null)',
};

/** zod's `en` locale, for the issues youpin's schemas raise. */
export function zodEnglish(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = parsedType(issue.input);
      const typeName = (type: string, input?: unknown) =>
        type === 'number' && typeof input === 'number' && !Number.isFinite(input)
          ? String(input)
          : type === 'nan'
            ? 'NaN'
            : type;
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(received, issue.input)}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1)
        return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
      return `Invalid option: expected one of ${joinValues(issue.values, '|')}`;
    case 'too_big': {
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<';
      const unit = SIZE_EN[issue.origin];
      if (unit)
        return `Too big: expected ${issue.origin ?? 'value'} to have ${adj}${issue.maximum.toString()} ${unit}`;
      return `Too big: expected ${issue.origin ?? 'value'} to be ${adj}${issue.maximum.toString()}`;
    }
    case 'too_small': {
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>';
      const unit = SIZE_EN[issue.origin];
      if (unit)
        return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${unit}`;
      return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
    }
    case 'invalid_format': {
      const f = issue as StringFormat;
      if (f.format === 'regex') return `Invalid string: must match pattern ${f.pattern}`;
      return `Invalid ${f.format}`;
    }
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${joinValues(issue.keys, ', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union': {
      const { options } = issue as { options?: unknown };
      if (options && Array.isArray(options) && options.length > 0)
        return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return 'Invalid input';
    }
    default:
      return 'Invalid input';
  }
}

/** zod's `zh-CN` locale, for the issues youpin's schemas raise. */
export function zodChinese(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_ZH[issue.expected] ?? issue.expected;
      const type = parsedType(issue.input);
      const received = TYPE_ZH[type] ?? type;
      return `无效输入：期望 ${expected}，实际接收 ${received}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return `无效输入：期望 ${stringifyPrimitive(issue.values[0])}`;
      return `无效选项：期望以下之一 ${joinValues(issue.values, '|')}`;
    case 'too_big': {
      const adj = issue.inclusive ? '<=' : '<';
      const unit = SIZE_ZH[issue.origin];
      if (unit)
        return `数值过大：期望 ${issue.origin ?? '值'} ${adj}${issue.maximum.toString()} ${unit}`;
      return `数值过大：期望 ${issue.origin ?? '值'} ${adj}${issue.maximum.toString()}`;
    }
    case 'too_small': {
      const adj = issue.inclusive ? '>=' : '>';
      const unit = SIZE_ZH[issue.origin];
      if (unit) return `数值过小：期望 ${issue.origin} ${adj}${issue.minimum.toString()} ${unit}`;
      return `数值过小：期望 ${issue.origin} ${adj}${issue.minimum.toString()}`;
    }
    case 'invalid_format': {
      const f = issue as StringFormat;
      if (f.format === 'regex') return `无效字符串：必须满足正则表达式 ${f.pattern}`;
      return `无效${f.format}`;
    }
    case 'unrecognized_keys':
      return `出现未知的键(key): ${joinValues(issue.keys, ', ')}`;
    case 'invalid_key':
      return `${issue.origin} 中的键(key)无效`;
    default:
      return '无效输入';
  }
}

// zod's core/util.js parsedType, stringifyPrimitive and joinValues.
function parsedType(data: unknown): string {
  const t = typeof data;
  if (t === 'number') return Number.isNaN(data) ? 'nan' : 'number';
  if (t === 'object') {
    if (data === null) return 'null';
    if (Array.isArray(data)) return 'array';
    const obj = data as { constructor?: { name: string } };
    if (Object.getPrototypeOf(obj) !== Object.prototype && 'constructor' in obj && obj.constructor)
      return obj.constructor.name;
  }
  return t;
}

function stringifyPrimitive(value: unknown): string {
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'string') return `"${value}"`;
  return `${value}`;
}

function joinValues(values: readonly unknown[], separator: string): string {
  return values.map(stringifyPrimitive).join(separator);
}
