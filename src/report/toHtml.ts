import type { SensitivityResult } from '../analysis/sensitivityTypes.js';
import type { Benchmark } from '../benchmark/types.js';
import { checkReport } from '../error/checkArgument.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import { explain } from '../explain/explain.js';
import type { Explanation, NodeExplanation } from '../explain/types.js';
import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { own } from '../numeric/own.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import type { EntityResult, EntityStatus, Report, ScoredEntity } from '../score/types.js';
import { esc } from './_escape.js';
import { rankIntervalChart } from './_rankIntervals.js';
import { type BarRow, barChart, sharedParts, truncate } from './_svg.js';
import {
  nameOf,
  nodeLabel,
  pick,
  ranked,
  readOptions,
  reasonText,
  STATUS,
  sectorLabel,
  TEXT,
  whyNotScored,
} from './_text.js';
import { narrate } from './narrate.js';
import { type Notice, noticesOf } from './noticesOf.js';

/** Options of `toHtml`. */
export interface ToHtmlOptions {
  /** The language of the page: `'zh-CN'`, `'en'`, or `'both'` side by side (default). */
  readonly locale?: 'zh-CN' | 'en' | 'both' | undefined;
  /** A benchmark (e.g. `haopinShandongBenchmark`) drawn on each applicant's dimension chart. */
  readonly benchmark?: Benchmark | undefined;
  /** The page title; default the model's name and "评价结果 Results". */
  readonly title?: string | undefined;
  /**
   * A `sensitivity()` result for the same model and batch: adds a section "How robust is this
   * ranking?" with, per sector, each applicant's rank interval and its probability of selection.
   */
  readonly sensitivity?: SensitivityResult | undefined;
  /**
   * `full`: every applicant's explanation on the page (dimension chart, sentences, contributions).
   * `summary`: the page without them — counts, notices, rules, the list for public notice, the
   * distribution of totals and why each applicant was not scored — growing by well under 1 KB
   * per applicant; explanations come from `explain` (or `youpin explain`). Default: `full` up to
   * {@link HTML_SUMMARY_FROM} applicants, `summary` from there.
   */
  readonly detail?: 'summary' | 'full' | undefined;
  /**
   * Called as the applicants are explained for a full page (at most about a hundred times), with
   * how many are done and how many there are: the command line draws its progress bar with it.
   */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * From this many applicants `toHtml` draws the summary page unless asked for `detail: 'full'`:
 * each applicant adds about 7 KB to a full page (6.9 KB on the 聊城优品 sample), so 2,000 make
 * about 14 MB.
 *
 * @example
 * ```ts
 * import { HTML_SUMMARY_FROM } from 'youpin';
 * HTML_SUMMARY_FROM; // → 2000
 * ```
 */
export const HTML_SUMMARY_FROM = 2000;

// A sector with more applicants than this shows its totals as a histogram, not a bar each.
const BARS_UP_TO = 300;

const l = (zh: string, en: string): Label => ({ zh, en });
// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const TEXT_SUMMARY = /* @__PURE__ */ (() => ({
  detailsElsewhere: (n: number): Label =>
    l(
      `本页为摘要（${n} 个申报对象）：不含逐一说明。单个申报对象的说明可用 youpin explain 编号 文件 查看，或以 detail: 'full' 生成完整页面。`,
      `This is a summary page (${n} applicants): it leaves out each applicant's explanation. See one with youpin explain ID FILE, or render the full page with detail: 'full'.`,
    ),
  histogram: l(
    '各分数段的申报对象数（括号内为入选数）',
    'Applicants per band of totals (selected in brackets)',
  ),
}))();
// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const H = /* @__PURE__ */ (() => ({
  results: l('评价结果', 'Results'),
  counts: l('概况', 'Overview'),
  rules: l('入选规则', 'Selection rules'),
  publicList: l('公示名单', 'List for public notice'),
  totals: l('总分分布', 'Totals'),
  notScored: l('未参评', 'Not scored'),
  details: l('逐一说明', 'Applicant details'),
  dimensions: l('维度得分', 'Dimension scores'),
  contributions: l('各指标得分贡献', 'Contribution of each indicator'),
  contributionNote: l(
    '深色为已得分值，浅色为该指标满分贡献',
    'dark: points earned; light: the most the indicator can add',
  ),
  selectedTone: l('入选', 'Selected'),
  candidateTone: l('达到门槛但未入选', 'Reached the threshold, not selected'),
  belowTone: l('未达门槛', 'Below the threshold'),
  belowBenchmark: l('低于对标线', 'Below the benchmark line'),
  benchmarkLine: l('对标线', 'Benchmark line'),
  floorLine: l('维度最低分', 'Dimension floor'),
  benchmark: l('对标', 'Benchmark'),
  proposedLines: l('对标线为建议值，非官方数据', 'The benchmark lines are proposals, not official'),
  notAdditive: l(
    '该模型的汇总方式不是加权和，无法按指标分解总分',
    'This model does not aggregate by weighted sums: the total cannot be split by indicator',
  ),
  made: l('由 youpin 生成，可离线打开与打印', 'Made with youpin; works offline and prints'),
  robustness: l('排名稳健性', 'How robust is this ranking?'),
  robustnessAxis: l('行业内排名', 'Rank in the sector'),
  robustnessNote: l(
    '条形为各次抽样中排名的 5%–95% 区间，实心点为中位数，空心圆为模型本身的排名；右侧为入选概率。',
    'Bars: the 5–95 % interval of the rank over the draws; dot: the median; ring: the model’s own rank; right: the probability of selection.',
  ),
}))();

