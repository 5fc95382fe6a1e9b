import { checkReport } from '../error/checkArgument.js';
import { own } from '../numeric/own.js';
import type { EntityResult, EntityStatus, Report } from '../score/types.js';
import {
  dimensions,
  type Locale,
  nameOf,
  nodeLabel,
  pick,
  ranked,
  readOptions,
  reasonText,
  STATUS,
  scoreOf,
  sectorLabel,
  TEXT,
  whyNotScored,
} from './_text.js';
import { noticesOf } from './noticesOf.js';

/** Options of `toMarkdown`. */
export interface ToMarkdownOptions {
  /** The language of headings and labels; default `'both'` (中文 English). */
  readonly locale?: 'zh-CN' | 'en' | 'both' | undefined;
}

/**
 * Text from the data, made inert: Markdown and HTML special characters are backslash-escaped
 * (CommonMark escapes any ASCII punctuation), and line breaks become spaces so a table row holds.
 */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&#$!]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

/**
 * Renders a report as Markdown: a heading, the counts and the selection rules, the notices that
 * need action before publication (`noticesOf`: a summary, then a table of the applicants with
 * their messages; left out when there is none), a ranked table of the scored entities of each
 * sector (rank, id — marked ⚠ when it has notices —, name, total, dimension scores, band,
 * selected or why not), then the entities that are ineligible, vetoed or invalid, each with its
 * reasons (the labels of the failed gates and fired vetoes, or the data issues).
 *
 * Every text that comes from the model or the batch (names, ids, labels) is escaped: `|`, `*`,
 * `_`, backticks, `<`, `>` and the other Markdown punctuation are backslash-escaped, so a name
 * cannot break a table or inject HTML.
 *
 * @param report - a report from `score`
 * @param options - `locale`: `'zh-CN'`, `'en'` or `'both'` (default)
 * @returns the Markdown text, lines ending in `\n`
 * @throws {@link YoupinError} `invalid_value` at `['options', 'locale']` for another locale
 * @example
 * ```ts
 * import { defineModel, score, toMarkdown } from 'youpin';
 * const model = defineModel({
 *   id: 'demo', version: '1', name: { zh: '示例', en: 'Demo' },
 *   tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
 *     { id: 'I', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' } },
 *   ] },
 *   profile: { weights: { Q: 0.6, I: 0.4 } },
 *   sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
 *   selection: { threshold: 70, bands: [{ id: 'fair', label: { zh: '中', en: 'Fair' }, min: 50 }] },
 * });
 * const report = score(model, [
 *   { id: 'A', name: 'A|*Co*', sector: 'food', values: { Q: 90, I: 80 } },
 *   { id: 'B', name: '<b>', sector: 'food', values: { Q: 50, I: 60 } },
 * ]);
 * const lines = toMarkdown(report, { locale: 'en' }).split('\n');
 * lines[0]; // → '# Demo'
 * lines.find((l) => l.startsWith('| 1 | A |')); // → '| 1 | A | A\\|\\*Co\\* | 86.00 | 90.00 | 80.00 | Fair | ✓ |'
 * lines.find((l) => l.startsWith('| 2 | B |')); // → '| 2 | B | \\<b\\> | 54.00 | 50.00 | 60.00 | Fair | ✗ Below threshold |'
 * ```
 */
