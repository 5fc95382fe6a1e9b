import {
  compareReports,
  defineModel,
  explain,
  isYoupinError,
  type Label,
  type Model,
  type ModelInput,
  narrate,
  type PreparedBatch,
  prepareBatch,
  type Report,
  type ReportComparison,
  type SensitivityResult,
  score,
  toCsv,
  toHtml,
  toLongCsv,
} from 'youpin';
import { gbt19580, haopinShandong, liaocheng2024 } from 'youpin/presets';
import { pathText } from '../../error/pathText.js';
import { readBatchBytes } from '../../node/_readBatchBytes.js';
import type { BatchFile } from '../../node/types.js';
import {
  asNewVersion,
  type Change,
  decimalText,
  type Edited,
  fractionOf,
  goalpostsOf,
  treeNode,
  withGoalposts,
  withQuota,
  withThreshold,
  withWeight,
} from '../_edit.js';
import { type ProblemLine, problemList } from '../problemList.js';
import { download, fill, h } from './_dom.js';
import { loadScript, PAGE_WORKBOOK } from './_platform.js';
import { type Lang, type TextKey, t } from './_text.js';
import type { SensitivityMessage, SensitivityRequest } from './worker.js';

// The workbench: one page, no framework. State lives in one object; every change re-renders the
// parts it touches from it. Scores, comparisons, explanations and exports all come from the
// library (the same functions as in Node), so the exported model scores the same in Node.

const PRESETS: Readonly<Record<string, ModelInput>> = { liaocheng2024, haopinShandong, gbt19580 };

interface State {
  lang: Lang;
  file: { readonly name: string; readonly bytes: Uint8Array } | null;
  batch: BatchFile | null;
  /** The batch's rows, read once for every model that reads them alike (weights, selection). */
  prepared: PreparedBatch | null;
  fileError: string[] | null;
  modelError: string[] | null;
  /** The model as loaded: what movers, entries and exits are measured against. */
  base: { definition: ModelInput; model: Model; source: string } | null;
  baseReport: Report | null;
  definition: ModelInput | null;
  model: Model | null;
  report: Report | null;
  comparison: ReportComparison | null;
  changes: Change[];
  changedSectors: Set<string>;
  sector: string;
  chosen: string | null;
  /** Milliseconds of the last re-scoring (defineModel, score, compareReports) and of its drawing. */
  timing: { scoring: number; drawing: number; applicants: number } | null;
  sensitivity: SensitivityResult | null;
  sensitivityState: string;
}

const state: State = {
  lang: navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en',
  file: null,
  batch: null,
  prepared: null,
  fileError: null,
  modelError: null,
  base: null,
  baseReport: null,
  definition: null,
  model: null,
  report: null,
  comparison: null,
  changes: [],
  changedSectors: new Set(),
  sector: '',
  chosen: null,
  timing: null,
  sensitivity: null,
  sensitivityState: '',
};

const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
const tr = (key: TextKey, values?: Record<string, string | number>) => t(state.lang, key, values);
const labelOf = (label: Label | string | null | undefined): string =>
  label === null || label === undefined
    ? ''
    : typeof label === 'string'
      ? label
      : state.lang === 'zh'
        ? label.zh
        : label.en;

/** The messages of a thrown error, in the page's language. */
function messagesOf(error: unknown): string[] {
  if (isYoupinError(error))
    return error.issues.map((i) => {
      const where = i.path.length > 0 ? `${pathText(i.path)}: ` : '';
      return where + (state.lang === 'zh' ? i.messageZh : i.message);
    });
  return [error instanceof Error ? error.message : String(error)];
}

// ─── Loading ─────────────────────────────────────────────────────────────────────────────────

