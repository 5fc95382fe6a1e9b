import type { EntityInput, EventInput, ExpertScore, Issue, PathSegment, ValueInput } from 'youpin';
import { closestName } from '../intake/closestName.js';
import { own } from '../numeric/own.js';
import {
  type Cell,
  cellText,
  isBlank,
  labelKey,
  numberText,
  put,
  readDate,
  splitList,
  type Table,
  type TableRow,
} from './_cells.js';
import { coverageIssues } from './_coverage.js';
import { identityOf, isRowNumber } from './_headers.js';
import { cellAt, LineRow } from './_lineRow.js';
import { type Locator, pathKey, tableLocator, tablePath } from './_locator.js';
import { makeNodeIssue } from './_messages.js';
import type { ModelIndex } from './_modelIndex.js';
import { seriesHeader } from './_seriesHeader.js';
import type { CellLocation, NodeIssueCode } from './types.js';

// Reads the applicants' table (one row per applicant) and, for a workbook, the long-format sheets
// of expert scores, events and yearly series. The format is documented in readBatch.ts and in
// docs/data-files.md.
//
// Headers are read once. Label headers depend on the row's sector, so the table is read through
// one plan per sector (which column gives which path, computed on the first row of that sector);
// the rows of a sector share it, and share its layout in the locator.

/** What the table reader gives back to readBatch. */
export interface TableBatch {
  readonly entities: EntityInput[];
  readonly issues: Issue[];
  /** What the reader decided that the user should know (the header row, the sheet): no problems. */
  readonly notices: Issue[];
  readonly locate: (path: readonly PathSegment[]) => CellLocation | null;
}

/** The optional sheets of a workbook. */
export interface ExtraTables {
  readonly panels?: Table | undefined;
  readonly events?: Table | undefined;
  readonly series?: Table | undefined;
}

/** What a column of the applicants' table gives. */
export type Target =
  | { readonly kind: 'id' | 'name' | 'nameZh' | 'nameEn' | 'sector'; readonly priority?: number }
  | { readonly kind: 'fact'; readonly name: string }
  | { readonly kind: 'series'; readonly name: string; readonly year: string }
  | {
      readonly kind: 'value' | 'verification';
      /** One leaf (the header is its id) or the leaves whose label the header is. */
      readonly leaves: readonly string[];
      readonly byLabel: boolean;
    }
  | { readonly kind: 'ignored' };

/** A column of the applicants' table and what its header names. */
export interface Column {
  readonly index: number;
  readonly header: string;
  readonly target: Target;
}

/** What one column does on the rows of one sector. */
export interface Step {
  readonly column: Column;
  /** The path below the entity that the column gives a value; null when it gives none. */
  readonly path: readonly PathSegment[] | null;
  readonly key: string;
  /** Set when a label header cannot be resolved in the sector (reported for non-blank cells). */
  readonly problem?: {
    readonly code: NodeIssueCode;
    readonly candidates: string;
  };
}

/** The reading of the rows of one sector. */
export interface Plan {
  readonly steps: readonly Step[];
  /** Path key → the first column that gives it: the locator's layout for the sector's rows. */
  readonly layout: ReadonlyMap<string, string>;
  /** Paths that two or more columns give (checked row by row for duplicates). */
  readonly contested: ReadonlySet<string>;
}

const VERIFICATION: Readonly<Record<string, 'passed' | 'failed' | 'pending'>> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'pending',
  通过: 'passed',
  已通过: 'passed',
  未通过: 'failed',
  不通过: 'failed',
  待核验: 'pending',
};

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A fact as a table gives it. */
export type EntityFact = string | boolean | readonly string[];

/** A row being read: what its cells have given so far. */
export interface Draft {
  id: string;
  sector: string;
  name: { plain?: string; zh?: string; en?: string };
  values: Record<string, ValueInput>;
  facts: Record<string, EntityFact>;
  series: Record<string, Record<string, string>>;
  verification: Record<string, string>;
  events: EventInput[];
  panels: Record<string, ExpertScore[]>;
}

/** Where the readers of one table put their issues and locations. */
export interface Context {
  readonly index: ModelIndex;
  readonly issues: Issue[];
  /** Notices (no problems): the header row found below a title, columns not used. */
  readonly notices: Issue[];
  readonly locator: Locator;
  /** Told the rows read so far of the applicants' table, every {@link PROGRESS_EVERY} rows and at its end. */
  readonly onRows?: ((rows: number, total: number) => void) | undefined;
}

