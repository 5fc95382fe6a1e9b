import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';

/**
 * The size limits of a model definition (docs/limits.md gives the reasons). Real programmes sit
 * far below them: 聊城优品 2024 has 59 leaves, 65 nodes, at most 14 children per node, 3 sectors,
 * 24 rules nested at most 2 deep and 2,141 JSON values nested 11 deep.
 */
export const MODEL_LIMITS = {
  /** Levels of the indicator tree below the root (dimensions are level 1). */
  depth: 4,
  /** Nodes of the tree, the root and the branches included. */
  nodes: 2000,
  leaves: 1000,
  /** Children of one branch. */
  children: 100,
  sectors: 100,
  /** Gates, vetoes and adjustment items together. */
  rules: 200,
  /** `all` / `any` / `not` nested inside one condition. */
  ruleDepth: 16,
  /** How deep an object or array may sit in the definition (the definition itself is at 0). */
  nesting: 64,
  /** Every object, array and primitive of the definition, counted. */
  values: 500_000,
  /** Characters of one text of the definition (a label, an id, a note, a key). */
  text: 10_000,
} as const;

/** Texts over the limit reported by name; past these, one more issue would say nothing new. */
const TEXTS_REPORTED = 100;

// A frame of an iterative walk: the parent link builds a path only when an issue needs one, so a
// walk costs O(values), never O(values × depth).
type Frame = {
  readonly value: unknown;
  readonly depth: number;
  readonly key: PathSegment | null;
  readonly parent: Frame | null;
};

/**
 * Checks the limits on raw input, before the schema parses it: zod's recursive schemas recurse on
 * the stack, so a tree or a condition ten thousand levels deep must be refused before them.
 * Iterative throughout. Returns the issues (`too_deep`, `rule_too_deep`, `too_large`,
 * `too_nested`, `text_too_long`); empty when the input is within every limit.
 */
export function checkLimits(input: unknown): Issue[] {
  if (typeof input !== 'object' || input === null) return [];
  // The input as a graph first: a cycle, or objects shared so often that the walks below (and
  // zod) would read millions of values, is refused after each object has been visited once —
  // an array given for the model too (the walks after this one would not end on its cycle).
  const graph = measureGraph(input, MODEL_LIMITS.values);
  if (graph) return [graph];
  if (!isObject(input)) return valueLimits(input);
  const issues = [...treeLimits(input['tree']), ...ruleLimits(input)];
  const sectors = input['sectors'];
  if (Array.isArray(sectors) && sectors.length > MODEL_LIMITS.sectors)
    issues.push(tooLarge(['sectors'], 'sectors', '行业', sectors.length, MODEL_LIMITS.sectors));
  // The general walk runs last: a deep tree or condition is reported by name, not as mere nesting.
  return issues.length > 0 ? issues : valueLimits(input);
}

function treeLimits(tree: unknown): Issue[] {
  const issues: Issue[] = [];
  let nodes = 0;
  let leaves = 0;
  const stack: Frame[] = [{ value: tree, depth: 0, key: 'tree', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (!isObject(frame.value)) continue;
    nodes++;
    const children = frame.value['children'];
    if (!Array.isArray(children)) {
      leaves++;
      continue;
    }
    if (children.length > MODEL_LIMITS.children) {
      issues.push(
        tooLarge(
          [...pathOf(frame), 'children'],
          'children of this node',
          '该节点的下级指标',
          children.length,
          MODEL_LIMITS.children,
        ),
      );
    }
    if (frame.depth + 1 > MODEL_LIMITS.depth) {
      if (children.some(isObject)) {
        issues.push(
          makeIssue('too_deep', [...pathOf(frame), 'children'], { max: MODEL_LIMITS.depth }),
        );
        // One is enough: the first too-deep branch names the problem.
        return issues;
      }
      continue;
    }
    const list: Frame = { value: children, depth: frame.depth, key: 'children', parent: frame };
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ value: children[i], depth: frame.depth + 1, key: i, parent: list });
  }
  if (nodes > MODEL_LIMITS.nodes) {
    issues.push(
      tooLarge(['tree'], 'nodes in the indicator tree', '指标树节点', nodes, MODEL_LIMITS.nodes),
    );
  }
  if (leaves > MODEL_LIMITS.leaves)
    issues.push(tooLarge(['tree'], 'leaf indicators', '末级指标', leaves, MODEL_LIMITS.leaves));
  return issues;
}