/** Loads a model definition as the base; the file, if any, is read again with it. */
async function loadModel(definition: ModelInput, source: string): Promise<void> {
  try {
    const model = defineModel(definition);
    state.base = { definition, model, source };
    state.definition = definition;
    state.model = model;
    state.modelError = null;
    state.changes = [];
    state.changedSectors = new Set();
    state.sector = model.sectors[0]?.id ?? '';
    state.sensitivity = null;
  } catch (error) {
    state.modelError = messagesOf(error);
    renderModel();
    return;
  }
  if (state.file) await readFile(state.file.name, state.file.bytes);
  else renderAll();
}

/** Reads a data file's bytes with the reader readBatch uses, then scores it. */
async function readFile(name: string, bytes: Uint8Array): Promise<void> {
  state.file = { name, bytes };
  state.batch = null;
  state.prepared = null;
  state.fileError = null;
  state.chosen = null;
  state.sensitivity = null;
  fill($('file-status'), tr(name.toLowerCase().endsWith('.xlsx') ? 'loadingXlsx' : 'reading'));
  const base = state.base;
  if (!base) return;
  try {
    state.batch = await readBatchBytes(bytes, name, base.model, {}, PAGE_WORKBOOK);
    state.prepared = prepareBatch(state.batch.entities);
  } catch (error) {
    state.fileError = messagesOf(error);
  }
  rescore(true);
  renderAll();
}

/** Scores the batch with the current model (and the base model when asked), and compares. */
function rescore(withBase: boolean): void {
  const { prepared, model, base } = state;
  if (!prepared || !model || !base) {
    state.report = null;
    state.baseReport = null;
    state.comparison = null;
    return;
  }
  // The fast engine publishes the exact engine's figures and ranks (score's guarantee) and
  // explain recomputes an applicant exactly; it spares each change a third of its time. The
  // prepared batch reads the rows once: a change of weights, threshold or quotas re-scores only.
  const fast = { engine: 'fast' } as const;
  if (withBase || !state.baseReport) state.baseReport = score(base.model, prepared, fast);
  state.report = score(model, prepared, fast);
  state.comparison = compareReports(state.baseReport, state.report);
}

/**
 * Says "re-scoring…" and lets the browser draw it before the change is applied: a large batch
 * takes a moment (docs/performance.md, "The workbench").
 */
function change(
  edit: (definition: ModelInput, model: Model) => Edited | null,
  sector?: string,
): void {
  fill($('timing'), tr('rescoring'));
  document.body.classList.add('busy');
  requestAnimationFrame(() =>
    setTimeout(() => {
      // The model as it is now: an earlier change may have been applied since the input was drawn.
      const { definition, model } = state;
      if (definition && model) apply(edit(definition, model), sector);
      document.body.classList.remove('busy');
      renderTiming();
    }, 0),
  );
}

/** Applies a change to the model: re-validates, re-scores and re-draws, timing both. */
function apply(edited: Edited | null, sector?: string): void {
  if (!edited) return;
  const started = performance.now();
  let model: Model;
  try {
    model = defineModel(edited.definition);
  } catch (error) {
    state.modelError = messagesOf(error);
    renderModel();
    return;
  }
  state.modelError = null;
  state.definition = edited.definition;
  state.model = model;
  state.changes.push(edited.change);
  if (sector) state.changedSectors.add(sector);
  state.sensitivity = null;
  rescore(false);
  const scored = performance.now();
  renderModel();
  renderRanking();
  renderExplanation();
  renderSensitivity();
  const drawn = performance.now();
  state.timing = {
    scoring: scored - started,
    drawing: drawn - scored,
    applicants: state.batch?.entities.length ?? 0,
  };
  renderTiming();
}

// ─── Rendering ───────────────────────────────────────────────────────────────────────────────

function renderAll(): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const option of document.querySelectorAll<HTMLOptionElement>('option[data-preset]')) {
    const key = option.dataset['preset'] ?? '';
    option.textContent = `${labelOf(PRESETS[key]?.name)} (${key})`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]'))
    el.textContent = tr(el.dataset['text'] as TextKey);
  renderData();
  renderModel();
  renderRanking();
  renderTiming();
  renderExplanation();
  renderSensitivity();
}