/** How often (in rows) `onRows` is told: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 1000;

/** Reads the applicants' table and the extra sheets into entities, file issues and locations. */
export function readTable(
  main: Table,
  extras: ExtraTables,
  index: ModelIndex,
  file: string,
  onRows?: (rows: number, total: number) => void,
): TableBatch {
  const ctx: Context = { index, issues: [], notices: [], locator: tableLocator(file), onRows };
  const { drafts, columns } = readApplicants(main, ctx);
  const byId = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.id !== '' && !byId.has(d.id)) byId.set(d.id, i);
  });
  if (extras.panels) readPanels(extras.panels, drafts, byId, ctx);
  if (extras.events) readEvents(extras.events, drafts, byId, ctx);
  if (extras.series) readSeriesSheet(extras.series, drafts, byId, ctx);
  if (columns) {
    // What the model needs for the sectors in the file and no column gives: one problem each.
    const sectors = new Set(drafts.map((d) => d.sector).filter((s) => index.sectorIds.has(s)));
    // A workbook's sheets of expert scores and yearly series give leaves and series too.
    const given = {
      leaves: new Set(drafts.flatMap((d) => Object.keys(d.panels))),
      series: new Set(drafts.flatMap((d) => Object.keys(d.series))),
    };
    ctx.issues.push(...coverageIssues(columns, index, sectors, given));
  }
  return {
    entities: drafts.map(toEntity),
    issues: ctx.issues,
    notices: ctx.notices,
    locate: ctx.locator.locate,
  };
}

/** The header row (the first row with a non-blank cell) and the data rows after it. */
function split(table: Table): { header: TableRow | undefined; data: TableRow[] } {
  const rows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [header, ...data] = rows;
  return { header, data };
}

function headerText(cell: Cell | undefined, i: number): string {
  return cellText(cell) ?? columnLetter(i);
}

// ─── The applicants' table ──────────────────────────────────────────────────────────────────────

function readApplicants(
  table: Table,
  ctx: Context,
): { drafts: Draft[]; columns: ApplicantColumns | null } {
  const { sheet } = table;
  const rows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (rows.length === 0) {
    ctx.issues.push(emptyTableIssue(sheet));
    return { drafts: [], columns: null };
  }
  const at = findHeader(rows, ctx.index);
  if (at < 0) {
    ctx.issues.push(noHeaderIssue(sheet, rows, ctx.index));
    return { drafts: [], columns: null };
  }
  if (at > 0) ctx.notices.push(headerRowNotice(sheet, rows, at));
  const columns = applicantColumns(rows[at] as TableRow, sheet, ctx);
  return { drafts: readApplicantRows(columns, rows.slice(at + 1), 0, ctx), columns };
}

/** How many rows from the top may be a title or notes above the header. */
export const HEADER_SEARCH_ROWS = 20;

/** How many of a row's cells are headers the model knows (0 for a title or a note). */
export function headerScore(row: TableRow, index: ModelIndex): number {
  let score = 0;
  for (const cell of row.cells) {
    if (typeof cell !== 'string') continue;
    const text = cell.trim();
    if (text !== '' && knownHeader(text, index)) score++;
  }
  return score;
}

/**
 * The position of the header among the first non-blank rows: the first row with the most known
 * headers (title rows and notes above it know none); -1 when no row has a known header.
 */
export function findHeader(rows: readonly TableRow[], index: ModelIndex): number {
  let best = -1;
  let bestScore = 0;
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let k = 0; k < n; k++) {
    const score = headerScore(rows[k] as TableRow, index);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** The notice of a header found below title rows. */
export function headerRowNotice(
  sheet: string | null,
  rows: readonly TableRow[],
  at: number,
): Issue {
  const header = rows[at] as TableRow;
  const skipped = rows.slice(0, at).map((r) => r.row);
  return makeNodeIssue('header_row', tablePath(sheet, header.row, null), {
    row: header.row,
    skipped: skipped.join(', '),
  });
}

/**
 * One issue for a table whose header cannot be found: what was expected instead and, in a CSV
 * file whose cells are separated by something other than commas (`;` from a European Excel, `|`),
 * which separator that is.
 */
export function noHeaderIssue(
  sheet: string | null,
  rows: readonly TableRow[],
  index: ModelIndex,
): Issue {
  const leaves = [...index.leaves.values()].slice(0, 4).map((n) => n.label.zh);
  const facts = [...index.facts.values()].slice(0, 2).map((f) => f.label.zh);
  const separator = sheet === null ? otherSeparator(rows, index) : null;
  return makeNodeIssue('no_header', tablePath(sheet, (rows[0] as TableRow).row, null), {
    where: sheet === null ? 'the file' : `sheet ${sheet}`,
    whereZh: sheet === null ? '文件' : `工作表「${sheet}」`,
    rows: HEADER_SEARCH_ROWS,
    expected: ['编号 / id', '行业 / sector', ...leaves, ...facts].join(', '),
    separator: separator === null ? '' : SEPARATOR_NAMES[separator],
  });
}

// A tab needs no hint: a .csv file whose lines are cut by tabs is read as such already.
const SEPARATOR_NAMES = { ';': '";"', '|': '"|"' } as const;

/** The separator other than a comma under which one of the first rows has known headers. */
function otherSeparator(
  rows: readonly TableRow[],
  index: ModelIndex,
): keyof typeof SEPARATOR_NAMES | null {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    // The line as written: its cells joined by the commas they were cut at.
    const line = row.cells.map((c) => (typeof c === 'string' ? c : '')).join(',');
    for (const separator of [';', '|'] as const) {
      if (!line.includes(separator)) continue;
      const cells = line.split(separator).map((cell) => cell.replace(/^"|"$/g, ''));
      if (headerScore({ row: row.row, cells }, index) > 0) return separator;
    }
  }
  return null;
}

