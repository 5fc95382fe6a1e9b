import type { Condition, Issue, Label, LeafInput, NodeInput, RuleInput } from 'youpin';
import { tablePath } from './_locator.js';
import { makeNodeIssue } from './_messages.js';
import type { ModelIndex } from './_modelIndex.js';
import type { ApplicantColumns } from './_readTable.js';

type Need = {
  /** How bad the absence is: 0 worst (ineligible / invalid), larger milder. */
  readonly rank: number;
  readonly en: string;
  readonly zh: string;
};

/**
 * One problem per fact, series or leaf that the model needs for the sectors in the file and that
 * no column gives — named by its label, with the column to add and what its absence does
 * ("every applicant of 制造业 will be ineligible under M1"). Leaves given by a sheet of expert
 * scores count as given.
 */
export function coverageIssues(
  table: ApplicantColumns,
  index: ModelIndex,
  sectors: ReadonlySet<string>,
  given: { readonly leaves?: ReadonlySet<string>; readonly series?: ReadonlySet<string> } = {},
): Issue[] {
  const definition = index.definition;
  const present = sectors.size > 0 ? sectors : new Set(index.sectorIds);
  const sectorLabel = (id: string) =>
    definition.sectors.find((s) => s.id === id)?.label ?? { zh: id, en: id };
  const applies = (list: readonly string[] | undefined) =>
    (list ?? [...present]).filter((s) => present.has(s));
  const who = (list: readonly string[]) => {
    const all = list.length === present.size;
    const names = list.map(sectorLabel);
    return {
      en: all ? 'every applicant' : `every ${names.map((n) => n.en).join(' / ')} applicant`,
      zh: all ? '所有申报对象' : `${names.map((n) => n.zh).join('、')}的所有申报对象`,
    };
  };

  const facts = new Set<string>();
  const series = new Set<string>(given.series ?? []);
  const leaves = new Set<string>(given.leaves ?? []);
  for (const c of table.columns) {
    const t = c.target;
    if (t.kind === 'fact') facts.add(t.name);
    else if (t.kind === 'series') series.add(t.name);
    else if (t.kind === 'value') for (const l of t.leaves) leaves.add(l);
  }

  const needs = new Map<string, Need[]>();
  const need = (key: string, n: Need) => needs.set(key, [...(needs.get(key) ?? []), n]);
  const visit = (c: Condition, rule: RuleInput, role: 'gate' | 'veto' | 'exempt') => {
    if ('all' in c) for (const x of c.all) visit(x, rule, role);
    else if ('any' in c) for (const x of c.any) visit(x, rule, role);
    else if ('not' in c) visit(c.not, rule, role);
    else if ('event' in c) return;
    else {
      const key = 'series' in c ? `series:${c.series}` : `fact:${c.fact}`;
      const list = applies(rule.sectors);
      if (list.length === 0 || ('present' in c && role === 'gate')) return;
      const w = who(list);
      const l = rule.label;
      need(
        key,
        role === 'gate'
          ? {
              rank: 0,
              en: `${w.en} will be ineligible under ${rule.id} “${l.en}”`,
              zh: `${w.zh}都将因 ${rule.id}「${l.zh}」无法核查而不符合申报条件`,
            }
          : role === 'veto'
            ? {
                rank: 2,
                en: `veto ${rule.id} “${l.en}” cannot be checked`,
                zh: `否决项 ${rule.id}「${l.zh}」无法核查`,
              }
            : {
                rank: 1,
                en: `the exemption of ${rule.id} “${l.en}” can never apply`,
                zh: `${rule.id}「${l.zh}」的豁免条件无法适用`,
              },
      );
    }
  };
  for (const gate of definition.gates ?? []) {
    visit(gate.when, gate, 'gate');
    if (gate.exempt) visit(gate.exempt, gate, 'exempt');
  }
  for (const veto of definition.vetoes ?? []) {
    visit(veto.when, veto, 'veto');
    if (veto.exempt) visit(veto.exempt, veto, 'exempt');
  }

  const issues: Issue[] = [];
  const at = tablePath(table.sheet, table.header.row, null);
  const first = (list: Need[]) => [...list].sort((a, b) => a.rank - b.rank);
  const say = (list: Need[]) => {
    const sorted = first(list);
    const more = sorted.length > 1 ? sorted.length - 1 : 0;
    const head = sorted[0] as Need;
    return {
      consequence: more ? `${head.en} (and ${more} more rule${more > 1 ? 's' : ''})` : head.en,
      consequenceZh: more ? `${head.zh}（另有 ${more} 条规则受影响）` : head.zh,
    };
  };

  // Leaves: each active in a sector of the file, given by no column (nor by its fact). Leaves
  // that share a label share a column: one message for them all.
  const tree = leafInputs(definition.tree);
  const missingLeaves = new Map<string, { ids: string[]; sectors: string[]; input: LeafInput }>();
  for (const [id, sectorsOfLeaf] of leafSectors(index)) {
    const list = sectorsOfLeaf.filter((s) => present.has(s));
    if (list.length === 0 || leaves.has(id)) continue;
    const input = tree.get(id) as LeafInput;
    if (input.fact !== undefined) {
      if (facts.has(input.fact)) continue;
      const w = who(list);
      need(`fact:${input.fact}`, {
        rank: 0,
        en: `${w.en} will be invalid (the indicator “${input.label.en}” takes its value from it)`,
        zh: `${w.zh}都将无效（指标「${input.label.zh}」取值于此）`,
      });
      continue;
    }
    const group = missingLeaves.get(input.label.zh);
    if (group) {
      group.ids.push(id);
      group.sectors.push(...list.filter((s) => !group.sectors.includes(s)));
    } else missingLeaves.set(input.label.zh, { ids: [id], sectors: [...list], input });
  }
  for (const { ids, sectors: list, input } of missingLeaves.values()) {
    const w = who(list);
    const missing = input.missing ?? 'invalid';
    const { en, zh } =
      missing === 'invalid'
        ? { en: `${w.en} will be invalid`, zh: `${w.zh}都将无效` }
        : missing === 'zero'
          ? { en: 'it scores 0 for every applicant', zh: '所有申报对象该项均计 0 分' }
          : {
              en: 'it is left out and the weights of its siblings are renormalised',
              zh: '该项缺失，其同级指标的权重重新归一化',
            };
    issues.push(
      makeNodeIssue('missing_leaf_column', at, {
        label: input.label.en,
        labelZh: input.label.zh,
        header: ids.length === 1 ? `"${input.label.zh}" / "${ids[0]}"` : `"${input.label.zh}"`,
        consequence: en,
        consequenceZh: zh,
      }),
    );
  }

  for (const [key, list] of needs) {
    const [kind, id] = key.split(/:(.*)/s) as [string, string];
    if (kind === 'fact' ? facts.has(id) || index.leaves.has(id) : series.has(id)) continue;
    const declared = kind === 'fact' ? index.facts.get(id) : index.series.get(id);
    const label: Label = declared?.label ?? { zh: id, en: id };
    issues.push(
      makeNodeIssue('missing_fact_column', at, {
        what: kind === 'fact' ? 'the fact' : 'the yearly series',
        whatZh: kind === 'fact' ? '事实' : '年度序列',
        label: label.en,
        labelZh: label.zh,
        header:
          kind === 'fact'
            ? `"${label.zh}" / "fact.${id}"`
            : `"${label.zh}.2023", one per year / "series.${id}.2023"`,
        ...say(list),
      }),
    );
  }
  return issues;
}

/** The sectors each leaf is active in. */
function leafSectors(index: ModelIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [sector, leaves] of index.active)
    for (const leaf of leaves) out.set(leaf, [...(out.get(leaf) ?? []), sector]);
  return out;
}

function leafInputs(root: NodeInput): Map<string, LeafInput> {
  const out = new Map<string, LeafInput>();
  const stack: NodeInput[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as NodeInput;
    if ('children' in node) stack.push(...node.children);
    else out.set(node.id, node);
  }
  return out;
}