function renderData(): void {
  const { file, batch, fileError } = state;
  fill(
    $('file-status'),
    file && batch ? tr('fileSummary', { file: file.name, n: batch.entities.length }) : '',
  );
  const list = $('problems');
  if (fileError) {
    fill(
      list,
      h('p', { class: 'error' }, tr('cannotRead')),
      ...fileError.map((m) => h('p', {}, m)),
    );
    return;
  }
  if (!file || !batch || !state.baseReport) {
    fill(list);
    return;
  }
  const lines = problemList(batch, state.baseReport, file.name, state.lang);
  if (lines.length === 0) {
    fill(list, h('p', {}, tr('noProblems')));
    return;
  }
  const kinds: Record<ProblemLine['kind'], TextKey> = {
    action: 'kindAction',
    file: 'kindFile',
    row: 'kindRow',
    notice: 'kindNotice',
  };
  fill(
    list,
    h('h3', {}, tr('problems')),
    h(
      'ul',
      { class: 'problems' },
      ...lines.map((line) =>
        h(
          'li',
          { class: `problem ${line.kind}`, 'data-kind': line.kind, 'data-code': line.code },
          h('span', { class: 'kind' }, tr(kinds[line.kind])),
          ' ',
          line.entity === null
            ? h('span', { class: 'line' }, line.line)
            : h(
                'a',
                {
                  href: '#explanation',
                  class: 'line',
                  onclick: (event: Event) => {
                    event.preventDefault();
                    choose(entityId(line.entity as number));
                  },
                },
                line.line,
              ),
        ),
      ),
    ),
  );
}

/** The id of the applicant at a position (or `#n` for a row without id). */
function entityId(index: number): string {
  return state.report?.entities[index]?.id ?? `#${index + 1}`;
}