/** Whether a header names something of the model (an identity column, a leaf, a fact, a series). */
function knownHeader(text: string, index: ModelIndex): boolean {
  if (identityOf(text)) return true;
  if (/^(fact|series|verification)\./i.test(text)) return true;
  const key = labelKey(text);
  return (
    index.leaves.has(text) ||
    index.leavesByLabel.has(key) ||
    index.factsByHeader.has(key) ||
    seriesHeader(text, index.seriesByHeader) !== undefined
  );
}

/** The issue of a table without a header row. */
export function emptyTableIssue(sheet: string | null): Issue {
  return makeNodeIssue('empty_table', tablePath(sheet, 1, null), {
    where: sheet === null ? 'the file' : `sheet ${sheet}`,
  });
}

/**
 * What is known of the applicants' table once its header is read: the columns and, filled as rows
 * come, the sector of each sector cell's text and the plan of each sector. A streaming reader keeps
 * it from one chunk of rows to the next.
 */
export interface ApplicantColumns {
  readonly sheet: string | null;
  readonly header: TableRow;
  readonly columns: readonly Column[];
  readonly hasId: boolean;
  readonly sectorColumn: Column | undefined;
  readonly sectors: Map<string, string>;
  readonly plans: Map<string, Plan>;
  /** Blank headers whose column has data somewhere (each reported once). */
  readonly blankReported: Set<number>;
  /** Whether the missing id / sector columns have been reported (with the first rows). */
  missingReported: boolean;
  /**
   * CSV: how many cells a row must have to reach the header's last named column (a shorter row
   * is `short_row`); 0 in a workbook, where a row ends at its last cell with a value.
   */
  readonly named: number;
}

/** How many cells reach a header's last non-blank one. */
function lastNamed(header: TableRow): number {
  let n = header.cells.length;
  while (n > 0 && isBlank(header.cells[n - 1])) n--;
  return n;
}

/** Reads the header row of the applicants' table (its issues go to `ctx`). */
export function applicantColumns(
  header: TableRow,
  sheet: string | null,
  ctx: Context,
): ApplicantColumns {
  const named = header.cells.map((cell, i): Column => {
    const text = headerText(cell, i);
    const target: Target = isBlank(cell)
      ? { kind: 'ignored' }
      : columnTarget(text, ctx, sheet, header.row);
    return { index: i, header: text, target };
  });
  // `编号` and `统一社会信用代码` both name the id: the stronger header wins, the other is noted.
  const best = new Map<string, { priority: number; header: string }>();
  for (const c of named) {
    const t = c.target;
    if (!('priority' in t) || t.priority === undefined) continue;
    const known = best.get(t.kind);
    if (!known || t.priority < known.priority)
      best.set(t.kind, { priority: t.priority, header: c.header });
  }
  const columns = named.map((c): Column => {
    const t = c.target;
    if (!('priority' in t) || t.priority === undefined) return c;
    const winner = best.get(t.kind) as { priority: number; header: string };
    if (t.priority === winner.priority) return c;
    ctx.notices.push(
      makeNodeIssue('column_not_used', tablePath(sheet, header.row, c.header), {
        column: c.header,
        used: winner.header,
      }),
    );
    return { ...c, target: { kind: 'ignored' } };
  });
  return {
    sheet,
    header,
    columns,
    hasId: columns.some((c) => c.target.kind === 'id'),
    sectorColumn: columns.find((c) => c.target.kind === 'sector'),
    sectors: new Map(),
    plans: new Map(),
    blankReported: new Set(),
    missingReported: false,
    named: sheet === null ? lastNamed(header) : 0,
  };
}

/**
 * Reads data rows of the applicants' table into drafts; row k is entity `first + k`. The first
 * call also reports a missing id or sector column; every call reports a blank header over cells
 * with data (once per column), before the rows' own issues.
 */
export function readApplicantRows(
  table: ApplicantColumns,
  data: readonly TableRow[],
  first: number,
  ctx: Context,
): Draft[] {
  checkColumns(table, data, ctx);
  const drafts = data.map((row, k) => {
    const { sector, plan } = rowPlan(table, row, ctx.index);
    if (ctx.onRows && (k + 1) % PROGRESS_EVERY === 0) ctx.onRows(k + 1, data.length);
    return readApplicant(row, first + k, sector, plan, ctx, table);
  });
  ctx.onRows?.(drafts.length, data.length);
  return drafts;
}

/**
 * The checks of readApplicantRows on the columns, for the rows `data` about to be read: a blank
 * header over cells with data (once per column) and, the first time, a missing id or sector column.
 */
