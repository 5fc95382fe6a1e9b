import * as z from 'zod/mini';
import { fromZod } from './fromZod.js';
import type { Issue, PathSegment } from './issue.js';
import { parseInput } from './parseInput.js';
import { YoupinError } from './YoupinError.js';

// The arguments a public function reads before anything else, checked: a report, a location, a
// list of editions given as `undefined` or a number made a TypeError from deep inside ("Cannot read
// properties of undefined (reading 'definition')"), which named neither the argument nor what it
// should be. Now a YoupinError: zod's code and message at the argument's name (`['report']`,
// `['report', 'entities']` …), in English and Chinese like every other issue.
//
// The `…Issues` functions only say what is wrong: youpin/node and youpin/programme are bundles of
// their own and throw the YoupinError of 'youpin' (a class of their own copy would fail
// `instanceof`); the `check…` functions throw, for the core.

/**
 * Where an argument is: its name, or a path from it (`['title', 'history']`).
 */
export type ArgumentAt = string | readonly PathSegment[];

/** zod's issues (at `[name, …]`) when `value` does not have `schema`'s shape; none when it has. */
export function argumentIssues(value: unknown, schema: z.ZodMiniType, at: ArgumentAt): Issue[] {
  const parsed = parseInput(schema, value);
  return parsed.success ? [] : fromZod(parsed.error.issues, typeof at === 'string' ? [at] : at);
}

// Pure: a bundler drops them when nothing reads them.
const REPORT = /* @__PURE__ */ (() =>
  z.looseObject({ definition: z.looseObject({}), entities: z.array(z.unknown()) }))();
const OBJECT = /* @__PURE__ */ (() => z.looseObject({}))();
const LIST = /* @__PURE__ */ (() => z.array(z.unknown()))();
const TEXT = /* @__PURE__ */ (() => z.string())();

/**
 * A report as the functions that take one read it first: an object with its definition and its
 * list of entities (not each entity: a report of a million applicants is checked in constant time).
 */
export function reportIssues(report: unknown, name: ArgumentAt = 'report'): Issue[] {
  const r = report as { definition?: unknown; entities?: unknown } | null;
  const fine =
    typeof r === 'object' &&
    r !== null &&
    typeof r.definition === 'object' &&
    r.definition !== null &&
    Array.isArray(r.entities);
  return fine ? [] : argumentIssues(report, REPORT, name);
}

/** An object (its fields are the function's to read). */
export function objectIssues(value: unknown, name: ArgumentAt): Issue[] {
  const fine = typeof value === 'object' && value !== null && !Array.isArray(value);
  return fine ? [] : argumentIssues(value, OBJECT, name);
}

/** A list (its items are the function's to read). */
export function listIssues(value: unknown, name: ArgumentAt): Issue[] {
  return Array.isArray(value) ? [] : argumentIssues(value, LIST, name);
}

/** A text. */
export function textIssues(value: unknown, name: ArgumentAt): Issue[] {
  return typeof value === 'string' ? [] : argumentIssues(value, TEXT, name);
}

/** reportIssues, thrown. */
export function checkReport(report: unknown, name: ArgumentAt = 'report'): void {
  thrown(reportIssues(report, name));
}

/** objectIssues, thrown. */
export function checkObject(value: unknown, name: ArgumentAt): void {
  thrown(objectIssues(value, name));
}

function thrown(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
}
