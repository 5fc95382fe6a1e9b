import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, type ModelInput, type Report, score, toHtml } from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';

// The page as a string: structure, escaping, self-containment and determinism. What a browser
// makes of it is checked in html.browser.test.ts.

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);
const sampleReport: Report = score(defineModel(liaocheng2024), sample);
const sampleHtml = toHtml(sampleReport, { benchmark: haopinShandongBenchmark });

const l = (zh: string, en: string) => ({ zh, en });
const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;`;
const tiny: ModelInput = {
  id: 'tiny',
  version: '1"2',
  name: l('示例<b>', 'Tiny <b>model</b>'),
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      { id: 'Q', label: l('质量<q>', 'Quality <q>'), scoring: { method: 'direct' } },
      { id: 'I', label: l('创新', 'Innovation'), scoring: { method: 'direct' } },
    ],
  },
  profile: { weights: { Q: 0.6, I: 0.4 } },
  sectors: [
    { id: 'food', label: l('食品<s>', 'Food & <s>drink</s>') },
    { id: 'tea', label: l('茶叶', 'Tea') },
  ],
  facts: [
    { id: 'revenue', label: l('营业收入', 'Revenue'), type: 'number' },
    { id: 'fraud', label: l('造假', 'Fraud'), type: 'boolean' },
  ],
  gates: [
    {
      id: 'G1',
      label: l('收入<u>', 'Revenue <u>'),
      when: { fact: 'revenue', op: '>=', value: 2000 },
    },
  ],
  vetoes: [
    { id: 'V1', label: l('造假', "Fraud '<v>'"), when: { fact: 'fraud', op: '==', value: true } },
  ],
  selection: { threshold: 70, bands: [{ id: 'top', label: l('优<t>', 'Top <t>'), min: 85 }] },
};
const ok = { revenue: 3000, fraud: false };
const tinyReport = score(tiny, [
  { id: `X"'<b>`, name: HOSTILE, sector: 'food', values: { Q: 90, I: 80 }, facts: ok },
  { id: 'B', name: l(HOSTILE, HOSTILE), sector: 'food', values: { Q: 60, I: 60 }, facts: ok },
  { id: 'C', name: HOSTILE, sector: 'tea', values: { Q: 5, I: 5 }, facts: { ...ok, revenue: 1 } },
  { id: 'D', name: HOSTILE, sector: 'tea', values: { Q: 5, I: 5 }, facts: { ...ok, fraud: true } },
  { id: 'E<', name: HOSTILE, sector: 'tea', values: { Q: '<oops>', I: 5 }, facts: ok },
]);