export function checkColumns(
  table: ApplicantColumns,
  data: readonly TableRow[],
  ctx: Context,
): void {
  const { sheet, header, columns } = table;
  // A blank header over cells with data is an unknown column too.
  for (const column of columns) {
    if (!isBlank(header.cells[column.index]) || table.blankReported.has(column.index)) continue;
    if (data.some((r) => !isBlank(cellAt(r, column.index)))) {
      table.blankReported.add(column.index);
      ctx.issues.push(
        makeNodeIssue('unknown_column', tablePath(sheet, header.row, column.header), {
          column: column.header,
        }),
      );
    }
  }
  if (!table.missingReported) {
    table.missingReported = true;
    const has = (kind: Target['kind']) => columns.some((c) => c.target.kind === kind);
    for (const [kind, accepted] of [
      ['id', 'id, 编号, 统一社会信用代码'],
      ['sector', 'sector, 行业, 所属行业'],
    ] as const) {
      if (!has(kind))
        ctx.issues.push(
          makeNodeIssue('missing_column', tablePath(sheet, header.row, null), {
            column: kind,
            accepted,
          }),
        );
    }
  }
}

/** A data row's sector (its cell's text resolved, remembered per text) and the sector's plan. */
export function rowPlan(
  table: ApplicantColumns,
  row: TableRow,
  index: ModelIndex,
): { sector: string; plan: Plan } {
  const { sectorColumn, sectors, plans, columns } = table;
  const text = sectorColumn ? (cellText(cellAt(row, sectorColumn.index)) ?? '') : '';
  let sector = sectors.get(text);
  if (sector === undefined) {
    sector = resolveSector(text, index);
    sectors.set(text, sector);
  }
  let plan = plans.get(sector);
  if (!plan) {
    plan = planFor(columns, sector, index);
    plans.set(sector, plan);
  }
  return { sector, plan };
}

/**
 * Whether reading a row gives no issue of the reader's own (readApplicant's): no cell under a
 * column its sector cannot place, no path given by two columns, no cell beyond the header's, and
 * (CSV) no cell short of its last named column. Such a row may be read later, or not as a draft at all (scoreCsvFile's row programme).
 */
