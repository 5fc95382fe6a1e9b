// Private helpers of the renderers: labels in Chinese and English, the dimensions of a report, and
// why an entity was not scored. Pure functions on report data; never re-exported.

import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import { parseInput } from '../error/parseInput.js';
import { pathText } from '../error/pathText.js';
import type { Label, ModelInput } from '../model/types.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { EntityResult, EntityStatus, Report, ScoredEntity } from '../score/types.js';
import type { SelectionReason } from '../select/types.js';

/** The language of a rendered report: Chinese, English, or both side by side. */
export type Locale = 'zh-CN' | 'en' | 'both';

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.object({
    locale: z.optional(z.enum(['zh-CN', 'en', 'both'])),
    title: z.optional(z.string()),
  }))();

/**
 * A renderer's options, checked: `locale` (default `both`) and `title`; anything else is left to
 * the renderer. Throws a YoupinError (zod codes, at `['options', …]`) for a bad value.
 */
export function readOptions(options: unknown): { locale: Locale; title: string | undefined } {
  const parsed = parseInput(optionsSchema, options ?? {});
  if (!parsed.success) throwIfIssues(fromZod(parsed.error.issues, ['options']));
  return { locale: parsed.data?.locale ?? 'both', title: parsed.data?.title };
}

/** A label in the report's language; `both` joins the two with `sep` (once, if they are equal). */
export function pick(label: Label, locale: Locale, sep = ' '): string {
  if (locale === 'zh-CN') return label.zh;
  if (locale === 'en') return label.en;
  return label.zh === label.en ? label.zh : `${label.zh}${sep}${label.en}`;
}

/** An entity's name: a plain string as given, a label in the report's language, or `''`. */
export function nameOf(name: string | Label | null, locale: Locale): string {
  if (name === null) return '';
  return typeof name === 'string' ? name : pick(name, locale, ' · ');
}

const l = (zh: string, en: string): Label => ({ zh, en });

type TextKey =
  | 'index'
  | 'id'
  | 'name'
  | 'sector'
  | 'status'
  | 'total'
  | 'rankSector'
  | 'rankOverall'
  | 'rank'
  | 'selected'
  | 'reason'
  | 'band'
  | 'yes'
  | 'no'
  | 'entities'
  | 'evaluationDate'
  | 'model'
  | 'threshold'
  | 'floors'
  | 'quota'
  | 'bands'
  | 'proposed'
  | 'cannotCheck'
  | 'noneSelected'
  | 'noneScored'
  | 'notices'
  | 'noticesHeading';

/** Column and section headings. */
export const TEXT: Readonly<Record<TextKey, Label>> = /* @__PURE__ */ (() => ({
  index: l('序号', 'Index'),
  id: l('编号', 'ID'),
  name: l('名称', 'Name'),
  sector: l('行业', 'Sector'),
  status: l('状态', 'Status'),
  total: l('总分', 'Total'),
  rankSector: l('行业排名', 'Rank in sector'),
  rankOverall: l('总排名', 'Rank overall'),
  rank: l('排名', 'Rank'),
  selected: l('入选', 'Selected'),
  reason: l('原因', 'Reason'),
  band: l('等级', 'Band'),
  yes: l('是', 'yes'),
  no: l('否', 'no'),
  entities: l('申报', 'Applicants'),
  evaluationDate: l('评价基准日', 'Evaluation date'),
  model: l('模型', 'Model'),
  threshold: l('入选门槛', 'Threshold'),
  floors: l('维度最低分', 'Dimension floors'),
  quota: l('名额', 'Quota'),
  bands: l('等级划分', 'Bands'),
  proposed: l('建议模型，非官方数据', 'A proposed model, not official figures'),
  cannotCheck: l('无法核验', 'cannot be checked'),
  noneSelected: l('无入选者', 'Nobody selected'),
  noneScored: l('无参评者', 'Nobody scored'),
  notices: l('需处理事项', 'Notices'),
  noticesHeading: l('公示前需处理的事项', 'Notices that need action before publication'),
}))();

/** What each status means, for people. */
export const STATUS: Readonly<Record<EntityStatus, Label>> = /* @__PURE__ */ (() => ({
  scored: l('合格参评', 'Scored'),
  ineligible: l('不符合申报条件', 'Ineligible'),
  vetoed: l('一票否决', 'Vetoed'),
  invalid: l('数据无效', 'Invalid data'),
}))();

