import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ahp,
  compareToBenchmark,
  criticWeights,
  defineModel,
  entropyWeights,
  explain,
  narrate,
  score,
} from 'youpin';
import { gbt19580, haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import { type Run, sampleBatch, scratch, smallBatch, youpin } from './_cli.js';

const SAMPLE = 'examples/data/sample-batch.json';
const report = score(defineModel(liaocheng2024), sampleBatch());
const small = smallBatch();
// Three valid applicants.
const three = join(scratch(), 'three.json');
writeFileSync(three, JSON.stringify(sampleBatch().slice(0, 3)));

describe('youpin explain', () => {
  let en: Run;
  let zh: Run;
  let json: Run;
  let unknown: Run;
  beforeAll(async () => {
    [en, zh, json, unknown] = await Promise.all([
      youpin(['explain', 'M001', SAMPLE, '--benchmark', 'haopinShandong']),
      youpin(['explain', 'M001', SAMPLE, '--lang', 'zh']),
      youpin(['explain', 'M001', SAMPLE, '--benchmark', 'haopinShandong', '--format', 'json']),
      youpin(['explain', 'NOPE', three]),
    ]);
  });
  const why = explain(report, 'M001', { benchmark: haopinShandongBenchmark });

  it("prints narrate's sentences under the applicant's name", () => {
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(
      `M001 Dongchang Yunli New Materials Co., Ltd. (Manufacturing)\n${narrate(why, { locale: 'en' }).join('\n')}\n`,
    );
    expect(en.stdout).toContain(
      'Not selected: the total of 38.23 is below the threshold of 70.00.',
    );
  });

  it('in Chinese', () => {
    const plain = explain(report, 'M001');
    expect(zh.stdout).toBe(
      `M001 东昌允栎新材料有限公司（制造业）\n${narrate(plain, { locale: 'zh-CN' }).join('\n')}\n`,
    );
    expect(zh.stdout.split('\n')[1]).toBe('总分 38.23，在制造业 42 家参评企业中排名第 41。');
  });

  it('--format json is exactly the Explanation data', () => {
    expect(json.stdout).toBe(`${JSON.stringify(why, null, 2)}\n`);
  });

  it('an unknown id is a problem of the data (exit 1)', () => {
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      `youpin: no applicant with the id "NOPE" in ${three} (3 ids: M001, M002, M003)\n`,
    );
  });
});

describe('youpin validate', () => {
  const dir = scratch();
  const good = join(dir, 'good.json');
  const bad = join(dir, 'bad.json');
  const model = JSON.parse(JSON.stringify(gbt19580));
  model.name = { zh: '卓越绩效' };
  model.tree.children[0].weight = 'heavy';
  writeFileSync(good, JSON.stringify(gbt19580));
  writeFileSync(bad, JSON.stringify(model));
  let runs: Run[];
  beforeAll(async () => {
    runs = await Promise.all([
      youpin(['validate', '--model', good]),
      youpin(['validate', '--model', bad]),
      youpin(['validate', three]),
      youpin(['validate', 'examples/data/bad-applicants.csv', '--lang', 'zh']),
      youpin(['validate']),
      youpin(['validate', 'test/fixtures/city/missing-fact.csv']),
      youpin(['validate', 'test/fixtures/city/title-rows.csv', '--lang', 'zh']),
    ]);
  });

  it('says OK for a good model file and a good data file (exit 0)', () => {
    const [model, , data] = runs as [Run, Run, Run];
    expect([model.code, model.stdout]).toEqual([
      0,
      `OK: model ${good} (gbt19580-2012 2012) has no problems.\n`,
    ]);
    expect([data.code, data.stderr]).toEqual([0, '']);
    expect(data.stdout).toBe(
      `OK: model liaocheng2024 (liaocheng-youpin 2024.1-proposed) and ${three} (3 rows) have no problems.\n`,
    );
  });

  it('lists every problem of a model file, with its path (exit 1)', () => {
    const run = runs[1] as Run;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`The model ${bad} has 2 problems:`);
    expect(lines.slice(1).map((l) => l.split(': ')[0])).toEqual([
      `${bad}, at name.en`,
      `${bad}, at tree.children.0`,
    ]);
  });

  it('lists the problems of a data file, located, without a report (exit 1)', () => {
    const run = runs[3] as Run;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'bad-applicants.csv 第 3 行 研发投入强度（近 3 年平均） 列：' +
        '"12,5"（研发投入强度（近 3 年平均））不是数字：小数请用小数点，如 12.5',
    );
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'examples/data/bad-applicants.csv：共 5 个问题；4 行中有 3 行无法计分。',
    );
  });

  it('needs something to validate (exit 2)', () => {
    const run = runs[4] as Run;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'youpin: nothing to validate: give a data file, --model FILE, or both\nSee: youpin validate --help\n',
    );
  });

  it('names a gate’s fact column that the file lacks, with its consequence (exit 1)', () => {
    const run = runs[5] as Run;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'missing-fact.csv, row 1: there is no column for the fact "Years of continuous operation" (add a column headed "连续经营年限" / "fact.years_operating"): every applicant will be ineligible under G2 “Operating for at least 3 years”',
    );
  });

  it('says where it found the header below a title, as a notice and not a problem', () => {
    const run = runs[6] as Run;
    expect(run.stderr.split('\n')[0]).toBe(
      '提示：title-rows.csv 第 3 行：表头在第 3 行；其上方的第 1, 2 行作为标题跳过',
    );
    // The only problem is the sample's own "12,5" (row A009): the title is none.
    expect(run.stderr).not.toContain('文件中有');
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'test/fixtures/city/title-rows.csv：共 1 个问题；36 行中有 1 行无法计分。',
    );
  });
});