function ruleLimits(input: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const roots: Frame[] = [];
  let count = 0;
  const adjustments = input['adjustments'];
  const lists: Array<[PathSegment[], unknown]> = [
    [['gates'], input['gates']],
    [['vetoes'], input['vetoes']],
    [['adjustments', 'items'], isObject(adjustments) ? adjustments['items'] : undefined],
  ];
  for (const [path, list] of lists) {
    if (!Array.isArray(list)) continue;
    count += list.length;
    const base = framePath(path);
    list.forEach((rule, r) => {
      if (!isObject(rule)) return;
      const at: Frame = { value: rule, depth: 0, key: r, parent: base };
      for (const key of ['when', 'exempt'])
        if (key in rule) roots.push({ value: rule[key], depth: 0, key, parent: at });
    });
  }
  if (count > MODEL_LIMITS.rules) {
    issues.push(
      tooLarge(
        [],
        'rules (gates, vetoes and adjustment items)',
        '规则（申报条件、否决项与加减分项）',
        count,
        MODEL_LIMITS.rules,
      ),
    );
  }
  const stack = roots.reverse();
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const c = frame.value;
    if (!isObject(c)) continue;
    const parts: Frame[] = [];
    for (const key of ['all', 'any'] as const) {
      const list = c[key];
      if (!Array.isArray(list)) continue;
      const at: Frame = { value: list, depth: frame.depth, key, parent: frame };
      list.forEach((part, i) => {
        parts.push({ value: part, depth: frame.depth + 1, key: i, parent: at });
      });
    }
    if ('not' in c)
      parts.push({ value: c['not'], depth: frame.depth + 1, key: 'not', parent: frame });
    if (parts.length > 0 && frame.depth + 1 > MODEL_LIMITS.ruleDepth) {
      issues.push(makeIssue('rule_too_deep', pathOf(frame), { max: MODEL_LIMITS.ruleDepth }));
      continue;
    }
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i] as Frame);
  }
  return issues;
}

function valueLimits(input: unknown): Issue[] {
  // Every value counts; only objects and arrays take a frame, so a long list of numbers is cheap.
  let count = 1;
  let nested: Issue | undefined;
  // A text (a value or a key) longer than the limit: a 10 MB label would make a report of a GB.
  const texts: Issue[] = [];
  const text = (value: string, frame: Frame, key: PathSegment | null) => {
    if (value.length <= MODEL_LIMITS.text || texts.length >= TEXTS_REPORTED) return;
    const path = pathOf(frame);
    if (key !== null) path.push(key);
    texts.push(makeIssue('text_too_long', path, { length: value.length, max: MODEL_LIMITS.text }));
  };
  const stack: Frame[] = [{ value: input, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const value = frame.value as object;
    if (frame.depth > MODEL_LIMITS.nesting) {
      nested ??= makeIssue('too_nested', pathOf(frame), { max: MODEL_LIMITS.nesting });
      continue;
    }
    const keys = Object.keys(value);
    count += keys.length;
    const array = Array.isArray(value);
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      const segment = array ? Number(key) : key;
      if (!array) text(key, frame, segment);
      if (typeof child === 'string') text(child, frame, segment);
      if (typeof child !== 'object' || child === null) continue;
      stack.push({ value: child, depth: frame.depth + 1, key: segment, parent: frame });
    }
  }
  const issues = nested ? [nested, ...texts] : texts;
  if (count > MODEL_LIMITS.values) {
    issues.push(
      tooLarge(
        [],
        'values in the model definition',
        '模型定义中的数值',
        count,
        MODEL_LIMITS.values,
      ),
    );
  }
  return issues;
}