/**
 * Renders a report as one self-contained HTML page for publication and appeal: the counts; the
 * notices that need action before publication (`noticesOf`: a summary and the applicants, each
 * linked to its explanation; left out when there is none); the selection rules; per sector the list for public notice (公示名单, with bands) and a bar
 * chart of the scored applicants' totals with the threshold line; the applicants that were not
 * scored, with the gates, vetoes or data issues that stopped them; and, for every applicant, a
 * collapsible explanation (`explain` and `narrate`) with a chart of its dimension scores against
 * the benchmark lines and the floors, and a chart of each indicator's published contribution. An
 * applicant with notices is marked ⚠ in the list for public notice and in its explanation, which
 * starts with the notices.
 *
 * The page needs nothing else: no script, font, image or network request (a Content Security
 * Policy forbids them), inline CSS and SVG only, a print style sheet. Every text from the model or
 * the batch is HTML-escaped, so a name such as `<script>…</script>` shows as text. The same report
 * and options give byte-identical output (no dates, no random ids).
 *
 * @param report - a report from `score`
 * @param options - `locale` (`'both'` by default), an optional `benchmark`, an optional `title`
 * @returns the HTML document, UTF-8 text
 * @throws {@link YoupinError} `invalid_value` at `['options', 'locale']` for another locale,
 *   `invalid_type` at `['options', 'title']`, or what `explain` throws for a report it cannot read
 * @example
 * ```ts
 * import { defineModel, score, toHtml } from 'youpin';
 * const model = defineModel({
 *   id: 'demo', version: '1', name: { zh: '示例', en: 'Demo' },
 *   tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
 *     { id: 'I', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' } },
 *   ] },
 *   profile: { weights: { Q: 0.6, I: 0.4 } },
 *   sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
 *   selection: { threshold: 70 },
 * });
 * const report = score(model, [
 *   { id: 'A', name: '<script>alert(1)</script>', sector: 'food', values: { Q: 90, I: 80 } },
 * ]);
 * const html = toHtml(report, { locale: 'en' });
 * html.startsWith('<!DOCTYPE html>'); // → true
 * html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'); // → true
 * html.includes('<script'); // → false
 * ```
 */