describe('youpin weights', () => {
  const dir = scratch();
  const pairwise = join(dir, 'pairwise.csv');
  const inconsistent = join(dir, 'inconsistent.json');
  const decision = join(dir, 'decision.csv');
  const broken = join(dir, 'broken.csv');
  writeFileSync(pairwise, ',Q,I,B\r\nQ,1,3,5\r\nI,1/3,1,3\r\nB,1/5,1/3,1\r\n');
  writeFileSync(inconsistent, '[[1, 3, "1/5"], ["1/3", 1, 3], [5, "1/3", 1]]');
  writeFileSync(
    decision,
    'name,revenue,rnd,energy\nA,100,3,1.2\nB,200,5,0.9\nC,150,4,1.0\nD,120,6,1.1\n',
  );
  writeFileSync(broken, 'Q,I\n1,x\n1,1\n');
  const matrix = [
    ['100', '3', '1.2'],
    ['200', '5', '0.9'],
    ['150', '4', '1.0'],
    ['120', '6', '1.1'],
  ];
  const directions = ['higher', 'higher', 'lower'] as const;
  let runs: Run[];
  beforeAll(async () => {
    runs = await Promise.all([
      youpin(['weights', 'ahp', pairwise]),
      youpin(['weights', 'ahp', pairwise, '--format', 'json']),
      youpin(['weights', 'ahp', inconsistent, '--strict', '--lang', 'zh']),
      youpin(['weights', 'entropy', decision, '--directions', 'higher,higher,lower', '-f', 'json']),
      youpin(['weights', 'critic', decision, '-d', 'higher,higher,lower', '--format', 'csv']),
      youpin(['weights', 'critic', decision]),
      youpin(['weights', 'ahp', broken]),
      youpin(['weights', 'magic', pairwise]),
      youpin(['weights', 'ahp', pairwise, '--directions', 'higher']),
    ]);
  });

  it('ahp: weights, λmax, CI, RI, CR and the verdict as a table', () => {
    const run = runs[0] as Run;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'AHP (eigenvector, random index saaty1980)',
        'Criterion  Weight',
        '─────────  ──────',
        'Q          0.6370',
        'I          0.2583',
        'B          0.1047',
        'λmax 3.0385 · CI 0.0193 · RI 0.58 · CR 0.0332',
        'Consistent enough: CR 0.0332 ≤ 0.1.',
        '',
      ].join('\n'),
    );
  });

  it('ahp --format json is exactly the library result (fractions read exactly)', () => {
    const expected = ahp([
      [1, 3, 5],
      ['1/3', 1, 3],
      ['1/5', '1/3', 1],
    ]);
    expect((runs[1] as Run).stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('ahp: an inconsistent matrix gets the judgement to revisit; --strict exits 1', () => {
    const run = runs[2] as Run;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('一致性不可接受：CR 1.5845 > 0.1，请修改判断。');
    expect(run.stdout).toContain(
      '建议先修改 C1 对 C3 的判断（第 1 行第 3 列）：0.2 → 1，修改后 CR 为 0.4835。',
    );
  });

  it('entropy and critic: exactly the library results, with --directions', () => {
    expect((runs[3] as Run).stdout).toBe(
      `${JSON.stringify(entropyWeights(matrix, { directions: [...directions] }), null, 2)}\n`,
    );
    const critic = criticWeights(matrix, { directions: [...directions] });
    expect((runs[4] as Run).stdout).toBe(
      `\uFEFFCriterion,Weight\r\n${['revenue', 'rnd', 'energy'].map((c, i) => `${c},${critic.weights[i]}`).join('\r\n')}\r\n`,
    );
    const table = (runs[5] as Run).stdout.split('\n');
    expect(table[0]).toBe(
      'CRITIC weights — CRITIC, min-max by direction, sample sd, Pearson correlation',
    );
    expect(table[1]).toMatch(/^Criterion {2}Direction +Weight +SD +Information$/);
  });

  it('points at the bad cell (exit 1) and rejects what is not a method or an option of it (exit 2)', () => {
    const [bad, method, option] = runs.slice(6) as [Run, Run, Run];
    expect([bad.code, bad.stderr]).toEqual([
      1,
      `Cannot compute weights from ${broken}: 1 problem:\nbroken.csv, row 2, column I: "x" is not a number\n`,
    ]);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain('weights: "magic" is not one of ahp, entropy, critic, pca');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--directions does not apply to ahp');
  });
});

describe('youpin benchmark', () => {
  const smallReport = score(defineModel(liaocheng2024), small.entities);
  const comparison = compareToBenchmark(smallReport, haopinShandongBenchmark);
  let table: Run;
  let json: Run;
  let csv: Run;
  beforeAll(async () => {
    [table, json, csv] = await Promise.all([
      youpin(['benchmark', small.file]),
      youpin(['benchmark', small.file, '--format', 'json']),
      youpin(['benchmark', small.file, '--format', 'csv', '--lang', 'zh']),
    ]);
  });

  it('shows pass or fail per line and applicant, and the tallies', () => {
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^M002 {2}Linqing Rongyi New Mate… {2}Scored +97\.50 ✓ +96\.90 ✓ +91\.94 ✓ +86\.42 ✓ +86\.75 ✓ {2}✓$/m,
    );
    expect(table.stdout).toMatch(/^A009 .* Invalid data +— +— +— +— +— {2}—$/m);
    expect(table.stdout).toContain(
      `All lines: ${comparison.all.passed} of ${comparison.all.scored} scored pass`,
    );
    expect(comparison.all).toMatchObject({ passed: 1, scored: 3 });
  });

  it('--format json is exactly the comparison data; csv has a row per applicant', () => {
    expect(json.stdout).toBe(`${JSON.stringify(comparison, null, 2)}\n`);
    const rows = csv.stdout.slice(1).split('\r\n');
    expect(rows[0]).toBe(
      '序号,编号,名称,行业,状态,Q 得分,Q 基准线,Q 差距,Q 达到,I 得分,I 基准线,I 差距,I 达到,B 得分,B 基准线,B 差距,B 达到,E 得分,E 基准线,E 差距,E 达到,S 得分,S 基准线,S 差距,S 达到,全部达到',
    );
    expect(rows[1]).toBe(
      '0,M001,东昌允栎新材料有限公司,manufacturing,合格参评,52.90,80.00,-27.10,否,36.09,80.00,-43.91,否,27.54,80.00,-52.46,否,26.26,80.00,-53.74,否,38.90,80.00,-41.10,否,否',
    );
    expect(rows).toHaveLength(small.entities.length + 2);
  });
});