export function toMarkdown(report: Report, options: ToMarkdownOptions = {}): string {
  checkReport(report);
  const { locale } = readOptions(options);
  const t = (label: { zh: string; en: string }) => md(pick(label, locale));
  const def = report.definition;
  const dims = dimensions(def);
  const out: string[] = [];
  const row = (cells: readonly string[]) => out.push(`| ${cells.join(' | ')} |`);

  out.push(`# ${t(def.name)}`, '');
  const facts = [`${t(TEXT.model)}: ${md(report.model.id)} ${md(report.model.version)}`];
  if (report.evaluationDate) facts.push(`${t(TEXT.evaluationDate)}: ${md(report.evaluationDate)}`);
  out.push(facts.join(' · '), '');
  if (def.provenance?.status === 'proposed') out.push(`> ${t(TEXT.proposed)}`, '');

  const c = report.counts;
  row([
    t(TEXT.entities),
    t(STATUS.scored),
    t(STATUS.ineligible),
    t(STATUS.vetoed),
    t(STATUS.invalid),
    t(TEXT.selected),
  ]);
  row(Array(6).fill('---:'));
  row([c.entities, c.scored, c.ineligible, c.vetoed, c.invalid, c.selected].map(String));
  out.push('');

  const sel = def.selection;
  if (sel) {
    const rules: string[] = [];
    if (sel.threshold !== undefined)
      rules.push(`${t(TEXT.threshold)}: ${md(String(sel.threshold))}`);
    const floors = Object.entries(sel.floors ?? {});
    if (floors.length > 0) {
      const list = floors.map(([id, min]) => `${t(nodeLabel(def, id))} ${md(String(min))}`);
      rules.push(`${t(TEXT.floors)}: ${list.join(', ')}`);
    }
    if (sel.bands && sel.bands.length > 0) {
      const list = sel.bands.map((b) => `${t(b.label)} ≥ ${md(String(b.min))}`);
      rules.push(`${t(TEXT.bands)}: ${list.join(', ')}`);
    }
    if (rules.length > 0) out.push(rules.join(' · '), '');
  }

  const notices = noticesOf(report);
  if (notices.entities.length > 0) {
    out.push(`## ⚠ ${t(TEXT.noticesHeading)}`, '');
    for (const line of notices.summary) out.push(`- ${t(line)}`);
    out.push('');
    row([t(TEXT.id), t(TEXT.name), t(TEXT.sector), t(TEXT.notices)]);
    row(['---', '---', '---', '---']);
    for (const e of notices.entities) {
      const sector = sectorLabel(def, e.sector);
      row([
        md(e.id ?? `#${e.index}`),
        md(nameOf(e.name, locale)),
        sector ? t(sector) : '',
        e.notices.map((n) => md(pick(n.message, locale, ' · '))).join('; '),
      ]);
    }
    out.push('');
  }
  const flagged = new Set(notices.entities.map((e) => e.index));

  for (const sector of def.sectors) {
    const rows = ranked(report, sector.id);
    const applied = report.entities.filter((e) => e.sector === sector.id).length;
    const selected = rows.filter((e) => e.selection?.selected).length;
    const quota = own(sel?.quotas, sector.id);
    out.push(`## ${t(sector.label)}`, '');
    const counts = [
      `${t(TEXT.entities)} ${applied}`,
      `${t(STATUS.scored)} ${rows.length}`,
      `${t(TEXT.selected)} ${selected}${quota === undefined ? '' : ` / ${t(TEXT.quota)} ${quota}`}`,
    ];
    out.push(counts.join(' · '), '');
    if (rows.length === 0) {
      out.push(`_${t(TEXT.noneScored)}_`, '');
      continue;
    }
    row([
      t(TEXT.rank),
      t(TEXT.id),
      t(TEXT.name),
      t(TEXT.total),
      ...dims.map((d) => `${t(d.label)} ${md(d.id)}`),
      t(TEXT.band),
      t(TEXT.selected),
    ]);
    row(['---:', '---', '---', '---:', ...dims.map(() => '---:'), '---', '---']);
    for (const e of rows) {
      const s = e.selection;
      row([
        String(e.rank.sector),
        `${md(e.id)}${flagged.has(e.index) ? ' ⚠' : ''}`,
        md(nameOf(e.name, locale)),
        e.total,
        ...dims.map((d) => scoreOf(e, d.id) ?? ''),
        s?.band ? t(s.band.label) : '',
        s ? (s.selected ? '✓' : `✗ ${md(reasonText(report, e, locale))}`) : '',
      ]);
    }
    out.push('');
  }

  const lists: ReadonlyArray<Exclude<EntityStatus, 'scored'>> = ['ineligible', 'vetoed', 'invalid'];
  for (const status of lists) {
    const entities = report.entities.filter((e) => e.status === status);
    if (entities.length === 0) continue;
    out.push(`## ${t(STATUS[status])}`, '');
    for (const e of entities) out.push(`- ${who(e, locale)}: ${why(report, e, locale)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `**id** name`, or `#index` for a row without an id. */
function who(e: EntityResult, locale: Locale): string {
  const name = nameOf(e.name, locale);
  return `**${e.id === null ? `#${e.index}` : md(e.id)}**${name ? ` ${md(name)}` : ''}`;
}

/** The failed gates, fired vetoes or data issues, escaped, joined with `; `. */
function why(report: Report, e: EntityResult, locale: Locale): string {
  const reasons = whyNotScored(report, e).map((w) => {
    const label = md(pick(w.label, locale, ' · '));
    if (w.at !== undefined) return `${label} [${md(w.id)} @ ${md(w.at)}]`;
    const unknown = w.unknown ? ` (${md(pick(TEXT.cannotCheck, locale))})` : '';
    return `${md(w.id)} ${label}${unknown}`;
  });
  return reasons.length > 0 ? reasons.join('; ') : md(pick(STATUS[e.status], locale));
}
