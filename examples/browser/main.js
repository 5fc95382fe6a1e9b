// Scores the sample batch in the browser with the built package (dist/) and shows the ranking
// of each sector. Plain JS, no build step: index.html maps the bare specifiers to files.
import { score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

/** A label, `{ zh, en }` or a plain string, as one line of text. */
const text = (label) =>
  label === null || label === undefined
    ? ''
    : typeof label === 'string'
      ? label
      : [label.zh, label.en].filter(Boolean).join(' · ');

/** An element with its text set through textContent (never markup from data). */
const el = (tag, content, attributes = {}) => {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

const sectorTable = (sector, entities) => {
  const section = el('section', undefined, { 'data-sector': sector.id });
  section.append(el('h2', text(sector.label)));
  const table = el('table', undefined, { class: 'ranking', 'data-sector': sector.id });
  const head = el('tr');
  for (const title of ['名次 rank', '编号 id', '名称 name', '总分 total', '入选 selected']) {
    head.append(el('th', title, { scope: 'col' }));
  }
  table.appendChild(el('thead')).append(head);
  const body = table.appendChild(el('tbody'));
  for (const e of entities) {
    const row = el('tr', undefined, { 'data-id': e.id ?? '' });
    const selected = e.selection?.selected === true;
    row.append(
      el('td', String(e.rank.sector ?? ''), { class: 'num' }),
      el('td', e.id ?? ''),
      el('td', text(e.name)),
      el('td', e.total ?? '', { class: 'num' }),
      el('td', selected ? '是 yes' : '否 no', { 'data-selected': String(selected) }),
    );
    body.append(row);
  }
  section.append(table);
  return section;
};

async function main() {
  const response = await fetch(new URL('../data/sample-batch.json', import.meta.url));
  if (!response.ok) throw new Error(`could not fetch the sample batch: HTTP ${response.status}`);
  const batch = await response.json();
  const report = score(liaocheng2024, batch);

  const scored = report.counts.scored;
  const summary = document.getElementById('summary');
  summary.textContent = `已计分 ${scored} · scored ${scored}`;
  summary.dataset.scored = String(scored);

  const container = document.getElementById('sectors');
  for (const sector of liaocheng2024.sectors) {
    const entities = report.entities
      .filter((e) => e.sector === sector.id && e.status === 'scored')
      .sort((a, b) => (a.rank.sector ?? 0) - (b.rank.sector ?? 0) || a.index - b.index);
    container.append(sectorTable(sector, entities));
  }
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  const box = document.getElementById('error');
  box.textContent = `出错 · error: ${error instanceof Error ? error.message : String(error)}`;
  box.hidden = false;
  console.error(error);
});
