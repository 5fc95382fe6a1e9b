import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatLocation, readBatch, readModelFile } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { loadExceljs } from '../../src/node/_loadExceljs.js';
import { liaocheng, rejection, sample, scratch } from './_files.js';

const file = scratch();
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('JSON batches', () => {
  it('take an array or { entities }, unchanged, located by position', async () => {
    const json = JSON.parse(readFileSync(sample('sample-batch.json'), 'utf8'));
    const plain = await readBatch(sample('sample-batch.json'), liaocheng);
    const wrapped = await readBatch(
      file('wrapped.json', JSON.stringify({ model: 'x', entities: json })),
      liaocheng,
    );
    expect(plain.entities).toEqual(json);
    expect(wrapped.entities).toEqual(json);
    expect(plain).toMatchObject({ format: 'json', encoding: null, issues: [] });
    expect(plain.locate(['entities', 4, 'values', 'm_Q1'])).toEqual({
      file: 'sample-batch.json',
      sheet: null,
      row: 5,
      column: 'values.m_Q1',
    });
    expect(plain.locate(['entities', 4])?.column).toBeNull();
    expect(plain.locate(['entities', 999])).toBeNull();
    expect(plain.locate(['model'])).toBeNull();
  });

  it('refuse invalid JSON and JSON that holds no batch', async () => {
    const broken = await rejection(() => readBatch(file('broken.json', '[{"id": '), liaocheng));
    expect(broken.codes).toEqual(['invalid_json']);
    expect(broken.message).toContain('broken.json is not valid JSON');
    const other = await rejection(() => readBatch(file('other.json', '{"a": 1}'), liaocheng));
    expect(other.codes).toEqual(['not_a_batch']);
  });
});

describe('files', () => {
  it('are read by their extension; others are refused with a hint', async () => {
    const xls = await rejection(() => readBatch(file('old.xls', 'x'), liaocheng));
    expect(xls.codes).toEqual(['unsupported_format']);
    expect(xls.message).toContain('.xlsx');
    const none = await rejection(() => readBatch(file('README', 'x'), liaocheng));
    expect(none.codes).toEqual(['unsupported_format']);
  });

  it('that do not exist are named in the error', async () => {
    const missing = await rejection(() => readBatch(join(root, 'no/such.csv'), liaocheng));
    expect(missing.codes).toEqual(['file_unreadable']);
    expect(missing.message).toContain('no such file');
    expect(missing.messageZh).toContain('无法读取');
  });
});

describe('readModelFile', () => {
  it('reads and compiles a model file', async () => {
    const model = await readModelFile(file('model.json', JSON.stringify(liaocheng2024)));
    expect(model.id).toBe('liaocheng-youpin');
    expect(model.sectors).toHaveLength(3);
  });

  it('keeps the paths of defineModel’s issues and names the file in the message', async () => {
    const bad = { ...liaocheng2024, version: 7, sectors: [] };
    const { codes, paths, message } = await rejection(() =>
      readModelFile(file('bad-model.json', JSON.stringify(bad))),
    );
    expect(codes.length).toBeGreaterThan(0);
    expect(paths[0]).toEqual(['version']);
    expect(message.startsWith('bad-model.json: ')).toBe(true);
  });

  it('refuses a file that is not JSON', async () => {
    const { codes } = await rejection(() => readModelFile(file('model.json.txt', 'tree:')));
    expect(codes).toEqual(['invalid_json']);
  });
});

describe('formatLocation', () => {
  it('writes a location in English and Chinese, leaving out what is unknown', () => {
    const where = { file: 'applicants.xlsx', sheet: '申报数据', row: 17, column: 'I1' };
    expect(formatLocation(where, 'en')).toBe('applicants.xlsx, sheet 申报数据, row 17, column I1');
    expect(formatLocation(where, 'zh')).toBe('applicants.xlsx 工作表「申报数据」第 17 行 I1 列');
    const row = { file: 'a.csv', sheet: null, row: 3, column: null };
    expect(formatLocation(row, 'en')).toBe('a.csv, row 3');
    expect(formatLocation(row, 'zh')).toBe('a.csv 第 3 行');
  });
});

describe('exceljs, the optional peer dependency', () => {
  const notFound = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('missing: says how to install it, in English and Chinese', async () => {
    for (const error of [
      notFound("Cannot find package 'exceljs' imported from /x/node.js", 'ERR_MODULE_NOT_FOUND'),
      notFound("Cannot find module 'exceljs'\nRequire stack: …", 'MODULE_NOT_FOUND'),
    ]) {
      const { codes, message, messageZh } = await rejection(() =>
        loadExceljs('applicants.xlsx', () => Promise.reject(error)),
      );
      expect(codes).toEqual(['exceljs_missing']);
      expect(message).toContain('reading applicants.xlsx needs the optional package exceljs');
      expect(message).toContain('npm install exceljs');
      expect(messageZh).toContain('npm install exceljs');
    }
  });

  it('other failures (a dependency of exceljs missing) are not disguised', async () => {
    const inner = notFound("Cannot find module 'jszip'", 'MODULE_NOT_FOUND');
    await expect(loadExceljs('a.xlsx', () => Promise.reject(inner))).rejects.toBe(inner);
  });

  it('present: its CommonJS namespace and its default export both work', async () => {
    class Workbook {}
    expect((await loadExceljs('a.xlsx', async () => ({ Workbook }))).Workbook).toBe(Workbook);
    expect((await loadExceljs('a.xlsx', async () => ({ default: { Workbook } }))).Workbook).toBe(
      Workbook,
    );
  });

  const built = existsSync(join(root, 'dist/node.js'));
  it.runIf(built)(
    'missing at run time: the built package throws exceljs_missing for .xlsx only',
    () => {
      // A resolve hook makes 'exceljs' unresolvable, as for a user who did not install it.
      const hook = `data:text/javascript,${encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === 'exceljs') {
          throw Object.assign(new Error("Cannot find package 'exceljs' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
        }
        return next(specifier, context);
      }`)}`;
      const register = `data:text/javascript,${encodeURIComponent(
        `import { register } from 'node:module'; register(${JSON.stringify(hook)});`,
      )}`;
      const out = execFileSync(
        process.execPath,
        [
          '--import',
          register,
          '--input-type=module',
          '-e',
          `import { defineModel } from 'youpin';
         import { readBatch } from 'youpin/node';
         import { liaocheng2024 } from 'youpin/presets';
         const model = defineModel(liaocheng2024);
         const csv = await readBatch('examples/data/sample-batch.csv', model);
         const error = await readBatch('examples/data/sample-batch.xlsx', model).catch((e) => e);
         console.log(JSON.stringify([csv.entities.length, error.issues[0].code, error.issues[0].message]));`,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(JSON.parse(out)).toEqual([
        127,
        'exceljs_missing',
        'reading sample-batch.xlsx needs the optional package exceljs: run `npm install exceljs`',
      ]);
    },
  );
});