describe('youpin presets and init', () => {
  const dir = scratch();
  const city = join(dir, 'jinan.json');
  let list: Run;
  let listZh: Run;
  let show: Run;
  let unknown: Run;
  beforeAll(async () => {
    [list, listZh, show, unknown] = await Promise.all([
      youpin(['presets']),
      youpin(['presets', '--lang', 'zh']),
      youpin(['presets', 'show', 'liaocheng2024']),
      youpin(['presets', 'show', 'atlantis']),
    ]);
  });

  it('lists the shipped models with id, name, version and sectors', () => {
    expect(list.code).toBe(0);
    const lines = list.stdout.split('\n');
    expect(lines[0]).toMatch(/^Preset +Model id +Version +Name +Sectors$/);
    expect(lines[2]).toMatch(
      /^liaocheng2024 +liaocheng-youpin +2024\.1-proposed +Liaocheng Premium Products +Manufacturing, Agriculture, Services$/,
    );
    expect(lines[3]).toMatch(/^haopinShandong +haopin-shandong /);
    expect(lines[4]).toMatch(/^gbt19580 +gbt19580-2012 /);
    expect(listZh.stdout).toMatch(
      /^liaocheng2024 +liaocheng-youpin +2024\.1-proposed +聊城优品 +制造业、农业、服务业$/m,
    );
  });

  it('prints a preset as JSON', () => {
    expect(JSON.parse(show.stdout)).toEqual(JSON.parse(JSON.stringify(liaocheng2024)));
    expect(unknown.code).toBe(2);
  });

  it('init points $schema at the installed youpin from the file’s folder, and flags 聊城 texts', async () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules', 'youpin', 'schema'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'youpin', 'schema', 'model.schema.json'), '{}');
    mkdirSync(join(project, 'models'));
    const out = join(project, 'models', 'jining.json');
    const run = await youpin([
      'init',
      '--out',
      out,
      '--name-zh',
      '济宁优品',
      '--name-en',
      'Jining',
    ]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.$schema).toBe('../node_modules/youpin/schema/model.schema.json');
    // The new names are in; what still says 聊城 is listed to edit (the gate G1's label, …).
    expect(run.stdout).toMatch(/\d+ texts still name 聊城 \(Liaocheng\): edit them for your city:/);
    expect(run.stdout).toContain('  gates[0].label.zh');
    expect(run.stdout).not.toContain('  name.zh');
  });

  it('init writes a new model file, ready to edit, and never overwrites one without --force', async () => {
    const first = await youpin([
      'init',
      '--out',
      city,
      '--id',
      'jinan-youpin',
      '--name-zh',
      '济南优品',
      '--name-en',
      'Jinan Premium Products',
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(
      `Wrote ${city}: model jinan-youpin 0.1.0, a copy of liaocheng2024 (liaocheng-youpin 2024.1-proposed).`,
    );
    const text = readFileSync(city, 'utf8');
    const written = JSON.parse(text);
    expect(Object.keys(written).slice(0, 4)).toEqual(['$schema', 'id', 'version', 'name']);
    expect(written.$schema).toBe('./node_modules/youpin/schema/model.schema.json');
    expect(written.name).toEqual({ zh: '济南优品', en: 'Jinan Premium Products' });
    const model = defineModel(written);
    expect([model.id, model.version]).toEqual(['jinan-youpin', '0.1.0']);
    expect(model.definition.tree).toEqual(liaocheng2024.tree);

    const [again, badId, validated] = await Promise.all([
      youpin(['init', '--out', city]),
      youpin(['init', '--out', join(dir, 'x.json'), '--id', '9 lives']),
      youpin(['validate', '--model', city]),
    ]);
    const forced = await youpin(['init', city, '--preset', 'gbt19580', '--force']);
    expect([again.code, again.stderr]).toEqual([
      1,
      `youpin: ${city} already exists; use --force to overwrite it\n`,
    ]);
    expect(forced.code).toBe(0);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/^youpin: --id: /);
    expect(validated.code).toBe(0);
    // Without --id, the id comes from the file's name.
    expect(JSON.parse(readFileSync(city, 'utf8'))).toMatchObject({ id: 'jinan', version: '0.1.0' });
  });
});