/** The markup between an opening tag that contains `marker` and its `</svg>`. */
function svgWith(html: string, marker: string): string {
  const at = html.indexOf(marker);
  const start = html.lastIndexOf('<svg', at);
  return html.slice(start, html.indexOf('</svg>', at) + 6);
}
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe('toHtml', () => {
  it('is one self-contained document: no script, no external resource, inline CSS', () => {
    for (const html of [sampleHtml, toHtml(tinyReport)]) {
      expect(
        html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'),
      ).toBe(true);
      expect(html.endsWith('</body>\n</html>\n')).toBe(true);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      );
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|form|base)\b/i);
      expect(html).not.toMatch(/<[^>]*\s(src|srcset|action|formaction|on\w+)=/i);
      expect(html).not.toMatch(/<[^>]*\shref="(?!#)/i);
      expect(html).not.toMatch(/url\(|@import/i);
      expect(count(html, /<style>/g)).toBe(1);
      expect(html).toContain('@media print');
      for (const tag of ['html', 'head', 'body', 'section', 'svg', 'details', 'table', 'figure'])
        expect(count(html, new RegExp(`<${tag}[\\s>]`, 'g')), tag).toBe(
          count(html, new RegExp(`</${tag}>`, 'g')),
        );
    }
  });

  it('names no address on the web', () => {
    expect(sampleHtml).not.toMatch(/https?:|www\./i);
  });

  it('links only inside the page, to ids that exist once', () => {
    const ids = [...sampleHtml.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = [...sampleHtml.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] as string);
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) {
      expect(href.startsWith('#'), href).toBe(true);
      expect(ids, href).toContain(href.slice(1));
    }
  });

  it('escapes every text from the model and the batch, in content and attributes', () => {
    const html = toHtml(tinyReport, { title: 'Report <title>' });
    // Only the page's own tags: none of the hostile ones (<b> is the page's, for ids).
    expect(html).not.toMatch(/<(script|img|q|s|t|u|v|x|i)[\s>]/);
    expect(html).not.toContain('<b>model');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;',
    );
    expect(html).toContain('<title>Report &lt;title&gt;</title>');
    expect(html).toContain('data-id="X&quot;&#39;&lt;b&gt;"');
    expect(html).toContain(
      '食品&lt;s&gt; <span lang="en">Food &amp; &lt;s&gt;drink&lt;/s&gt;</span>',
    );
    expect(html).toContain('<b>G1</b> 收入&lt;u&gt; <span lang="en">Revenue &lt;u&gt;</span>');
    expect(html).toContain('Fraud &#39;&lt;v&gt;&#39;');
    expect(html).toContain('tiny 1&quot;2');
    // The default title is the model's name, escaped.
    expect(toHtml(tinyReport, { locale: 'en' })).toContain(
      '<title>Tiny &lt;b&gt;model&lt;/b&gt; — Results</title>',
    );
  });

  it('draws one bar per scored applicant of each sector, the selected ones marked', () => {
    for (const sector of liaocheng2024.sectors) {
      const svg = svgWith(sampleHtml, `data-sector="${sector.id}"><title>`);
      const scored = sampleReport.entities.filter(
        (e) => e.sector === sector.id && e.status === 'scored',
      );
      expect(count(svg, /<rect class="bar /g)).toBe(scored.length);
      const selected = [...svg.matchAll(/data-id="([^"]+)" data-selected="true"/g)].map(
        (m) => m[1],
      );
      expect(selected.sort()).toEqual(
        scored
          .filter((e) => e.selection?.selected)
          .map((e) => e.id)
          .sort(),
      );
      expect(svg).toContain('class="threshold"');
      expect(svg).toContain('入选门槛 Threshold 70');
    }
  });

  it('lists the selected applicants per sector for public notice, with their band', () => {
    const m = /<table class="public-list" data-sector="agriculture">(.*?)<\/table>/s.exec(
      sampleHtml,
    );
    const rows = [...(m?.[1] ?? '').matchAll(/<tr data-id="([^"]+)">.*?<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['A015', 'A030', 'A023', 'A014', 'A017', 'A001']);
    expect(rows[0]?.[0]).toContain(
      '<td class="num">86.89</td><td>良 <span lang="en">Good</span></td>',
    );
  });

  it('explains every applicant: charts against the benchmark for the scored ones, sentences for all', () => {
    const details = count(sampleHtml, /<details class="entity"/g);
    expect(details).toBe(sampleReport.counts.scored);
    expect(count(sampleHtml, /<svg class="chart dimensions"/g)).toBe(sampleReport.counts.scored);
    expect(count(sampleHtml, /<svg class="chart contributions"/g)).toBe(sampleReport.counts.scored);
    // Every entity has its sentences in both languages.
    expect(count(sampleHtml, /<ul class="narration" lang="zh-CN">/g)).toBe(
      sampleReport.entities.length,
    );
    expect(count(sampleHtml, /<ul class="narration" lang="en">/g)).toBe(
      sampleReport.entities.length,
    );
    // The benchmark line and the floors are marks of a shared part; M001 misses the line.
    expect(sampleHtml).toMatch(/<g id="part-\d+">((?!<\/g>).)*class="mark bench"/s);
    expect(sampleHtml).toMatch(/<g id="part-\d+">((?!<\/g>).)*class="mark floor"/s);
    const m001 = sampleHtml.slice(sampleHtml.indexOf('<details class="entity" id="entity-0"'));
    expect(svgWith(m001, 'class="chart dimensions"')).toContain('class="bar below" data-node="Q"');
    // Without a benchmark: no benchmark marks, no "below" tone.
    const plain = toHtml(sampleReport);
    expect(plain).not.toContain('mark bench');
    expect(plain).not.toContain('bar below');
    expect(plain.length).toBeLessThan(sampleHtml.length);
  });

  it('lists the applicants that were not scored, with the gate, veto or data issue', () => {
    const html = toHtml(tinyReport, { locale: 'en' });
    const section = html.slice(html.indexOf('<section id="not-scored">'));
    expect(section).toContain('<b>C</b> &lt;script&gt;');
    expect(section).toContain('<b>G1</b> Revenue &lt;u&gt;');
    expect(section).toContain('<b>V1</b> Fraud &#39;&lt;v&gt;&#39;');
    expect(section).toContain('<code>not_a_number @ entities.4.values.Q</code>');
  });

  it('shows the notices that need action before publication near the top and on each applicant', () => {
    const start = sampleHtml.indexOf('<section class="notices" id="notices">');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(sampleHtml.indexOf('<section class="sector"'));
    expect(sampleHtml).toContain('<li><a href="#notices">⚠ 公示前需处理的事项');
    const section = sampleHtml.slice(start, sampleHtml.indexOf('</section>', start));
    expect(section).toContain(
      '<li>3 家申报对象需专家重新评分后方可公示 <span lang="en">3 applicants need expert re-scoring before publication</span></li>',
    );
    const ids = [...section.matchAll(/<tr data-id="([^"]*)"><td><a href="#entity-(\d+)">/g)];
    expect(ids.map((m) => m[1])).toEqual([
      'M007',
      'M011',
      'M031',
      'A005',
      'A012',
      'S009',
      'S012',
      'S017',
    ]);
    // Each links to its explanation, which shows the notices first.
    for (const [, id, index] of ids) {
      const at = sampleHtml.indexOf(`<details class="entity" id="entity-${index}"`);
      const details = sampleHtml.slice(at, sampleHtml.indexOf('</details>', at));
      expect(details, id).toContain(`data-id="${id}"`);
      expect(details, id).toMatch(/<\/summary><div class="body">\n<ul class="notices"><li><b>/);
      expect(details, id).toContain('<span class="badge warn">⚠ ');
    }
    const m007 = sampleHtml.slice(sampleHtml.indexOf('<details class="entity" id="entity-6"'));
    expect(m007).toContain(
      '<li><b>专家需重新评分 <span lang="en">experts must re-score</span></b>: 专家对指标「关键技术/性能指标对标」（m_Q2）的评分极差为 60 分（上限 30），需讨论后重新评分 <span lang="en">the experts&#39; scores on &quot;Key technical indicators vs. benchmark&quot; (m_Q2) spread over 60 points (limit 30): re-score after discussion</span></li>',
    );
    expect(count(sampleHtml, /<span class="badge warn">/g)).toBe(8);
    // A batch without notices has no such section.
    expect(toHtml(tinyReport)).not.toContain('id="notices"');
  });

  it('marks a selected applicant with notices in the list for public notice', () => {
    const renormalise: ModelInput = {
      ...tiny,
      tree: {
        ...tiny.tree,
        children: [
          { id: 'Q', label: l('质量', 'Quality'), scoring: { method: 'direct' } },
          {
            id: 'I',
            label: l('创新', 'Innovation'),
            scoring: { method: 'direct' },
            missing: 'renormalise',
          },
        ],
      },
    };
    const report = score(renormalise, [
      { id: 'A', name: 'a', sector: 'food', values: { Q: 90, I: null }, facts: ok },
    ]);
    const html = toHtml(report, { locale: 'en' });
    const list = html.slice(html.indexOf('<table class="public-list"'));
    expect(list).toMatch(
      /<tr data-id="A">.*<td>a <a class="warn" href="#entity-0" title="missing, weights renormalised">⚠<\/a><\/td>/,
    );
  });

  it('speaks Chinese, English or both', () => {
    const en = toHtml(sampleReport, { locale: 'en', benchmark: haopinShandongBenchmark });
    expect(en).toContain('<html lang="en">');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = toHtml(sampleReport, { locale: 'zh-CN', benchmark: haopinShandongBenchmark });
    expect(zh).not.toContain('lang="en"');
    expect(zh).not.toContain('List for public notice');
    expect(zh).toContain('公示名单');
    expect(sampleHtml).toContain('公示名单 <span lang="en">List for public notice</span>');
  });

  it('works without a selection and with rows that have no id', () => {
    const { selection: _, ...open } = tiny;
    const report = score(open, [
      { id: 'A', name: 'a', sector: 'tea', values: { Q: 1, I: 2 }, facts: ok },
      { name: 'no id', sector: 'tea', values: { Q: 1, I: 2 }, facts: ok } as unknown as EntityInput,
    ]);
    const html = toHtml(report);
    expect(html).not.toContain('public-list');
    expect(html).not.toContain('class="threshold"');
    expect(html).toContain('<b>#1</b> no id');
  });

  it('is deterministic and a reasonable size', () => {
    const again = toHtml(JSON.parse(JSON.stringify(sampleReport)), {
      benchmark: haopinShandongBenchmark,
    });
    expect(again).toBe(sampleHtml);
    expect(sampleHtml).not.toContain(new Date().toISOString().slice(0, 10));
    expect(Buffer.byteLength(sampleHtml)).toBeLessThan(1_500_000);
  });
});