function renderModel(): void {
  const box = $('model-body');
  const { model, definition, base } = state;
  const error = state.modelError
    ? h(
        'div',
        { class: 'error', id: 'model-error' },
        h('p', {}, tr('modelProblems')),
        ...state.modelError.map((m) => h('p', {}, m)),
      )
    : null;
  if (!model || !definition || !base) {
    fill(box, error);
    return;
  }
  const sectorSelect = h(
    'select',
    {
      id: 'sector',
      onchange: (e: Event) => {
        state.sector = (e.target as HTMLSelectElement).value;
        renderModel();
      },
    },
    ...model.sectors.map((s) =>
      h(
        'option',
        { value: s.id, selected: s.id === state.sector },
        `${labelOf(s.label)} (${s.id})`,
      ),
    ),
  );
  const sector = model.sectors.find((s) => s.id === state.sector) ?? model.sectors[0];
  const weights = new Map((sector?.weights ?? []).map((w) => [w.node, w]));
  const rows = model.nodes
    .filter((n) => n.parent === null || weights.has(n.id))
    .map((n) => {
      const w = weights.get(n.id);
      const spec = treeNode(definition, n.id);
      const posts = n.kind === 'leaf' && spec ? goalpostsOf(spec) : null;
      const weightInput =
        w && n.parent !== null
          ? h('input', {
              type: 'number',
              class: 'weight',
              'data-node': n.id,
              min: 0,
              max: 1,
              step: 0.01,
              value: w.weight,
              'aria-label': `${tr('weight')} ${n.id}`,
              onchange: (e: Event) => {
                const value = decimalText((e.target as HTMLInputElement).value);
                if (value === null || !sector) return renderModel();
                change((d, m) => withWeight(d, m, sector.id, n.id, value), sector.id);
              },
            })
          : null;
      const postInputs = posts
        ? h(
            'span',
            { class: 'posts' },
            ...(['lower', 'upper'] as const).map((end) =>
              h('input', {
                type: 'number',
                class: `goalpost ${end}`,
                'data-node': n.id,
                value: posts[end],
                'aria-label': `${tr('goalposts')} ${n.id} ${end}`,
                onchange: (e: Event) => {
                  const value = (e.target as HTMLInputElement).value.trim();
                  if (!/^-?\d+(\.\d+)?$/.test(value)) return renderModel();
                  const next = { ...posts, [end]: value };
                  change((d) => withGoalposts(d, n.id, next.lower, next.upper));
                },
              }),
            ),
          )
        : null;
      return h(
        'tr',
        { 'data-node': n.id, class: `depth-${n.depth}` },
        h('td', { class: `label indent-${Math.min(n.depth, 4)}` }, labelOf(n.label)),
        h('td', { class: 'id' }, n.id),
        h('td', {}, weightInput),
        h('td', { class: 'fraction' }, w && n.parent !== null ? fractionOf(w.weight) : ''),
        h('td', { class: 'num' }, w ? w.effectiveWeight : '1'),
        h('td', {}, n.scoring ? n.scoring.method : ''),
        h('td', {}, postInputs),
      );
    });
  const selection = definition.selection;
  const rules = [...(definition.gates ?? []), ...(definition.vetoes ?? [])] as Array<{
    id: string;
    label?: Label;
  }>;
  const threshold = h('input', {
    type: 'number',
    id: 'threshold',
    value: selection?.threshold === undefined ? '' : String(selection.threshold),
    onchange: (e: Event) => {
      const value = decimalText((e.target as HTMLInputElement).value);
      if (value === null) return renderModel();
      change((d) => withThreshold(d, value));
    },
  });
  const quota = h('input', {
    type: 'number',
    id: 'quota',
    min: 0,
    step: 1,
    value: sector ? String(selection?.quotas?.[sector.id] ?? '') : '',
    onchange: (e: Event) => {
      const value = Number((e.target as HTMLInputElement).value);
      if (!sector || !Number.isInteger(value) || value < 0) return renderModel();
      change((d) => withQuota(d, sector.id, value));
    },
  });
  fill(
    box,
    error,
    h('p', { class: 'model-name' }, `${labelOf(model.name)} · ${model.id} ${model.version}`),
    h(
      'p',
      { class: 'controls' },
      h('label', {}, `${tr('sector')} `, sectorSelect),
      ' ',
      h('label', {}, `${tr('threshold')} `, threshold),
      ' ',
      h('label', {}, `${tr('quota')} `, quota),
      ' ',
      h(
        'button',
        {
          type: 'button',
          id: 'reset',
          onclick: () => {
            if (state.base) void loadModel(state.base.definition, state.base.source);
          },
        },
        tr('reset'),
      ),
    ),
    h(
      'table',
      { class: 'tree' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(
            ['node', 'id', 'weight', 'fraction', 'effective', 'scoring', 'goalposts'] as const
          ).map((k) => h('th', {}, k === 'id' ? 'id' : tr(k))),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('h3', {}, tr('rules')),
    h('ul', { class: 'rules' }, ...rules.map((r) => h('li', {}, `${r.id} ${labelOf(r.label)}`))),
    h('h3', {}, tr('changes')),
    state.changes.length === 0
      ? h('p', {}, tr('noChanges'))
      : h('ol', { id: 'changes' }, ...state.changes.map((c) => h('li', {}, c[state.lang]))),
  );
}

function renderTiming(): void {
  const { timing } = state;
  const el = $('timing');
  fill(el, timing ? tr('rescored', { n: timing.applicants, ms: timing.scoring.toFixed(1) }) : '');
  if (timing) {
    el.dataset['scoring'] = String(timing.scoring);
    el.dataset['drawing'] = String(timing.drawing);
  }
}

function renderRanking(): void {
  const box = $('ranking-body');
  const { report, comparison, model } = state;
  if (!report || !comparison || !model) {
    fill(box);
    return;
  }
  // Moves within the sector (the table's rank), against the model as loaded; compareReports'
  // `moved` is the overall rank, which moves in every sector when one sector's weights change.
  const before = new Map(
    (state.baseReport?.entities ?? []).map((e) => [e.id ?? '', e.rank.sector] as const),
  );
  const entered = new Set(comparison.entered);
  const left = new Set(comparison.left);
  const idList = (ids: readonly string[], cls: string) =>
    ids.length === 0
      ? h('span', {}, tr('none'))
      : h('span', { class: cls }, ...ids.flatMap((id, k) => [k > 0 ? ', ' : '', idButton(id)]));
  const notScored = report.entities.filter((e) => e.status !== 'scored').length;
  const sections = model.sectors.map((s) => {
    const scored = report.entities
      .filter((e) => e.status === 'scored' && e.sector === s.id)
      .sort((a, b) => (a.rank.sector ?? 0) - (b.rank.sector ?? 0) || a.index - b.index);
    return h(
      'section',
      { class: 'sector', 'data-sector': s.id },
      h('h3', {}, `${labelOf(s.label)} (${scored.length})`),
      h(
        'table',
        { class: 'ranking' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['rank', 'id', 'name', 'total', 'moved', 'selected'] as const).map((k) =>
              h('th', {}, tr(k)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...scored.map((e) => {
            const id = e.id ?? '';
            const was = before.get(id) ?? null;
            const moved = was === null || e.rank.sector === null ? null : was - e.rank.sector;
            const cls = entered.has(id) ? 'entered' : left.has(id) ? 'left' : '';
            return h(
              'tr',
              { 'data-id': id, class: cls },
              h('td', { class: 'num' }, e.rank.sector),
              h('td', {}, idButton(id)),
              h('td', {}, labelOf(e.name)),
              h('td', { class: 'num total' }, e.total),
              h(
                'td',
                {
                  class: `num moved ${moved && moved > 0 ? 'up' : moved && moved < 0 ? 'down' : ''}`,
                },
                moved === null || moved === 0 ? '' : moved > 0 ? `↑${moved}` : `↓${-moved}`,
              ),
              h('td', { class: 'selected' }, e.selection?.selected ? '✓' : ''),
            );
          }),
        ),
      ),
    );
  });
  fill(
    box,
    h(
      'p',
      { class: 'summary' },
      h('strong', {}, `${tr('entered')}: `),
      idList(comparison.entered, 'entered-list'),
      ' · ',
      h('strong', {}, `${tr('left')}: `),
      idList(comparison.left, 'left-list'),
    ),
    comparison.numbers.spearman === null
      ? null
      : h('p', {}, tr('spearman', { r: comparison.numbers.spearman.toFixed(4) })),
    h('p', {}, tr('notScored', { n: notScored })),
    ...sections,
  );
}

/** An applicant's id as a button that opens its explanation. */
function idButton(id: string): HTMLElement {
  return h('button', { type: 'button', class: 'id-link', onclick: () => choose(id) }, id);
}

function choose(id: string): void {
  state.chosen = id;
  renderExplanation();
  $('explanation').scrollIntoView();
}

function renderExplanation(): void {
  const box = $('explanation-body');
  const { report, chosen } = state;
  if (!report || chosen === null) {
    fill(box, h('p', {}, tr('explainHint')));
    return;
  }
  let why: ReturnType<typeof explain>;
  try {
    why = explain(report, chosen);
  } catch (error) {
    fill(box, ...messagesOf(error).map((m) => h('p', { class: 'error' }, m)));
    return;
  }
  const zh = narrate(why, { locale: 'zh-CN' });
  const en = narrate(why, { locale: 'en' });
  const nodes = why.nodes.filter((n) => n.depth > 0);
  fill(
    box,
    h('h3', { 'data-id': chosen }, `${chosen} ${labelOf(why.entity.name)}`),
    h(
      'div',
      { class: 'narration' },
      h('ul', { lang: 'zh-CN', class: 'zh' }, ...zh.map((s) => h('li', {}, s))),
      h('ul', { lang: 'en', class: 'en' }, ...en.map((s) => h('li', {}, s))),
    ),
    nodes.length === 0
      ? null
      : h(
          'table',
          { class: 'contributions' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['node', 'score', 'share', 'contribution', 'lost'] as const).map((k) =>
                h('th', {}, tr(k)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...nodes.map((n) =>
              h(
                'tr',
                { class: `depth-${n.depth}` },
                h('td', { class: `label indent-${Math.min(n.depth, 4)}` }, labelOf(n.label)),
                h('td', { class: 'num' }, n.score ?? '—'),
                h('td', { class: 'num' }, n.share),
                h('td', { class: 'num' }, n.contribution ?? '—'),
                h('td', { class: 'num' }, n.lost ?? '—'),
              ),
            ),
          ),
        ),
  );
}

// ─── Sensitivity in a Web Worker ──────────────────────────────────────────────────────────────

let worker: Worker | null = null;

/** The worker, from the bundled source that workbench-worker.js sets (a Blob URL works from file://). */
async function startWorker(): Promise<Worker> {
  await loadScript('workbench-worker.js');
  const source = (globalThis as unknown as { youpinWorkbenchWorker: string }).youpinWorkbenchWorker;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const started = new Worker(url);
  URL.revokeObjectURL(url);
  return started;
}

async function runSensitivity(): Promise<void> {
  const { batch, definition } = state;
  if (!batch || !definition || worker) return;
  const draws = Math.max(
    10,
    Math.min(100_000, Number(($('draws') as HTMLInputElement).value) || 200),
  );
  const fraction = Math.max(
    0,
    Math.min(0.9, Number(($('spread') as HTMLInputElement).value) || 0.1),
  );
  state.sensitivity = null;
  state.sensitivityState = tr('running', { done: 0, total: draws });
  renderSensitivity();
  const current = await startWorker();
  worker = current;
  renderSensitivity();
  current.onmessage = (event: MessageEvent<SensitivityMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      const bar = $('progress') as HTMLProgressElement;
      bar.max = message.total;
      bar.value = message.done;
      fill($('sensitivity-state'), tr('running', { done: message.done, total: message.total }));
      return;
    }
    current.terminate();
    worker = null;
    if (message.type === 'done') {
      state.sensitivity = message.result;
      state.sensitivityState = '';
    } else state.sensitivityState = message.message;
    renderSensitivity();
  };
  const request: SensitivityRequest = {
    definition,
    entities: batch.entities,
    seed: 1,
    draws,
    fraction,
  };
  current.postMessage(request);
}

function cancelSensitivity(): void {
  if (!worker) return;
  worker.terminate();
  worker = null;
  state.sensitivityState = tr('cancelled');
  renderSensitivity();
}

function renderSensitivity(): void {
  const running = worker !== null;
  ($('run') as HTMLButtonElement).disabled = running || !state.batch;
  ($('cancel') as HTMLButtonElement).disabled = !running;
  const bar = $('progress') as HTMLProgressElement;
  bar.hidden = !running;
  if (!running) bar.value = 0;
  fill($('sensitivity-state'), state.sensitivityState);
  const box = $('sensitivity-body');
  const result = state.sensitivity;
  if (!result || !state.model) {
    fill(box);
    return;
  }
  fill(
    box,
    ...state.model.sectors.map((s) => {
      const rows = result.entities
        .filter((e) => e.sector === s.id && e.status === 'scored')
        .sort((a, b) => (a.nominal.sectorRank ?? 0) - (b.nominal.sectorRank ?? 0));
      return h(
        'section',
        {},
        h('h3', {}, labelOf(s.label)),
        h(
          'table',
          { class: 'sensitivity' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, tr('id')),
              h('th', {}, tr('rank')),
              h('th', {}, tr('median')),
              h('th', {}, tr('interval')),
              h('th', {}, tr('pSelected')),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map((e) =>
              h(
                'tr',
                { 'data-id': e.id ?? '' },
                h('td', {}, e.id ?? ''),
                h('td', { class: 'num' }, e.nominal.sectorRank),
                h('td', { class: 'num' }, e.sectorRank?.median ?? '—'),
                h(
                  'td',
                  { class: 'num' },
                  e.sectorRank ? `${e.sectorRank.p5}–${e.sectorRank.p95}` : '—',
                ),
                h(
                  'td',
                  { class: 'num' },
                  e.probability ? `${(e.probability.selected * 100).toFixed(1)} %` : '—',
                ),
              ),
            ),
          ),
        ),
      );
    }),
  );
}

// ─── Export ──────────────────────────────────────────────────────────────────────────────────

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The adjusted model as a new version, with what the workbench changed in its provenance. */
function exportedModel(): ModelInput | null {
  const { definition, base } = state;
  if (!definition || !base) return null;
  const typed = ($('version') as HTMLInputElement).value.trim();
  const version = typed || `${base.model.version}-workbench-${today().replaceAll('-', '')}`;
  return asNewVersion(
    definition,
    base.model,
    version,
    state.changes,
    [...state.changedSectors],
    today(),
  );
}

function exportAs(kind: 'model' | 'html' | 'csv' | 'long'): void {
  const adjusted = exportedModel();
  if (!adjusted) return;
  const stem = `${adjusted.id}-${adjusted.version}`;
  if (kind === 'model') {
    download(`${stem}.json`, 'application/json', `${JSON.stringify(adjusted, null, 2)}\n`);
    return;
  }
  const batch = state.batch;
  if (!batch) return;
  // The report of the exported version itself, so that it names the version it was made with.
  const report = score(adjusted, batch.entities);
  if (kind === 'html')
    download(
      `${stem}.html`,
      'text/html',
      toHtml(report, { locale: state.lang === 'zh' ? 'zh-CN' : 'en' }),
    );
  else if (kind === 'csv') download(`${stem}.csv`, 'text/csv', toCsv(report));
  else download(`${stem}-long.csv`, 'text/csv', toLongCsv(report));
}

// ─── Wiring ──────────────────────────────────────────────────────────────────────────────────

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function wire(): void {
  const dataInput = $('data-file') as HTMLInputElement;
  dataInput.addEventListener('change', async () => {
    const file = dataInput.files?.[0];
    if (file) await readFile(file.name, await bytesOf(file));
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) await readFile(file.name, await bytesOf(file));
  });
  const presets = $('preset') as HTMLSelectElement;
  for (const key of Object.keys(PRESETS))
    presets.append(h('option', { value: key, 'data-preset': key }, key));
  presets.addEventListener('change', () => {
    const preset = PRESETS[presets.value];
    if (preset) void loadModel(preset, presets.value);
  });
  const modelInput = $('model-file') as HTMLInputElement;
  modelInput.addEventListener('change', async () => {
    const file = modelInput.files?.[0];
    if (!file) return;
    try {
      await loadModel(JSON.parse(await file.text()) as ModelInput, file.name);
    } catch (error) {
      state.modelError = messagesOf(error);
      renderModel();
    }
  });
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    renderAll();
  });
  $('run').addEventListener('click', () => void runSensitivity());
  $('cancel').addEventListener('click', cancelSensitivity);
  for (const kind of ['model', 'html', 'csv', 'long'] as const)
    $(`export-${kind}`).addEventListener('click', () => exportAs(kind));
}

wire();
void loadModel(liaocheng2024, 'liaocheng2024').then(() => {
  document.body.dataset['ready'] = String(performance.now());
});