/** Why an entity was or was not selected, for people. */
export const REASON: Readonly<Record<SelectionReason, Label>> = /* @__PURE__ */ (() => ({
  selected: l('入选', 'Selected'),
  not_scored: l('未计分', 'Not scored'),
  below_threshold: l('低于门槛', 'Below threshold'),
  below_floor: l('维度未达标', 'Below a dimension floor'),
  outside_quota: l('超出名额', 'Outside the quota'),
  lost_tie_break: l('并列决胜落选', 'Lost the tie-break'),
  tie_unresolved: l('并列待定', 'Tie unresolved'),
}))();

/** The dimensions (the root's children) of the report's model, in tree order. */
export function dimensions(definition: ModelInput): Array<{ id: string; label: Label }> {
  return definition.tree.children.map((n) => ({ id: n.id, label: n.label }));
}

/** A node's label anywhere in the model's tree (its id when unknown). */
export function nodeLabel(definition: ModelInput, id: string): Label {
  const walk = (nodes: ModelInput['tree']['children']): Label | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n.label;
      const found = 'children' in n ? walk(n.children) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return walk([definition.tree]) ?? { zh: id, en: id };
}

/** A sector's label (its id when unknown). */
export function sectorLabel(definition: ModelInput, id: string | null): Label | null {
  if (id === null) return null;
  return definition.sectors.find((s) => s.id === id)?.label ?? { zh: id, en: id };
}

/** One reason an entity is not scored: a gate, a veto, or a data issue. */
export interface Why {
  /** The rule id, or the issue code. */
  readonly id: string;
  readonly label: Label;
  /** A gate that could not be checked (a fact is missing). */
  readonly unknown: boolean;
  /** Data issues only: where, as a dotted path. */
  readonly at?: string;
}

/**
 * Why an entity is not scored: the gates that failed (or could not be checked), the vetoes that
 * fired, and the data issues; empty for a scored entity.
 */
export function whyNotScored(report: Report, entity: EntityResult): Why[] {
  if (entity.status === 'scored') return [];
  const rule = (kind: 'gates' | 'vetoes', id: string): Label =>
    report.definition[kind]?.find((r) => r.id === id)?.label ?? { zh: id, en: id };
  const gates =
    entity.status === 'ineligible'
      ? entity.eligibility.gates
          .filter((g) => g.result === 'failed' || g.result === 'unknown')
          .map((g) => ({
            id: g.rule,
            label: rule('gates', g.rule),
            unknown: g.result === 'unknown',
          }))
      : [];
  const vetoes =
    entity.status === 'vetoed'
      ? entity.eligibility.vetoes
          .filter((v) => v.result === 'fired')
          .map((v) => ({ id: v.rule, label: rule('vetoes', v.rule), unknown: false }))
      : [];
  const issues = entity.issues.map((i) => ({
    id: i.code,
    label: { zh: i.messageZh, en: i.message },
    unknown: false,
    at: pathText(i.path),
  }));
  return [...gates, ...vetoes, ...issues];
}

/** Scored entities of a sector, by rank in the sector, then input order. */
export function ranked(report: Report, sector: string): ScoredEntity[] {
  return report.entities
    .filter((e): e is ScoredEntity => e.status === 'scored' && e.sector === sector)
    .sort((a, b) => a.rank.sector - b.rank.sector || a.index - b.index);
}

/** A node's published score for an entity, or `null`. */
export function scoreOf(entity: EntityResult, node: string): string | null {
  return entity.nodes.find((n) => n.id === node)?.score ?? null;
}

/**
 * Why an entity is (not) on the list, in words: its status and the gates, vetoes or issues when it
 * is not scored; the selection reason otherwise, with the missed floors' dimensions.
 */
export function reasonText(report: Report, entity: EntityResult, locale: Locale): string {
  if (entity.status !== 'scored') {
    const why = whyNotScored(report, entity).map((w) => {
      const unknown = w.unknown ? ` [${pick(TEXT.cannotCheck, locale)}]` : '';
      return w.at === undefined
        ? `${w.id} ${pick(w.label, locale, ' · ')}${unknown}`
        : `${pick(w.label, locale, ' · ')} [${w.id} @ ${w.at}]`;
    });
    return [pick(STATUS[entity.status], locale), ...why].join('; ');
  }
  const s = entity.selection;
  if (!s) return '';
  const base = pick(REASON[s.reason], locale);
  if (s.reason === 'below_floor' && s.failedFloors.length > 0) {
    const floors = s.failedFloors.map((id) => `${pick(nodeLabel(report.definition, id), locale)}`);
    return `${base} (${floors.join(', ')})`;
  }
  return base;
}