// A frame of the graph walk: an object being visited, how far through its entries, its size so far.
type GraphFrame = {
  readonly value: object;
  /** Its keys; null for an array, whose entries are its indices up to its length. */
  readonly keys: readonly string[] | null;
  readonly entries: number;
  next: number;
  size: number;
  readonly key: PathSegment | null;
  readonly parent: GraphFrame | null;
};

/**
 * Measures an input as the graph it is: each object or array is visited once, however often it
 * is referred to, and its size — the values a tree walk (and zod) would read, counting a shared
 * object once per reference — is remembered. A reference back to an object still being visited
 * is a cycle (`cyclic_input`); a size over `limit` is `too_large`. Cost: one visit per distinct
 * object, so a condition shared 8 ways at each of 16 levels (8¹⁶ values read as a tree) is
 * measured in a few hundred steps. Returns the issue, or null when the input is within bounds.
 */
function measureGraph(input: object, limit: number): Issue | null {
  const sizes = new Map<object, number>();
  const visiting = new Set<object>();
  // Objects made afresh on every read (getters, proxies) are never shared: stop walking them
  // well past the limit; the count is then a lower bound.
  const stopAt = 10 * limit;
  let walked = 0;
  const open = (value: object, key: PathSegment | null, parent: GraphFrame | null): GraphFrame => {
    visiting.add(value);
    walked++;
    const keys = Array.isArray(value) ? null : Object.keys(value);
    const entries = keys ? keys.length : (value as unknown[]).length;
    return { value, keys, entries, next: 0, size: 1, key, parent };
  };
  const add = (frame: GraphFrame, size: number) => {
    frame.size = Math.min(frame.size + size, Number.MAX_SAFE_INTEGER);
  };
  const stack: GraphFrame[] = [open(input, null, null)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as GraphFrame;
    if (frame.next < frame.entries && walked <= stopAt) {
      const i = frame.next++;
      const key: PathSegment = frame.keys ? (frame.keys[i] as string) : i;
      const child = (frame.value as Record<PathSegment, unknown>)[key];
      if (typeof child !== 'object' || child === null) {
        add(frame, 1);
        walked++;
      } else if (visiting.has(child)) {
        return makeIssue('cyclic_input', [...graphPath(frame), key]);
      } else {
        const known = sizes.get(child);
        if (known !== undefined) add(frame, known);
        else stack.push(open(child, key, frame));
      }
      continue;
    }
    stack.pop();
    visiting.delete(frame.value);
    sizes.set(frame.value, frame.size);
    if (frame.parent) add(frame.parent, frame.size);
    else if (frame.size > limit || walked > stopAt)
      return tooLarge([], 'values in the model definition', '模型定义中的数值', frame.size, limit);
  }
  return null;
}

function graphPath(frame: GraphFrame): PathSegment[] {
  const path: PathSegment[] = [];
  for (let f: GraphFrame | null = frame; f; f = f.parent) if (f.key !== null) path.push(f.key);
  return path.reverse();
}

function tooLarge(
  path: PathSegment[],
  what: string,
  whatZh: string,
  count: number,
  max: number,
): Issue {
  return makeIssue('too_large', path, { what, whatZh, count, max });
}

function framePath(path: readonly PathSegment[]): Frame | null {
  let frame: Frame | null = null;
  for (const key of path) frame = { value: undefined, depth: 0, key, parent: frame };
  return frame;
}

function pathOf(frame: Frame): PathSegment[] {
  const path: PathSegment[] = [];
  for (let f: Frame | null = frame; f; f = f.parent) if (f.key !== null) path.push(f.key);
  return path.reverse();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