export function toHtml(report: Report, options: ToHtmlOptions = {}): string {
  checkReport(report);
  // null as no options, as a service forwarding a JSON field may pass it.
  options ??= {};
  const { locale, title: given } = readOptions(options);
  const def = report.definition;
  const benchmark = options.benchmark;
  /** A label as HTML: both languages side by side, the English one marked `lang="en"`. */
  const t = (label: Label): string =>
    locale === 'both' && label.zh !== label.en
      ? `${esc(label.zh)} <span lang="en">${esc(label.en)}</span>`
      : esc(pick(label, locale));
  const name = (e: Pick<EntityResult, 'name'>): string => {
    if (e.name === null) return '';
    return typeof e.name === 'string' ? esc(e.name) : t(e.name);
  };
  const title = given ?? `${pick(def.name, locale)} — ${pick(H.results, locale)}`;
  const scaleMin = Number(report.scale.min);
  const scaleMax = Number(report.scale.max);
  const sel = def.selection;
  const threshold = sel?.threshold === undefined ? null : String(sel.threshold);
  const shared = sharedParts('part-');
  // Every applicant is explained below; one the fast path decided is recomputed exactly there.
  const summary =
    (options.detail ?? (report.entities.length >= HTML_SUMMARY_FROM ? 'summary' : 'full')) ===
    'summary';
  const explanations = new Map<number, Explanation>();
  const toExplain = summary ? 0 : report.entities.filter((e) => e.id !== null).length;
  const step = Math.max(1, Math.ceil(toExplain / 100));
  const explanationOf = (e: EntityResult): Explanation | null => {
    if (e.id === null) return null;
    const found = explanations.get(e.index);
    if (found) return found;
    const made = explain(report, e.id, benchmark ? { benchmark } : {});
    explanations.set(e.index, made);
    if (explanations.size % step === 0 || explanations.size === toExplain)
      options.onProgress?.(explanations.size, toExplain);
    return made;
  };

  const notices = noticesOf(report);
  const noticesOfEntity = new Map(notices.entities.map((e) => [e.index, e.notices]));
  /** ⚠ linking to the applicant's explanation, with the notices' titles as a tooltip. */
  const warn = (e: EntityResult): string => {
    const list = noticesOfEntity.get(e.index);
    if (!list) return '';
    const titles = list.map((n) => pick(n.title, locale)).join('; ');
    const target = summary ? 'notices' : `entity-${e.index}`;
    return ` <a class="warn" href="#${target}" title="${esc(titles)}">⚠</a>`;
  };
  /** The notices of an applicant as a list: what each is, then its message. */
  const noticeList = (list: readonly Notice[]): string =>
    `<ul class="notices">${list.map((n) => `<li><b>${t(n.title)}</b>: ${t(n.message)}</li>`).join('')}</ul>`;

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="youpin">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(title)}</h1>`,
  );
  const meta = [`${t(TEXT.model)}: ${esc(report.model.id)} ${esc(report.model.version)}`];
  if (report.evaluationDate) meta.push(`${t(TEXT.evaluationDate)}: ${esc(report.evaluationDate)}`);
  out.push(`<p class="meta">${meta.join(' · ')}</p>`);
  if (def.provenance?.status === 'proposed') out.push(`<p class="note">${t(TEXT.proposed)}</p>`);
  out.push('</header>');

  // Table of contents: in-page anchors only.
  out.push('<nav><ul>');
  if (notices.entities.length > 0)
    out.push(`<li><a href="#notices">⚠ ${t(TEXT.noticesHeading)}</a></li>`);
  def.sectors.forEach((s, i) => {
    out.push(`<li><a href="#sector-${i}">${t(s.label)}</a></li>`);
  });
  out.push(
    `<li><a href="#not-scored">${t(H.notScored)}</a></li>`,
    `<li><a href="#details">${t(H.details)}</a></li>`,
    '</ul></nav>',
  );

  // Counts.
  const c = report.counts;
  const counts: Array<[Label, number, string]> = [
    [TEXT.entities, c.entities, 'all'],
    [STATUS.scored, c.scored, 'scored'],
    [STATUS.ineligible, c.ineligible, 'ineligible'],
    [STATUS.vetoed, c.vetoed, 'vetoed'],
    [STATUS.invalid, c.invalid, 'invalid'],
    [TEXT.selected, c.selected, 'selected'],
  ];
  out.push(`<section class="counts" aria-label="${esc(pick(H.counts, locale))}"><dl>`);
  for (const [label, count, key] of counts)
    out.push(`<div class="count ${key}"><dt>${t(label)}</dt><dd>${count}</dd></div>`);
  out.push('</dl></section>');

  // Notices that need action before publication: near the top, each applicant linked.
  if (notices.entities.length > 0) {
    out.push(
      `<section class="notices" id="notices"><h2>⚠ ${t(TEXT.noticesHeading)}</h2>`,
      `<ul class="notice-summary">${notices.summary.map((line) => `<li>${t(line)}</li>`).join('')}</ul>`,
      `<table class="notices"><thead><tr><th>${t(TEXT.id)}</th><th>${t(TEXT.name)}</th><th>${t(TEXT.sector)}</th><th>${t(TEXT.notices)}</th></tr></thead><tbody>`,
    );
    for (const e of notices.entities) {
      const sector = sectorLabel(def, e.sector);
      out.push(
        `<tr data-id="${esc(e.id ?? '')}"><td><a href="#entity-${e.index}">${esc(e.id ?? `#${e.index}`)}</a></td><td>${name(e)}</td><td>${sector ? t(sector) : ''}</td><td>${noticeList(e.notices)}</td></tr>`,
      );
    }
    out.push('</tbody></table></section>');
  }

  // Selection rules and the benchmark.
  const rules: string[] = [];
  if (threshold !== null) rules.push(`<li>${t(TEXT.threshold)}: <b>${esc(threshold)}</b></li>`);
  const floors = Object.entries(sel?.floors ?? {});
  if (floors.length > 0) {
    const list = floors.map(([id, min]) => `${t(nodeLabel(def, id))} ${esc(String(min))}`);
    rules.push(`<li>${t(TEXT.floors)}: ${list.join(', ')}</li>`);
  }
  if (sel?.bands && sel.bands.length > 0) {
    const list = sel.bands.map((b) => `${t(b.label)} ≥ ${esc(String(b.min))}`);
    rules.push(`<li>${t(TEXT.bands)}: ${list.join(', ')}</li>`);
  }
  if (benchmark) {
    const lines = benchmark.lines.map(
      (line) => `${t(nodeLabel(def, line.node))} ≥ ${esc(String(line.min))}`,
    );
    const proposed = benchmark.lines.some((line) => line.provenance.status === 'proposed');
    rules.push(
      `<li>${t(H.benchmark)} ${t(benchmark.name)}: ${lines.join(', ')}${proposed ? ` <small>(${t(H.proposedLines)})</small>` : ''}</li>`,
    );
  }
  if (rules.length > 0)
    out.push(`<section class="rules"><h2>${t(H.rules)}</h2><ul>${rules.join('')}</ul></section>`);

  // Per sector: the list for public notice, then the chart of totals.
  def.sectors.forEach((sector, i) => {
    const rows = ranked(report, sector.id);
    const applied = report.entities.filter((e) => e.sector === sector.id).length;
    const selected = rows.filter((e) => e.selection?.selected);
    const quota = own(sel?.quotas, sector.id);
    out.push(
      `<section class="sector" id="sector-${i}" data-sector="${esc(sector.id)}">`,
      `<h2>${t(sector.label)}</h2>`,
      `<p class="meta">${t(TEXT.entities)} ${applied} · ${t(STATUS.scored)} ${rows.length} · ${t(TEXT.selected)} ${selected.length}${quota === undefined ? '' : ` / ${t(TEXT.quota)} ${quota}`}</p>`,
    );
    if (sel) {
      out.push(`<h3>${t(H.publicList)}</h3>`);
      if (selected.length === 0) out.push(`<p class="empty">${t(TEXT.noneSelected)}</p>`);
      else {
        out.push(
          `<table class="public-list" data-sector="${esc(sector.id)}"><thead><tr><th class="num">${t(TEXT.rank)}</th><th>${t(TEXT.id)}</th><th>${t(TEXT.name)}</th><th class="num">${t(TEXT.total)}</th><th>${t(TEXT.band)}</th></tr></thead><tbody>`,
        );
        for (const e of selected) {
          out.push(
            `<tr data-id="${esc(e.id)}"><td class="num">${e.rank.sector}</td><td>${summary ? esc(e.id) : `<a href="#entity-${e.index}">${esc(e.id)}</a>`}</td><td>${name(e)}${warn(e)}</td><td class="num">${esc(e.total)}</td><td>${e.selection?.band ? t(e.selection.band.label) : ''}</td></tr>`,
          );
        }
        out.push('</tbody></table>');
      }
    }
    out.push(`<h3>${t(H.totals)}</h3>`);
    if (rows.length === 0) out.push(`<p class="empty">${t(TEXT.noneScored)}</p>`);
    else out.push(totalsFigure(rows, sector.id, pick(sector.label, locale)));
    out.push('</section>');
  });

  if (options.sensitivity) out.push(robustness(options.sensitivity));

  // Not scored: why, with the explanation's sentences.
  const lists: ReadonlyArray<Exclude<EntityStatus, 'scored'>> = ['ineligible', 'vetoed', 'invalid'];
  out.push(`<section id="not-scored"><h2>${t(H.notScored)}</h2>`);
  for (const status of lists) {
    const entities = report.entities.filter((e) => e.status === status);
    out.push(`<h3>${t(STATUS[status])} <small>(${entities.length})</small></h3>`);
    if (entities.length === 0) continue;
    out.push(`<ul class="not-scored ${status}">`);
    for (const e of entities) {
      const why = whyNotScored(report, e)
        .map((w) => {
          const unknown = w.unknown ? ` <small>(${t(TEXT.cannotCheck)})</small>` : '';
          if (w.at !== undefined) return `${t(w.label)} <code>${esc(w.id)} @ ${esc(w.at)}</code>`;
          return `<b>${esc(w.id)}</b> ${t(w.label)}${unknown}`;
        })
        .join('; ');
      const head = `<b>${e.id === null ? `#${e.index}` : esc(e.id)}</b> ${name(e)}: ${why}`;
      if (summary) {
        out.push(`<li id="entity-${e.index}" data-id="${esc(e.id ?? '')}">${head}</li>`);
        continue;
      }
      const x = explanationOf(e);
      out.push(
        `<li id="entity-${e.index}" data-id="${esc(e.id ?? '')}"><details><summary>${head}</summary>${x ? narration(x) : ''}</details></li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');

  // Details of every scored applicant, by sector and rank (a summary page says where they are).
  out.push(`<section id="details"><h2>${t(H.details)}</h2>`);
  if (summary)
    out.push(`<p class="note">${t(TEXT_SUMMARY.detailsElsewhere(report.entities.length))}</p>`);
  for (const sector of summary ? [] : def.sectors) {
    const rows = ranked(report, sector.id);
    if (rows.length === 0) continue;
    out.push(`<h3>${t(sector.label)}</h3>`);
    for (const e of rows) {
      const x = explanationOf(e);
      const s = e.selection;
      const badge = s
        ? `<span class="badge ${s.selected ? 'yes' : 'no'}">${s.selected ? t(TEXT.selected) : esc(reasonText(report, e, locale))}${s.band ? ` · ${t(s.band.label)}` : ''}</span>`
        : '';
      const own = noticesOfEntity.get(e.index);
      const flag = own
        ? ` <span class="badge warn">⚠ ${own.map((n) => t(n.title)).join(' · ')}</span>`
        : '';
      out.push(
        `<details class="entity" id="entity-${e.index}" data-id="${esc(e.id)}"><summary><span class="rank">${e.rank.sector}</span> <b>${esc(e.id)}</b> ${name(e)} <span class="total">${esc(e.total)}</span> ${badge}${flag}</summary><div class="body">`,
      );
      if (own) out.push(noticeList(own));
      if (x) out.push(dimensionFigure(x), narration(x), contributionFigure(x));
      out.push('</div></details>');
    }
  }
  out.push('</section>');

  out.push(
    shared.render(),
    `<footer>${t(H.made)} · ${esc(report.model.id)} ${esc(report.model.version)}</footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');

  /** The sentences of `narrate`, in the page's language(s). */
  function narration(x: Explanation): string {
    const langs: Array<'zh-CN' | 'en'> = locale === 'both' ? ['zh-CN', 'en'] : [locale];
    return langs
      .map((lang) => {
        const items = narrate(x, { locale: lang }).map((s) => `<li>${esc(s)}</li>`);
        return `<ul class="narration" lang="${lang}">${items.join('')}</ul>`;
      })
      .join('');
  }

  /** Rank intervals per sector from a sensitivity analysis of the same model and batch. */
  function robustness(result: SensitivityResult): string {
    if (result.model.id !== report.model.id || result.model.version !== report.model.version)
      throw new YoupinError([
        makeToolIssue('unknown_node', ['options', 'sensitivity', 'model'], {
          id: `${result.model.id}@${result.model.version}`,
        }),
      ]);
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    const parts = [`<section id="robustness"><h2>${t(H.robustness)}</h2>`];
    const spec = [`seed ${String(result.seed)}`, `${result.draws} draws`];
    parts.push(
      `<p class="note">${t(H.robustnessNote)} <small>(${esc(spec.join(', '))})</small></p>`,
    );
    for (const sector of def.sectors) {
      const rows = report.entities
        .filter(
          (e): e is ScoredEntity =>
            e.status === 'scored' && e.sector === sector.id && !!byId.get(e.id)?.sectorRank,
        )
        .sort((a, b) => a.rank.sector - b.rank.sector)
        .map((e) => ({
          label: `${e.id} ${nameOf(e.name, locale === 'en' ? 'en' : 'zh-CN')}`,
          entity: byId.get(e.id) as SensitivityResult['entities'][number],
        }));
      if (rows.length === 0) continue;
      parts.push(
        `<h3>${t(sector.label)}</h3><figure>`,
        rankIntervalChart(
          rows,
          `${pick(sector.label, locale)} — ${pick(H.robustness, locale)}`,
          pick(H.robustnessAxis, locale),
          `data-sector="${esc(sector.id)}"`,
        ),
        '</figure>',
      );
    }
    parts.push('</section>');
    return parts.join('');
  }

  /** The chart of a sector's totals, with the threshold and the selected bars highlighted. */
  function totalsFigure(rows: readonly ScoredEntity[], sector: string, label: string): string {
    if (rows.length > BARS_UP_TO) return histogram(rows, sector, label);
    const totals = rows.map((e) => Number(e.total));
    const min = totals.reduce((a, v) => Math.min(a, v), scaleMin);
    const max = totals.reduce((a, v) => Math.max(a, v), scaleMax);
    const labelWidth = 250;
    const bars: BarRow[] = rows.map((e) => {
      const full = nameOf(e.name, locale === 'en' ? 'en' : 'zh-CN');
      const selected = e.selection?.selected === true;
      const reached = threshold !== null && Number(e.total) >= Number(threshold);
      return {
        label: truncate(`${e.id} ${full}`, labelWidth - 14, 12),
        value: Number(e.total),
        text: e.total,
        tone: selected ? 'sel' : reached ? 'cand' : 'out',
        title: `${e.id} ${nameOf(e.name, locale)}: ${e.total} — ${reasonText(report, e, locale)}`,
        attrs: `data-id="${esc(e.id)}" data-selected="${selected}"`,
      };
    });
    const svg = barChart({
      tone: 'chart totals',
      title: `${label} — ${pick(H.totals, locale)}`,
      attrs: `data-sector="${esc(sector)}"`,
      rows: bars,
      min,
      max,
      labelWidth,
      lines:
        threshold === null
          ? []
          : [
              {
                value: Number(threshold),
                tone: 'threshold',
                color: '#cf222e',
                label: `${pick(TEXT.threshold, locale)} ${threshold}`,
              },
            ],
    });
    const legend = [
      `<span class="key sel"></span>${t(H.selectedTone)}`,
      ...(threshold === null
        ? []
        : [
            `<span class="key cand"></span>${t(H.candidateTone)}`,
            `<span class="key out"></span>${t(H.belowTone)}`,
            `<span class="key threshold"></span>${t(TEXT.threshold)} ${esc(threshold)}`,
          ]),
    ];
    return `<figure>${svg}<figcaption>${legend.join(' ')}</figcaption></figure>`;
  }

  /**
   * The distribution of a big sector's totals: how many applicants in each tenth of the range,
   * and how many of them were selected (a bar per applicant would grow the page by ~300 bytes each).
   */
  function histogram(rows: readonly EntityResult[], sector: string, label: string): string {
    const bins = 10;
    const lo = scaleMin;
    const width = (scaleMax - scaleMin) / bins;
    const counts = Array.from({ length: bins }, () => ({ all: 0, selected: 0 }));
    for (const e of rows) {
      const k = Math.min(bins - 1, Math.max(0, Math.floor((Number(e.total) - lo) / width)));
      const bin = counts[k] as { all: number; selected: number };
      bin.all++;
      if (e.selection?.selected) bin.selected++;
    }
    const most = counts.reduce((a, b) => Math.max(a, b.all), 0);
    const edge = (k: number) => String(Number((lo + k * width).toFixed(6)));
    const bars: BarRow[] = counts
      .map((bin, k) => ({ bin, k }))
      .reverse()
      .map(({ bin, k }) => ({
        label: `${edge(k)}–${edge(k + 1)}`,
        value: bin.all,
        text: bin.selected > 0 ? `${bin.all} (${bin.selected} ✓)` : String(bin.all),
        tone:
          bin.selected > 0
            ? 'sel'
            : threshold !== null && Number(edge(k + 1)) > Number(threshold)
              ? 'cand'
              : 'out',
        title: `${edge(k)}–${edge(k + 1)}: ${bin.all}`,
        attrs: `data-bin="${k}"`,
      }));
    const svg = barChart({
      tone: 'chart totals histogram',
      title: `${label} — ${pick(H.totals, locale)}`,
      attrs: `data-sector="${esc(sector)}"`,
      rows: bars,
      min: 0,
      max: Math.max(1, most),
      labelWidth: 120,
      valueWidth: 110,
    });
    return `<figure>${svg}<figcaption>${t(TEXT_SUMMARY.histogram)}</figcaption></figure>`;
  }

  /** The dimension scores against the benchmark lines and the floors. */
  function dimensionFigure(x: Explanation): string {
    const dims = x.nodes.filter((n) => n.depth === 1);
    if (dims.length === 0) return '';
    const lineOf = (id: string) => x.benchmark?.find((b) => b.node === id);
    const rows: BarRow[] = dims.map((d) => {
      const line = lineOf(d.id);
      const floor = own(x.floors, d.id);
      const marks: Array<{ value: number; tone: string; paint: string }> = [];
      if (floor !== undefined) marks.push({ value: Number(floor), tone: 'floor', paint: FLOOR });
      if (line) marks.push({ value: Number(line.line), tone: 'bench', paint: BENCH });
      return {
        ...labels(d.label, d.id),
        value: d.score === null ? null : Number(d.score),
        text: d.score ?? '—',
        tone: line?.passed === false ? 'below' : 'dim',
        attrs: `data-node="${esc(d.id)}"`,
        marks,
      };
    });
    const svg = barChart(
      {
        tone: 'chart dimensions',
        title: `${x.entity.id ?? ''} — ${pick(H.dimensions, locale)}`,
        rows,
        min: Math.min(scaleMin, ...rows.map((r) => r.value ?? scaleMin)),
        max: Math.max(scaleMax, ...rows.map((r) => r.value ?? scaleMax)),
        labelWidth: 200,
      },
      shared,
    );
    const legend = [
      `<span class="key dim"></span>${t(H.dimensions)}`,
      ...(x.benchmark
        ? [
            `<span class="key below"></span>${t(H.belowBenchmark)}`,
            `<span class="key bench"></span>${t(H.benchmarkLine)}${benchmark ? ` (${t(benchmark.name)})` : ''}`,
          ]
        : []),
      ...(Object.keys(x.floors).length > 0
        ? [`<span class="key floor"></span>${t(H.floorLine)}`]
        : []),
    ];
    return `<figure><figcaption class="title">${t(H.dimensions)}</figcaption>${svg}<figcaption>${legend.join(' ')}</figcaption></figure>`;
  }

  /** Each leaf's published contribution against the most it could add, grouped by dimension. */
  function contributionFigure(x: Explanation): string {
    const title = `<figcaption class="title">${t(H.contributions)}</figcaption>`;
    if (x.nodes.every((n) => n.kind !== 'leaf' || n.contribution === null))
      return `<figure>${title}<p class="empty">${t(H.notAdditive)}</p></figure>`;
    const byId = new Map(x.nodes.map((n) => [n.id, n]));
    const dimensionOf = (n: NodeExplanation): NodeExplanation => {
      let at = n;
      while (at.depth > 1 && at.parent !== null) at = byId.get(at.parent) ?? at;
      return at;
    };
    const dims = x.nodes.filter((n) => n.depth === 1);
    const rows: BarRow[] = [];
    dims.forEach((d, i) => {
      const leaves = x.nodes.filter(
        (n) => n.kind === 'leaf' && n.contribution !== null && dimensionOf(n).id === d.id,
      );
      if (leaves.length === 0) return;
      const dimLabel = pick(d.label, locale);
      rows.push({
        label: `${dimLabel} ${d.id}`,
        value: null,
        text: `${d.contribution ?? '—'} / ${rounded(d.maximum)}`,
        tone: '',
        heading: true,
      });
      for (const leaf of leaves) {
        const label = labels(leaf.label, leaf.id);
        rows.push({
          ...label,
          value: Number(leaf.contribution),
          back: Number(leaf.maximum),
          text: `${leaf.contribution} / ${rounded(leaf.maximum)}`,
          tone: `d${i % 6}`,
        });
      }
    });
    const leafRows = rows.filter((r) => !r.heading);
    const svg = barChart(
      {
        tone: 'chart contributions',
        title: `${x.entity.id ?? ''} — ${pick(H.contributions, locale)}`,
        rows,
        min: 0,
        max: Math.max(...leafRows.map((r) => Math.max(r.back ?? 0, r.value ?? 0)), 0),
        labelWidth: 330,
        valueWidth: 96,
      },
      shared,
    );
    return `<figure>${title}${svg}<figcaption>${t(H.contributionNote)}</figcaption></figure>`;
  }

  /** A chart label: `id label` (Chinese, or English), with the English one under it in `both`. */
  function labels(label: Label, id: string): { label: string; sub?: string } {
    if (locale === 'both' && label.zh !== label.en)
      return { label: `${id} ${label.zh}`, sub: label.en };
    return { label: `${id} ${pick(label, locale)}` };
  }

  /** An exact figure rounded as the report publishes. */
  function rounded(exact: string): string {
    return roundForPublication(new Dec(exact), report.rounding);
  }
}

// Marks on the dimension chart (drawn through <use>, so styled by attributes, not CSS).
const BENCH = 'stroke="#8250df" stroke-width="2.5"';
const FLOOR = 'stroke="#59636e" stroke-width="1.5" stroke-dasharray="2 2"';

const CSS = /* @__PURE__ */ (() =>
  `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--sel:#1f6feb;--cand:#8fb8f0;--out:#c9d1d9;--thr:#cf222e;--bench:#8250df;--below:#d4a72c;--dim:#2da44e;color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:980px;padding:24px 20px 48px;color:var(--ink);background:#fff;font:14px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 6px;padding-bottom:4px;border-bottom:2px solid var(--line)}h3{font-size:15px;margin:20px 0 6px}
[lang=en]{color:var(--muted)}h1 [lang=en],h2 [lang=en],h3 [lang=en]{font-weight:500}
.meta{color:var(--muted);margin:2px 0}.note{display:inline-block;margin:6px 0;padding:2px 10px;border-left:3px solid var(--below);background:#fff8c5}
nav ul{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;padding:0;margin:12px 0}a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
.counts dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;margin:16px 0}.count{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.count dt{font-size:12px;color:var(--muted)}.count dd{margin:0;font-size:22px;font-weight:600}.count.selected dd{color:var(--sel)}
.rules ul{margin:4px 0;padding-left:20px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{font-size:12px;background:#f6f8fa}.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:8px 0 16px}figcaption{font-size:12px;color:var(--muted)}figcaption.title{font-size:13px;font-weight:600;color:var(--ink)}
svg.chart{display:block;max-width:100%;height:auto;font-size:12px}
svg .value{font-size:11px;font-variant-numeric:tabular-nums;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}svg .value.head{font-weight:600;font-size:12px}
svg .bar{fill:var(--out)}svg .bar.sel{fill:var(--sel)}svg .bar.cand{fill:var(--cand)}svg .bar.dim{fill:var(--dim)}svg .bar.below{fill:var(--below)}
svg .bar.d0{fill:#1f6feb}svg .bar.d1{fill:#8250df}svg .bar.d2{fill:#bf3989}svg .bar.d3{fill:#bc4c00}svg .bar.d4{fill:#2da44e}svg .bar.d5{fill:#0a7d8c}
.key{display:inline-block;width:12px;height:10px;margin:0 4px 0 10px;vertical-align:-1px;background:var(--out)}.key.sel{background:var(--sel)}.key.cand{background:var(--cand)}
.key.threshold{height:0;border-top:2px dashed var(--thr)}.key.dim{background:var(--dim)}.key.below{background:var(--below)}.key.bench{width:3px;background:var(--bench)}.key.floor{width:0;border-left:2px dotted var(--muted)}
details{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 10px}summary{cursor:pointer;padding:2px 0}details[open]>summary{border-bottom:1px solid var(--line);margin-bottom:6px}
.rank{display:inline-block;min-width:2em;color:var(--muted);text-align:right}.total{font-weight:600;font-variant-numeric:tabular-nums}
.badge{font-size:12px;border-radius:10px;padding:1px 8px;background:#eaeef2;color:var(--muted)}.badge.yes{background:#ddf4ff;color:#0550ae}.badge.warn{background:#fff8c5;color:#7d4e00}
section.notices{margin:16px 0;padding:4px 14px 8px;border-left:4px solid var(--below);background:#fff8c5}section.notices h2{margin-top:8px;border-bottom-color:#eac54f}section.notices th{background:#fff1b3}
ul.notices{margin:4px 0;padding-left:18px}a.warn{color:#9a6700;font-weight:600}
ul.not-scored{list-style:none;padding:0}ul.not-scored details{border:0;border-bottom:1px solid var(--line);border-radius:0;margin:0}
.narration{margin:6px 0;padding-left:20px}.empty{color:var(--muted);font-style:italic}code{font-size:12px;background:#f6f8fa;padding:0 4px;border-radius:4px}
footer{margin-top:40px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);font-size:12px}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:11px}.counts dl{grid-template-columns:repeat(6,1fr)}nav{display:none}a{color:inherit}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}section.sector{break-before:page}figure,tr,details{break-inside:avoid}h2,h3{break-after:avoid}summary{list-style:none}}
`
    .trim()
    .replace(/\n/g, ''))();
