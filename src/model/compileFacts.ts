import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { closestName } from '../intake/closestName.js';
import { leafValueType } from '../intake/leafValueType.js';
import { categoryValues } from '../intake/readCategory.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { isIsoDate } from '../rules/dates.js';
import type { Condition } from '../rules/types.js';
import { compileDomain } from './compileDomain.js';
import type { CompiledFact, CompiledNode, CompiledSeries } from './compiled.js';
import type { FactType, ModelInput } from './types.js';

/** The declared facts and series, and the leaves rules read as facts, checked against their use. */
export interface CompiledFacts {
  readonly facts: ReadonlyMap<string, CompiledFact>;
  readonly series: ReadonlyMap<string, CompiledSeries>;
}

const TYPE_NAMES: Readonly<Record<FactType, readonly [string, string]>> = {
  boolean: ['yes/no', '是/否'],
  number: ['a number', '数值'],
  category: ['a category', '类别'],
  list: ['a list', '列表'],
  date: ['a date', '日期'],
  text: ['text', '文本'],
};

/**
 * Compiles the model's `facts` and `series` and checks every reference to them: a rule, an
 * adjustment, a tie-break or a leaf that names a fact nobody declared is a model error (with the
 * closest declared name), and so is a rule that compares a fact with a value of another type.
 */
export function compileFacts(
  definition: ModelInput,
  nodes: readonly CompiledNode[],
  issues: Issue[],
): CompiledFacts {
  const facts = new Map<string, CompiledFact>();
  const series = new Map<string, CompiledSeries>();
  const nodeIds = new Map(nodes.map((n) => [n.id, n]));

  (definition.facts ?? []).forEach((fact, f) => {
    const path: PathSegment[] = ['facts', f];
    if (facts.has(fact.id) || nodeIds.has(fact.id))
      issues.push(makeIssue('duplicate_id', [...path, 'id'], { id: fact.id }));
    const needsValues = fact.type === 'category';
    const mayHaveValues = fact.type === 'category' || fact.type === 'list';
    if (needsValues && !fact.values)
      issues.push(makeIssue('fact_values', [...path, 'values'], { id: fact.id, type: fact.type }));
    if (!mayHaveValues && fact.values)
      issues.push(makeIssue('fact_values', [...path, 'values'], { id: fact.id, type: fact.type }));
    const seen = new Set<string>();
    (fact.values ?? []).forEach((v, k) => {
      if (seen.has(v.value))
        issues.push(makeIssue('duplicate_id', [...path, 'values', k, 'value'], { id: v.value }));
      seen.add(v.value);
    });
    facts.set(fact.id, {
      id: fact.id,
      label: fact.label,
      type: fact.type,
      unit: fact.unit ?? null,
      categories: fact.values ? categoryValues(fact.values) : null,
      leaf: null,
      domain: compileDomain(fact.domain, fact, path, issues),
    });
  });
  (definition.series ?? []).forEach((s, k) => {
    if (series.has(s.id) || facts.has(s.id) || nodeIds.has(s.id))
      issues.push(makeIssue('duplicate_id', ['series', k, 'id'], { id: s.id }));
    series.set(s.id, { id: s.id, label: s.label, unit: s.unit ?? null });
  });

  const declared = [...facts.keys()];
  const factNames = (): string[] => [
    ...declared,
    ...[...facts.values()].flatMap((f) => [f.label.zh, f.label.en]),
  ];
  const suggest = (name: string, candidates: Iterable<string>) => {
    const near = closestName(name, candidates);
    return near === null ? '' : near;
  };

  // A rule may read a leaf's value as a fact (revenue ≥ 2000 reads the revenue leaf).
  const asFact = (name: string, path: PathSegment[]): CompiledFact | null => {
    const known = facts.get(name);
    if (known) return known;
    const node = nodeIds.get(name);
    if (node?.leaf) {
      const input = node.leaf.input;
      const type = leafValueType(input.scoring);
      const scoring = input.scoring;
      const fact: CompiledFact = {
        id: name,
        label: input.label,
        type,
        unit: input.unit ?? null,
        categories:
          scoring.method === 'categorical'
            ? categoryValues(scoring.categories)
            : scoring.method === 'points'
              ? categoryValues(scoring.items.map((i) => ({ value: i.id, label: i.label })))
              : null,
        leaf: name,
        domain: node.leaf.domain,
      };
      facts.set(name, fact);
      return fact;
    }
    issues.push(
      makeIssue('unknown_fact', path, {
        id: name,
        suggestion: suggest(name, [
          ...factNames(),
          ...nodes.filter((n) => n.leaf).map((n) => n.id),
        ]),
        branch: node ? 'yes' : '',
      }),
    );
    return null;
  };

  const visit = (c: Condition, path: PathSegment[]): void => {
    if ('all' in c) {
      c.all.forEach((x, i) => {
        visit(x, [...path, 'all', i]);
      });
      return;
    }
    if ('any' in c) {
      c.any.forEach((x, i) => {
        visit(x, [...path, 'any', i]);
      });
      return;
    }
    if ('not' in c) {
      visit(c.not, [...path, 'not']);
      return;
    }
    if ('event' in c) return;
    if ('series' in c) {
      if (!series.has(c.series))
        issues.push(
          makeIssue('unknown_series', [...path, 'series'], {
            id: c.series,
            suggestion: suggest(c.series, [
              ...series.keys(),
              ...[...series.values()].flatMap((s) => [s.label.zh, s.label.en]),
            ]),
          }),
        );
      return;
    }
    const fact = asFact(c.fact, [...path, 'fact']);
    if (fact) checkUse(fact, c, path, issues);
  };
  for (const kind of ['gates', 'vetoes'] as const) {
    (definition[kind] ?? []).forEach((rule, r) => {
      visit(rule.when, [kind, r, 'when']);
      if (rule.exempt) visit(rule.exempt, [kind, r, 'exempt']);
    });
  }
  (definition.monitoring?.rules ?? []).forEach((rule, r) => {
    visit(rule.when, ['monitoring', 'rules', r, 'when']);
    if (rule.exempt) visit(rule.exempt, ['monitoring', 'rules', r, 'exempt']);
  });
  (definition.adjustments?.items ?? []).forEach((item, i) => {
    visit(item.when, ['adjustments', 'items', i, 'when']);
  });
  (definition.selection?.tieBreak ?? []).forEach((key, k) => {
    if (key.by === 'fact') asFact(key.fact, ['selection', 'tieBreak', k, 'fact']);
  });

  // A leaf fed by a fact: the fact must be declared and hold what the leaf's method reads.
  for (const node of nodes) {
    const name = node.leaf?.input.fact;
    if (!node.leaf || name === undefined) continue;
    const fact = facts.get(name);
    if (!fact || fact.leaf !== null) {
      issues.push(
        makeIssue('unknown_fact', [...node.path, 'fact'], {
          id: name,
          suggestion: suggest(name, factNames()),
          branch: '',
        }),
      );
      continue;
    }
    const scoring = node.leaf.input.scoring;
    const wanted = leafValueType(scoring);
    const categories =
      scoring.method === 'categorical' ? scoring.categories.map((c) => c.value) : null;
    const outside =
      categories && fact.categories
        ? fact.categories.values.map((v) => v.value).filter((v) => !categories.includes(v))
        : [];
    if (wanted !== fact.type || outside.length > 0) {
      issues.push(
        makeIssue('fact_type_mismatch', [...node.path, 'fact'], {
          leaf: node.id,
          fact: name,
          type: TYPE_NAMES[fact.type][0],
          typeZh: TYPE_NAMES[fact.type][1],
          wanted: TYPE_NAMES[wanted][0],
          wantedZh: TYPE_NAMES[wanted][1],
          outside: outside.join(', '),
        }),
      );
    }
  }
  return { facts, series };
}