export function readsCleanly(table: ApplicantColumns, row: TableRow, plan: Plan): boolean {
  if (plan.contested.size > 0) return false;
  let problems = problemColumns.get(plan);
  if (!problems) {
    problems = plan.steps.filter((s) => !s.path).map((s) => s.column.index);
    problemColumns.set(plan, problems);
  }
  if (row instanceof LineRow) {
    // Its cells by their places: no string made for a cell with text.
    for (const column of problems) if (!row.isBlank(column)) return false;
    for (let i = table.columns.length; i < row.count; i++) if (!row.isBlank(i)) return false;
    return row.count >= table.named;
  }
  const cells = row.cells;
  for (const column of problems) if (!isBlank(cells[column])) return false;
  for (let i = table.columns.length; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return cells.length >= table.named;
}

/** The columns of each plan that its sector cannot place (see readsCleanly). */
const problemColumns = new WeakMap<Plan, number[]>();

/** Reads one data row into a draft (entity `i`), as readApplicantRows does. */
export function readRow(
  table: ApplicantColumns,
  row: TableRow,
  i: number,
  sector: string,
  plan: Plan,
  ctx: Context,
): Draft {
  return readApplicant(row, i, sector, plan, ctx, table);
}

function columnTarget(header: string, ctx: Context, sheet: string | null, row: number): Target {
  const { index } = ctx;
  const identity = identityOf(header);
  if (identity) return { kind: identity.kind, priority: identity.priority };
  if (isRowNumber(header)) {
    ctx.notices.push(
      makeNodeIssue('column_not_used', tablePath(sheet, row, header), { column: header, used: '' }),
    );
    return { kind: 'ignored' };
  }
  const prefixed = /^(fact|series|verification)\.(.*)$/i.exec(header);
  if (prefixed) {
    const kind = (prefixed[1] as string).toLowerCase();
    const rest = (prefixed[2] as string).trim();
    if (kind === 'fact' && rest !== '') return { kind: 'fact', name: factId(rest, index) ?? rest };
    if (kind === 'series') {
      const dot = rest.lastIndexOf('.');
      const name = dot > 0 ? rest.slice(0, dot).trim() : '';
      const year = dot > 0 ? rest.slice(dot + 1).trim() : rest;
      if (name !== '' && /^\d{4}$/.test(year)) return { kind: 'series', name, year };
      if (name !== '') {
        ctx.issues.push(makeNodeIssue('bad_year', tablePath(sheet, row, header), { value: year }));
        return { kind: 'ignored' };
      }
    }
    if (kind === 'verification') {
      const leaves = leafCandidates(rest, index);
      if (leaves) return { kind: 'verification', ...leaves };
    }
  } else {
    const leaves = leafCandidates(header, index);
    if (leaves) return { kind: 'value', ...leaves };
    const fact = factId(header, index);
    if (fact) return { kind: 'fact', name: fact };
    const series = seriesHeader(header, index.seriesByHeader);
    if (series) return { kind: 'series', ...series };
  }
  const near = closestName(header, index.knownHeaders);
  ctx.issues.push(
    makeNodeIssue('unknown_column', tablePath(sheet, row, header), {
      column: header,
      suggestion: near ?? '',
    }),
  );
  return { kind: 'ignored' };
}

/** The declared fact a header names by id, label or alias (when it names exactly one). */
function factId(text: string, index: ModelIndex): string | undefined {
  if (index.facts.has(text)) return text;
  const ids = index.factsByHeader.get(labelKey(text));
  return ids && ids.length === 1 ? ids[0] : undefined;
}

/** A leaf id (exact) or the leaves whose zh or en label the text is. */
function leafCandidates(
  text: string,
  index: ModelIndex,
): { leaves: readonly string[]; byLabel: boolean } | undefined {
  if (index.leaves.has(text)) return { leaves: [text], byLabel: false };
  const leaves = index.leavesByLabel.get(labelKey(text));
  return leaves ? { leaves, byLabel: true } : undefined;
}

type Pick =
  | { readonly leaf: string }
  | {
      readonly problem: 'ambiguous_column' | 'column_not_in_sector';
      readonly candidates: string;
    }
  | { readonly problem: 'skip' };

/** The leaf a header names in a sector. */
function pickLeaf(
  leaves: readonly string[],
  byLabel: boolean,
  sector: string,
  index: ModelIndex,
): Pick {
  const only = leaves.length === 1 ? (leaves[0] as string) : undefined;
  if (!byLabel && only) return { leaf: only };
  const active = index.active.get(sector);
  // An unknown sector: the core reports it; a label that names one leaf still goes through.
  if (!active) return only ? { leaf: only } : { problem: 'skip' };
  const inSector = leaves.filter((l) => active.has(l));
  if (inSector.length === 1) return { leaf: inSector[0] as string };
  if (inSector.length > 1) return { problem: 'ambiguous_column', candidates: inSector.join(', ') };
  // Named nowhere in this sector: one leaf goes through (the core warns it is ignored).
  if (only) return { leaf: only };
  return { problem: 'column_not_in_sector', candidates: leaves.join(', ') };
}

function resolveSector(text: string, index: ModelIndex): string {
  if (text === '' || index.sectorIds.has(text)) return text;
  const ids = index.sectorsByLabel.get(labelKey(text));
  return ids && ids.length === 1 ? (ids[0] as string) : text;
}

/** Which column gives which path on the rows of a sector. */
function planFor(columns: readonly Column[], sector: string, index: ModelIndex): Plan {
  const steps: Step[] = [];
  const layout = new Map<string, string>();
  const contested = new Set<string>();
  for (const column of columns) {
    const target = column.target;
    let path: PathSegment[] | null = null;
    let problem: Step['problem'];
    switch (target.kind) {
      case 'ignored':
        break;
      case 'id':
      case 'sector':
        path = [target.kind];
        break;
      case 'name':
      case 'nameZh':
      case 'nameEn':
        path = target.kind === 'name' ? ['name'] : ['name', target.kind === 'nameZh' ? 'zh' : 'en'];
        break;
      case 'fact':
        path = ['facts', target.name];
        break;
      case 'series':
        path = ['series', target.name, target.year];
        break;
      case 'value':
      case 'verification': {
        const pick = pickLeaf(target.leaves, target.byLabel, sector, index);
        if ('leaf' in pick) path = [target.kind === 'value' ? 'values' : 'verification', pick.leaf];
        else if (pick.problem !== 'skip')
          problem = { code: pick.problem, candidates: pick.candidates };
        break;
      }
    }
    if (path === null) {
      if (problem) steps.push({ column, path: null, key: '', problem });
      continue;
    }
    const key = pathKey(path);
    if (layout.has(key)) contested.add(key);
    else {
      layout.set(key, column.header);
      // The name's parts and a series' years are also found by their parent path.
      if (path.length === 3 || path[0] === 'name') {
        const parent = pathKey(path.slice(0, path.length - 1));
        if (!layout.has(parent)) layout.set(parent, column.header);
      }
    }
    steps.push({ column, path, key });
  }
  return { steps, layout, contested };
}

function readApplicant(
  row: TableRow,
  i: number,
  sector: string,
  plan: Plan,
  ctx: Context,
  table: ApplicantColumns,
): Draft {
  const { sheet } = table;
  const width = table.columns.length;
  const { index, issues, locator } = ctx;
  locator.entity(i, sheet, row.row, plan.layout);
  const draft: Draft = {
    id: '',
    sector,
    name: {},
    values: {},
    facts: {},
    series: {},
    verification: {},
    events: [],
    panels: {},
  };
  let given: Map<string, string> | undefined; // contested paths already given, by column

  for (const step of plan.steps) {
    const { column, path } = step;
    const cell = row.cells[column.index];
    const text = cellText(cell);
    if (text === null) continue;
    if (!path) {
      const problem = step.problem as NonNullable<Step['problem']>;
      issues.push(
        makeNodeIssue(problem.code, tablePath(sheet, row.row, column.header), {
          column: column.header,
          sector,
          candidates: problem.candidates,
        }),
      );
      continue;
    }
    if (plan.contested.has(step.key)) {
      given ??= new Map();
      const first = given.get(step.key);
      if (first !== undefined) {
        issues.push(
          makeNodeIssue('duplicate_cell', tablePath(sheet, row.row, column.header), {
            target: path.join('.'),
            first,
          }),
        );
        continue;
      }
      given.set(step.key, column.header);
      if (plan.layout.get(step.key) !== column.header)
        locator.place(i, path, { sheet, row: row.row, column: column.header });
    }
    const target = column.target;
    const last = path[path.length - 1] as string;
    switch (target.kind) {
      case 'id':
        draft.id = text;
        break;
      case 'name':
        draft.name.plain = text;
        break;
      case 'nameZh':
        draft.name.zh = text;
        break;
      case 'nameEn':
        draft.name.en = text;
        break;
      case 'fact':
        put(draft.facts, last, factValue(cell, text));
        break;
      case 'series':
        putSeries(draft, path[1] as string, last, text);
        break;
      case 'value':
        put(draft.values, last, leafValue(cell, text, last, index));
        break;
      case 'verification':
        put(draft.verification, last, verificationStatus(text));
        break;
      default:
        break;
    }
  }

  // A row without an id is kept; the core makes it invalid and says so at its id cell: one
  // mistake, one message (the reader does not report it again).
  if (row.cells.length > width) {
    const extra = row.cells.slice(width).filter((c) => !isBlank(c)).length;
    if (extra > 0)
      issues.push(
        makeNodeIssue('extra_cells', tablePath(sheet, row.row, null), {
          count: width + extra,
          expected: width,
        }),
      );
  }
  // A CSV row that stops before the header's last named column: its missing cells read as empty,
  // which a policy may score. Most often a line break in an unquoted cell cut a row in two.
  if (row.cells.length < table.named)
    issues.push(
      makeNodeIssue('short_row', tablePath(sheet, row.row, null), {
        count: row.cells.length,
        expected: table.named,
      }),
    );
  return draft;
}

/** A verification cell's status: `passed`, `failed` or `pending` by any of their words, else the text. */
export function verificationStatus(text: string): string {
  return own(VERIFICATION, text.toLowerCase()) ?? text;
}

/** A leaf's value from a CSV cell's (trimmed, non-blank) text, as readApplicant reads it. */
export function leafTextValue(text: string, leaf: string, index: ModelIndex): ValueInput {
  return leafValue(text, text, leaf, index);
}

function putSeries(draft: Draft, name: string, year: string, value: string): void {
  let years = Object.hasOwn(draft.series, name) ? draft.series[name] : undefined;
  if (!years) {
    years = {};
    put(draft.series, name, years);
  }
  put(years, year, value);
}

/**
 * A fact as the cell holds it: a boolean cell stays a boolean, any other cell is its text. The
 * core reads it by the fact's declared type — the same vocabulary as for JSON input.
 */
function factValue(cell: Cell | undefined, text: string): EntityFact {
  return typeof cell === 'boolean' ? cell : text;
}

const PLAIN_NUMBER = /^[+-]?[\d.]+$/;

/**
 * A leaf's value: a boolean cell as a boolean, a points cell as its items, any other cell as its
 * text — the core reads yes/no, categories (ids or labels) and numbers by the one vocabulary.
 */
function leafValue(
  cell: Cell | undefined,
  text: string,
  leaf: string,
  index: ModelIndex,
): ValueInput {
  if (typeof cell === 'boolean') return cell;
  const method = index.leaves.get(leaf)?.scoring?.method;
  if (method === 'points' && typeof cell === 'string' && !PLAIN_NUMBER.test(text))
    return pointsValue(text, index.items.get(leaf));
  return text;
}

/**
 * A points cell: `iso9001;sector_qms` → a list of item ids; `national:2;provincial` → a record
 * of counts (an item without a count counts once). Item labels stand for their ids.
 */
function pointsValue(text: string, labels: ReadonlyMap<string, string> | undefined): ValueInput {
  const item = (name: string) => labels?.get(labelKey(name)) ?? name;
  const parts = splitList(text);
  if (!parts.some((p) => colonAt(p) >= 0)) return parts.map(item);
  const counts: Record<string, string> = {};
  for (const part of parts) {
    // `name: count` split at the first colon (ASCII or full-width), by index: no pattern to backtrack.
    const colon = colonAt(part);
    const id = item(colon < 0 ? part : part.slice(0, colon).trimEnd());
    const count = colon < 0 ? '1' : part.slice(colon + 1).trimStart();
    const before = Object.hasOwn(counts, id) ? counts[id] : undefined;
    const sum =
      before !== undefined && /^\d+$/.test(before) && /^\d+$/.test(count)
        ? String(Number(before) + Number(count))
        : count;
    put(counts, id, sum);
  }
  return counts;
}

/** The index of the first `:` or `：` in `text`, or -1. */
function colonAt(text: string): number {
  const ascii = text.indexOf(':');
  const wide = text.indexOf('：');
  return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
}

/** The entity of a draft row. */
export function toEntity(draft: Draft): EntityInput {
  const { zh, en, plain } = draft.name;
  const name = zh !== undefined && en !== undefined ? { zh, en } : (plain ?? zh ?? en);
  const some = (record: object) => {
    for (const _ in record) return true;
    return false;
  };
  return {
    id: draft.id,
    ...(name !== undefined ? { name } : {}),
    sector: draft.sector,
    values: draft.values,
    ...(some(draft.facts) ? { facts: draft.facts } : {}),
    ...(some(draft.series) ? { series: draft.series } : {}),
    ...(draft.events.length > 0 ? { events: draft.events } : {}),
    ...(some(draft.panels) ? { panels: draft.panels } : {}),
    ...(some(draft.verification)
      ? { verification: draft.verification as EntityInput['verification'] }
      : {}),
  };
}

// ─── The long-format sheets of a workbook ───────────────────────────────────────────────────────

/** A long sheet's columns: field → column index, and field → header. */
interface LongColumns {
  readonly at: Readonly<Record<string, number | undefined>>;
  readonly headers: ReadonlyMap<string, string | null>;
}

/**
 * Finds the columns of a long-format sheet by their headers (`{ id: ['id', '编号'], … }`).
 * Returns `undefined` (after an issue) when a required column is missing.
 */
function longColumns(
  table: Table,
  header: TableRow,
  wanted: Readonly<Record<string, readonly string[]>>,
  required: readonly string[],
  ctx: Context,
): LongColumns | undefined {
  const at: Record<string, number> = {};
  header.cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (text === null) return;
    const lower = text.toLowerCase();
    const name = Object.keys(wanted).find((k) =>
      (wanted[k] as readonly string[]).some((w) => w === text || w === lower),
    );
    if (name === undefined)
      ctx.issues.push(
        makeNodeIssue('unknown_column', tablePath(table.sheet, header.row, text), { column: text }),
      );
    else if (at[name] === undefined) at[name] = i;
  });
  const missing = required.filter((r) => at[r] === undefined);
  for (const name of missing)
    ctx.issues.push(
      makeNodeIssue('missing_column', tablePath(table.sheet, header.row, null), {
        column: name,
        accepted: (wanted[name] as readonly string[]).join(', '),
      }),
    );
  if (missing.length > 0) return undefined;
  const headers = new Map<string, string | null>();
  for (const name of Object.keys(wanted)) {
    const i = at[name];
    headers.set(name, i === undefined ? null : headerText(header.cells[i], i));
  }
  return { at, headers };
}

