import { esc } from '../report/_escape.js';
import { checkRegister } from './_checkRegister.js';
import { statusOn } from './statusOn.js';
import type { Register, Title, TitleStatus } from './types.js';

/** Options of {@link toRegisterHtml}. */
export interface RegisterHtmlOptions {
  /** The day of the list (YYYY-MM-DD): each title's status on it. */
  readonly asOf: string;
  /** The page's heading, in both languages (default 称号名录 · Register of titles). */
  readonly title?: { readonly zh: string; readonly en: string } | undefined;
}

const ORDER: readonly TitleStatus[] = [
  'active',
  'rectification',
  'suspended',
  'renewed',
  'expired',
  'revoked',
];
const WORDS: Readonly<Record<TitleStatus, readonly [string, string]>> = {
  active: ['有效', 'Active'],
  rectification: ['整改中', 'Under rectification'],
  suspended: ['暂停使用', 'Suspended'],
  renewed: ['已续期（以新称号为准）', 'Renewed (see the new title)'],
  expired: ['已届满', 'Expired'],
  revoked: ['已撤销', 'Revoked'],
};

/**
 * The register as one offline HTML page for public notice (公示): the titles grouped by their status
 * on a day — active, under rectification, renewed, expired, revoked —, each with its holder, name,
 * sector, edition, award date, last day of validity and its last change, in Chinese and English.
 * No script, no request (a strict Content-Security-Policy); every text escaped.
 *
 * @param registry - the register
 * @param options - `asOf`: the day of the list; `title`: the heading
 * @returns the page
 * @throws YoupinError `not_a_register`, `bad_check_date`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, register, toRegisterHtml } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const page = toRegisterHtml(register([makeEdition(liaocheng2024, rows, { id: '2024' })]), { asOf: '2024-07-01' });
 * page.includes('有效 · Active (20)'); // → true
 * ```
 */
export function toRegisterHtml(registry: Register, options: RegisterHtmlOptions): string {
  checkRegister(registry, options?.asOf);
  const asOf = options.asOf;
  const title = options.title ?? { zh: '称号名录', en: 'Register of titles' };
  const groups = new Map<TitleStatus, Title[]>();
  for (const t of registry.titles) {
    const status = statusOn(t, asOf);
    if (status === null) continue;
    groups.set(status, [...(groups.get(status) ?? []), t]);
  }
  const name = (t: Title) =>
    t.name === null ? '' : typeof t.name === 'string' ? t.name : `${t.name.zh} · ${t.name.en}`;
  const sections = ORDER.filter((s) => groups.has(s)).map((status) => {
    const titles = groups.get(status) as Title[];
    const [zh, en] = WORDS[status];
    const rows = titles.map((t) => {
      const last = [...t.history].reverse().find((h) => h.date <= asOf);
      return `<tr><td>${esc(t.holder)}</td><td>${esc(name(t))}</td><td>${esc(t.sector)}</td><td>${esc(t.edition)}</td><td>${esc(t.awarded)}</td><td>${esc(t.validUntil)}</td><td>${esc(last?.messageZh ?? '')}<br><span lang="en">${esc(last?.message ?? '')}</span></td></tr>`;
    });
    return `<section><h2>${esc(zh)} · ${esc(en)} (${titles.length})</h2><table><thead><tr><th>编号 ID</th><th>名称 Name</th><th>行业 Sector</th><th>届次 Edition</th><th>授予日期 Awarded</th><th>有效期至 Valid until</th><th>最近变化 Last change</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${esc(title.zh)} · ${esc(title.en)} ${esc(asOf)}</title>`,
    '<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f5f5f5}span[lang=en]{color:#666}</style>',
    '</head><body>',
    `<h1>${esc(title.zh)} · ${esc(title.en)}</h1>`,
    `<p>截至 ${esc(asOf)}，共 ${registry.titles.length} 项称号 · ${registry.titles.length} titles as of ${esc(asOf)}</p>`,
    ...sections,
    '</body></html>',
  ].join('\n');
}
