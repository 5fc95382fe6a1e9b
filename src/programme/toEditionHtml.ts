import { type ToHtmlOptions, toHtml } from 'youpin';
import { esc } from '../report/_escape.js';
import { Dec } from './_decimal.js';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import { cultivationPool } from './cultivationPool.js';
import type { Edition, Register } from './types.js';

/** Options of {@link toEditionHtml}: `toHtml`'s, and the programme's state around the edition. */
export interface EditionHtmlOptions extends ToHtmlOptions {
  /** The register: the holders of titles awarded before this edition are the returning titles. */
  readonly register?: Register | undefined;
  /** Earlier editions: the cultivation pool is followed through them. */
  readonly editions?: readonly Edition[] | undefined;
}

/**
 * An edition's report as `toHtml` writes it, with a section of the programme around it (历届):
 * the returning titles (holders of a title in the register before it, and whether they were
 * selected again), the re-applications barred (with the revocation and the last day of the ban),
 * the titles at risk (selected within 5 points of a line), and the cultivation pool of this
 * edition (each member's gaps; who entered from an earlier edition's pool). One offline page,
 * every text escaped.
 *
 * @param edition - from `makeEdition`
 * @param options - `toHtml`'s options, `register` (before the edition) and earlier `editions`
 * @returns the page
 * @throws YoupinError `not_an_edition`, any issue of `toHtml`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, register, toEditionHtml } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const e2024 = makeEdition(liaocheng2024, rows, { id: '2024' });
 * const page = toEditionHtml(e2024, { register: register([e2024]) });
 * page.includes('id="programme"'); // → true
 * ```
 */
export function toEditionHtml(edition: Edition, options: EditionHtmlOptions = {}): string {
  if (edition?.format !== 'youpin.edition/1')
    throwProgrammeIssues([programmeIssue('not_an_edition', ['edition'])]);
  const { register: registry, editions = [], ...html } = options;
  const page = toHtml(edition.report, html);
  const report = edition.report;
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  const label = (zh: string, en: string) => `${esc(zh)} <span lang="en">${esc(en)}</span>`;
  const name = (n: unknown) =>
    n === null || n === undefined
      ? ''
      : typeof n === 'string'
        ? esc(n)
        : esc(`${(n as { zh: string }).zh} · ${(n as { en: string }).en}`);

  // Returning titles: holders of a title awarded before this edition (a later register will do).
  const before = (registry?.titles ?? []).filter((t) => t.awarded < edition.evaluationDate);
  const holders = [...new Map(before.map((t) => [t.holder, t])).values()];
  const returning = holders.map((t) => {
    const e = byId.get(t.holder);
    const outcome = !e
      ? label('未再申报', 'did not apply')
      : e.selection?.selected
        ? label('再次入选', 'selected again')
        : label(`未入选（${e.status}）`, `not selected (${e.status})`);
    return `<tr><td>${esc(t.holder)}</td><td>${name(t.name)}</td><td>${esc(t.edition)}</td><td>${esc(t.validUntil)}</td><td>${outcome}</td></tr>`;
  });
  // Re-applications barred: the automatic gate.
  const barred = report.entities.flatMap((e) => {
    const gate = e.eligibility.gates.find((g) => g.rule === 'reapplication_ban');
    if (!gate) return [];
    const facts = gate.facts as { revoked_on?: string; ban_until?: string };
    return [
      `<tr><td>${esc(String(e.id))}</td><td>${name(e.name)}</td><td>${esc(facts.revoked_on ?? '')}</td><td>${esc(facts.ban_until ?? '')}</td></tr>`,
    ];
  });
  // The pool of this edition, followed from the earlier ones.
  const pool = cultivationPool([...editions, edition]);
  const members = pool.editions.find((p) => p.edition === edition.id)?.members ?? [];
  const since = new Map(pool.paths.filter((p) => p.left === null).map((p) => [p.id, p.entered]));
  const poolRows = members.map(
    (m) =>
      `<tr><td>${esc(m.id)}</td><td>${name(m.name)}</td><td>${esc(m.total)}</td><td>${esc(m.reason)}</td><td>${esc(m.gaps.map((g) => `${g.target} +${roundUp(g.needed)}`).join(', '))}</td><td>${esc(since.get(m.id) ?? edition.id)}</td></tr>`,
  );
  const made = pool.paths.filter((p) => p.outcome === 'selected' && p.left === edition.id);
  const risky = (pool.editions.find((p) => p.edition === edition.id)?.atRisk ?? []).map(
    (r) =>
      `<tr><td>${esc(r.id)}</td><td>${name(r.name)}</td><td>${esc(r.total)}</td><td>${esc(r.cushions.map((c) => `${c.target} +${c.above}`).join(', '))}</td></tr>`,
  );
  const table = (head: string[], rows: string[]) =>
    rows.length === 0
      ? `<p>${label('无', 'none')}</p>`
      : `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const section = [
    `<section id="programme"><h2>${label(`历届：第 ${edition.id} 届`, `The programme: edition ${edition.id}`)}</h2>`,
    `<h3>${label('续期称号', 'Returning titles')} (${returning.length})</h3>`,
    table(
      [
        label('编号', 'ID'),
        label('名称', 'Name'),
        label('届次', 'Edition'),
        label('有效期至', 'Valid until'),
        label('本届', 'This edition'),
      ],
      returning,
    ),
    `<h3>${label('禁止再申报', 'Re-applications barred')} (${barred.length})</h3>`,
    table(
      [
        label('编号', 'ID'),
        label('名称', 'Name'),
        label('撤销日期', 'Revoked on'),
        label('禁止至', 'Barred until'),
      ],
      barred,
    ),
    `<h3>${label('称号风险', 'Titles at risk')} (${risky.length})</h3>`,
    table(
      [
        label('编号', 'ID'),
        label('名称', 'Name'),
        label('总分', 'Total'),
        label('高出各线', 'Above each line'),
      ],
      risky,
    ),
    `<h3>${label('培育库', 'Cultivation pool')} (${members.length})</h3>`,
    made.length > 0
      ? `<p>${label('由培育库入选', 'From the pool to the list')}: ${esc(made.map((p) => `${p.id} (${p.entered})`).join(', '))}</p>`
      : '',
    table(
      [
        label('编号', 'ID'),
        label('名称', 'Name'),
        label('总分', 'Total'),
        label('原因', 'Reason'),
        label('差距', 'Gaps'),
        label('入库届次', 'In the pool since'),
      ],
      poolRows,
    ),
    '</section>',
  ].join('\n');
  const at = page.lastIndexOf('<footer>');
  return at < 0 ? page : `${page.slice(0, at)}${section}\n${page.slice(at)}`;
}

/** Points still needed, to two decimals, rounded up: never shown as less than they are. */
function roundUp(needed: string): string {
  return new Dec(needed).toDecimalPlaces(2, Dec.ROUND_UP).toFixed(2);
}