/**
 * The applicant a row of a long sheet belongs to, or `undefined` after an issue (no id, or an id
 * that is no applicant's).
 */
function owner(
  table: Table,
  row: TableRow,
  cols: LongColumns,
  byId: ReadonlyMap<string, number>,
  ctx: Context,
): number | undefined {
  const id = cellText(row.cells[cols.at['id'] as number]);
  const column = cols.headers.get('id') ?? null;
  if (id === null) {
    ctx.issues.push(makeNodeIssue('missing_id', tablePath(table.sheet, row.row, column)));
    return undefined;
  }
  const i = byId.get(id);
  if (i === undefined)
    ctx.issues.push(
      makeNodeIssue('unknown_applicant', tablePath(table.sheet, row.row, column), { id }),
    );
  return i;
}

const cellOf = (row: TableRow, cols: LongColumns, field: string): Cell => {
  const i = cols.at[field];
  return i === undefined ? null : (row.cells[i] ?? null);
};

function readPanels(
  table: Table,
  drafts: Draft[],
  byId: ReadonlyMap<string, number>,
  ctx: Context,
): void {
  const { header, data } = split(table);
  if (!header) return;
  const cols = longColumns(
    table,
    header,
    {
      id: ['id', '编号'],
      leaf: ['leaf', 'indicator', '指标'],
      expert: ['expert', '专家'],
      score: ['score', '评分'],
    },
    ['id', 'leaf', 'score'],
    ctx,
  );
  if (!cols) return;
  for (const row of data) {
    const i = owner(table, row, cols, byId, ctx);
    if (i === undefined) continue;
    const draft = drafts[i] as Draft;
    const leafText = cellText(cellOf(row, cols, 'leaf'));
    const candidates = leafText === null ? undefined : leafCandidates(leafText, ctx.index);
    const pick = candidates
      ? pickLeaf(candidates.leaves, candidates.byLabel, draft.sector, ctx.index)
      : undefined;
    if (!pick || !('leaf' in pick)) {
      if (pick?.problem === 'skip') continue;
      ctx.issues.push(
        makeNodeIssue(
          pick ? pick.problem : 'unknown_leaf',
          tablePath(table.sheet, row.row, cols.headers.get('leaf') ?? null),
          {
            column: leafText ?? '',
            value: leafText ?? '',
            sector: draft.sector,
            candidates: pick && 'candidates' in pick ? pick.candidates : '',
          },
        ),
      );
      continue;
    }
    const leaf = pick.leaf;
    let scores = Object.hasOwn(draft.panels, leaf) ? draft.panels[leaf] : undefined;
    if (!scores) {
      scores = [];
      put(draft.panels, leaf, scores);
    }
    const k = scores.length;
    scores.push({
      expert: cellText(cellOf(row, cols, 'expert')) ?? '',
      score: cellText(cellOf(row, cols, 'score')) ?? '',
    });
    const place = { sheet: table.sheet, row: row.row, column: null, fields: cols.headers };
    ctx.locator.place(i, ['panels', leaf], place);
    ctx.locator.place(i, ['panels', leaf, k], place);
  }
}