/** A comparison must suit the fact's type: no `>= 3` on yes/no, no undeclared grade. */
function checkUse(
  fact: CompiledFact,
  c: Extract<Condition, { fact: string }>,
  path: PathSegment[],
  issues: Issue[],
): void {
  if ('present' in c) return;
  const wrong = (field: PathSegment, value: unknown) =>
    issues.push(
      makeIssue('rule_value_type', [...path, field], {
        fact: fact.id,
        value: JSON.stringify(value) ?? String(value),
        type: TYPE_NAMES[fact.type][0],
        typeZh: TYPE_NAMES[fact.type][1],
      }),
    );
  const known = (v: unknown) =>
    fact.categories === null ||
    (typeof v === 'string' && fact.categories.values.some((x) => x.value === v));
  const fits = (v: unknown): boolean => {
    switch (fact.type) {
      case 'boolean':
        return typeof v === 'boolean';
      case 'number':
        return typeof v !== 'boolean' && parseDecimal(v) !== undefined;
      case 'category':
        return known(v);
      case 'date':
        return isIsoDate(v);
      case 'text':
        return typeof v === 'string';
      case 'list':
        return false;
    }
  };
  if ('op' in c) {
    const ordered = c.op !== '==' && c.op !== '!=';
    const orderable = fact.type === 'number' || fact.type === 'date';
    if (!fits(c.value) || (ordered && !orderable)) wrong('value', c.value);
  } else if ('in' in c) {
    c.in.forEach((v) => {
      if (fact.type === 'boolean' || fact.type === 'list' || !fits(v)) wrong('in', v);
    });
  } else {
    const items = 'includesAny' in c ? c.includesAny : c.includesAll;
    const field = 'includesAny' in c ? 'includesAny' : 'includesAll';
    if (fact.type !== 'list') wrong(field, items);
    else
      items.forEach((v) => {
        if (!known(v)) wrong(field, v);
      });
  }
}
