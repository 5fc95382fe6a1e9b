import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ModelInput, safeDefineModel, safeScore } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { makeDeaIssue } from '../../src/dea/_messages.js';
// The message tables are private: they are read here, where nothing else can check them.
import type { CoreIssueCode, DeaIssueCode, NodeIssueCode } from '../../src/error/codes.js';
import { makeToolIssue } from '../../src/error/toolMessages.js';
import { makeNodeIssue } from '../../src/node/_messages.js';
import { buildBatch, buildModel, modelPlanArb, rowPlanArb } from './_arbitraries.js';
import { PROPERTY_TIMEOUT } from './_budget.js';

// docs/issue-codes.md lists every code youpin can emit: exactly the codes of CoreIssueCode, of
// NodeIssueCode, of DeaIssueCode and the zod codes that pass through (of SchemaIssueCode), each with English and
// Chinese messages. IssueCode, the type of Issue.code, is their union.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The string literals of a union type, read from its source. */
function unionOf(file: string, name: string): string[] {
  const source = read(file);
  const body = new RegExp(`export type ${name} =([^;]*);`).exec(source)?.[1];
  if (!body) throw new Error(`no type ${name} in ${file}`);
  return [...body.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);
}

/** The rows of each `## ` section's table: code → severity. */
function documented(): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section = '';
  for (const line of read('docs/issue-codes.md').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3);
    const row = /^\| `([a-z_]+)` \| ([a-z /]+) \|/.exec(line);
    if (!row) continue;
    const table = sections.get(section) ?? new Map<string, string>();
    expect(table.has(row[1] as string), `${row[1]} twice in "${section}"`).toBe(false);
    table.set(row[1] as string, (row[2] as string).trim());
    sections.set(section, table);
  }
  return sections;
}

const docs = documented();
const section = (start: string) => {
  const key = [...docs.keys()].find((k) => k.startsWith(start));
  if (!key) throw new Error(`docs/issue-codes.md has no section "${start}"`);
  return docs.get(key) as Map<string, string>;
};
const core = section('Core codes');
const zod = section('Codes from the schema');
const files = section('Codes of files');
const dea = section('Codes of `youpin/dea`');
const all = new Map([...core, ...zod, ...files, ...dea]);

const coreUnion = unionOf('src/error/codes.ts', 'CoreIssueCode');
const schemaUnion = unionOf('src/error/codes.ts', 'SchemaIssueCode');
const nodeUnion = unionOf('src/error/codes.ts', 'NodeIssueCode');
const deaUnion = unionOf('src/error/codes.ts', 'DeaIssueCode');
const toolUnion = unionOf('src/error/toolMessages.ts', 'ToolIssueCode');

// Params for any template: every placeholder gets a value, so "undefined" means a bad template.
const anyParams = new Proxy(
  {},
  { get: (_t, key) => (typeof key === 'string' ? `<${key}>` : undefined) },
);
const CJK = /[\u4e00-\u9fff]/;

describe('docs/issue-codes.md', { timeout: PROPERTY_TIMEOUT }, () => {
  it('lists exactly the codes of CoreIssueCode', () => {
    expect([...core.keys()].sort()).toEqual([...coreUnion].sort());
  });

  it('keeps the messages of the functions around score apart (ToolIssueCode ⊂ CoreIssueCode)', () => {
    for (const code of toolUnion) expect(coreUnion).toContain(code);
  });

  it('lists exactly the codes of NodeIssueCode', () => {
    expect([...files.keys()].sort()).toEqual([...nodeUnion].sort());
  });

  it('lists exactly the codes of DeaIssueCode', () => {
    expect([...dea.keys()].sort()).toEqual([...deaUnion].sort());
  });

  it('lists zod codes that are no youpin code, and only zod codes', () => {
    // zod 4's issue codes (core/errors.d.ts); not_multiple_of and invalid_element cannot occur.
    const zodCodes = read('node_modules/zod/v4/core/errors.d.ts');
    for (const code of zod.keys()) {
      expect(zodCodes).toContain(`code: "${code}"`);
      expect(schemaUnion).toContain(code);
      expect(coreUnion).not.toContain(code);
    }
    // SchemaIssueCode is every zod code (test/types/issues.ts holds the two types equal).
    const declared = [...zodCodes.matchAll(/code: "([a-z_]+)"/g)].map((m) => m[1] as string);
    expect([...new Set(declared)].sort()).toEqual([...schemaUnion].sort());
  });

  it('has no code in two of the unions', () => {
    const all = [...coreUnion, ...schemaUnion, ...nodeUnion, ...deaUnion];
    expect(all.length).toBe(new Set(all).size);
  });

  it('gives each code a severity the legend defines', () => {
    for (const [code, severity] of all)
      expect(['error', 'warning', 'error / warning', 'file', 'notice', 'thrown'], code).toContain(
        severity,
      );
  });

  it('has an English and a Chinese message for every code', () => {
    for (const code of coreUnion) {
      // makeToolIssue builds every code: the tools' own, and the core's through makeIssue.
      const issue = makeToolIssue(code as CoreIssueCode, [], anyParams);
      expect(issue.message, code).not.toMatch(/undefined|^$/);
      expect(issue.messageZh, code).toMatch(CJK);
      expect(issue.messageZh, code).not.toContain('undefined');
      expect(issue.message, code).not.toMatch(CJK);
    }
    for (const code of nodeUnion) {
      const issue = makeNodeIssue(code as NodeIssueCode, [], anyParams);
      expect(issue.message, code).not.toMatch(/undefined|^$/);
      expect(issue.messageZh, code).toMatch(CJK);
    }
    for (const code of deaUnion) {
      const issue = makeDeaIssue(code as DeaIssueCode, [], anyParams);
      expect(issue.message, code).not.toMatch(/undefined|^$/);
      expect(issue.message, code).not.toMatch(CJK);
      expect(issue.messageZh, code).toMatch(CJK);
    }
  });

  it('documents every code that fuzzed models and batches meet, with the severity it has', () => {
    const met = new Map<string, Set<string>>();
    const meet = (issues: ReadonlyArray<{ code: string }>, severity: string) => {
      for (const { code } of issues) met.set(code, (met.get(code) ?? new Set()).add(severity));
    };
    fc.assert(
      fc.property(modelPlanArb, fc.array(rowPlanArb, { maxLength: 6 }), (plan, rows) => {
        const model = buildModel(plan);
        const result = safeScore(model as unknown as ModelInput, buildBatch(model, rows) as never);
        if (!result.success) return meet(result.error.issues, 'error');
        meet(result.data.warnings, 'warning');
        for (const e of result.data.entities) {
          meet(e.issues, 'error');
          meet(e.warnings, 'warning');
        }
      }),
      { numRuns: 300 },
    );
    // Hostile values at the top of a real model reach the schema's codes.
    fc.assert(
      fc.property(
        fc.constantFrom('id', 'tree', 'sectors', 'rounding', 'selection', 'gates', 'panel'),
        fc.jsonValue({ maxDepth: 3 }),
        (key, value) => {
          const result = safeDefineModel({ ...liaocheng2024, [key]: value } as ModelInput);
          if (!result.success) meet(result.error.issues, 'error');
        },
      ),
      { numRuns: 200 },
    );
    expect(met.size).toBeGreaterThan(30);
    for (const [code, severities] of met) {
      expect(all.has(code), `${code} is not documented`).toBe(true);
      for (const severity of severities) expect(all.get(code), code).toContain(severity);
    }
  });
});