function readEvents(
  table: Table,
  drafts: Draft[],
  byId: ReadonlyMap<string, number>,
  ctx: Context,
): void {
  const { header, data } = split(table);
  if (!header) return;
  const cols = longColumns(
    table,
    header,
    {
      id: ['id', '编号'],
      type: ['type', '类型'],
      date: ['date', '日期'],
      severity: ['severity', '等级'],
      note: ['note', '备注'],
    },
    ['id', 'type', 'date'],
    ctx,
  );
  if (!cols) return;
  for (const row of data) {
    const i = owner(table, row, cols, byId, ctx);
    if (i === undefined) continue;
    const draft = drafts[i] as Draft;
    const k = draft.events.length;
    const place = { sheet: table.sheet, row: row.row, column: null, fields: cols.headers };
    ctx.locator.place(i, ['events', k], place);
    const dateCell = cellOf(row, cols, 'date');
    const date = readDate(dateCell);
    // A number is a date serial: kept as a number for the core to name it so.
    const raw = typeof dateCell === 'number' ? dateCell : (cellText(dateCell) ?? '');
    const severity = cellText(cellOf(row, cols, 'severity'));
    const note = cellText(cellOf(row, cols, 'note'));
    // A bad date is kept as written, and the core refuses it — once, located at this cell: an
    // event is never dropped, and a mistake gives one message.
    draft.events.push({
      type: cellText(cellOf(row, cols, 'type')) ?? '',
      date: (date ?? raw) as string,
      ...(severity !== null ? { severity } : {}),
      ...(note !== null ? { note } : {}),
    });
  }
}

function readSeriesSheet(
  table: Table,
  drafts: Draft[],
  byId: ReadonlyMap<string, number>,
  ctx: Context,
): void {
  const { header, data } = split(table);
  if (!header) return;
  const cols = longColumns(
    table,
    header,
    {
      id: ['id', '编号'],
      name: ['name', '名称'],
      year: ['year', '年份'],
      value: ['value', '数值'],
    },
    ['id', 'name', 'year', 'value'],
    ctx,
  );
  if (!cols) return;
  const column = (field: string) => cols.headers.get(field) ?? null;
  for (const row of data) {
    const i = owner(table, row, cols, byId, ctx);
    if (i === undefined) continue;
    const draft = drafts[i] as Draft;
    const series = cellText(cellOf(row, cols, 'name'));
    const yearCell = cellOf(row, cols, 'year');
    const year = typeof yearCell === 'number' ? numberText(yearCell) : cellText(yearCell);
    const value = cellText(cellOf(row, cols, 'value'));
    if (series === null) {
      ctx.issues.push(
        makeNodeIssue('missing_column', tablePath(table.sheet, row.row, column('name')), {
          column: 'name',
          accepted: 'name, 名称',
        }),
      );
      continue;
    }
    if (year === null || !/^\d{4}$/.test(year)) {
      ctx.issues.push(
        makeNodeIssue('bad_year', tablePath(table.sheet, row.row, column('year')), {
          value: year ?? '',
        }),
      );
      continue;
    }
    if (value === null) continue;
    const years = Object.hasOwn(draft.series, series) ? draft.series[series] : undefined;
    if (years && Object.hasOwn(years, year)) {
      const first = ctx.locator.locate(['entities', i, 'series', series, year]);
      ctx.issues.push(
        makeNodeIssue('duplicate_cell', tablePath(table.sheet, row.row, column('value')), {
          target: `series.${series}.${year}`,
          first: first ? `${first.sheet ?? ''} ${first.row} ${first.column ?? ''}`.trim() : '?',
        }),
      );
      continue;
    }
    putSeries(draft, series, year, value);
    const place = { sheet: table.sheet, row: row.row, column: column('value') };
    ctx.locator.place(i, ['series', series, year], place);
    ctx.locator.place(i, ['series', series], place);
  }
}
