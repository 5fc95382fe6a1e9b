// The page's words, in Chinese and English. Messages about data and models come from the library
// (the same as `youpin validate` prints); these are the page's own labels.

export type Lang = 'zh' | 'en';

type Words = Readonly<Record<Lang, string>>;

const w = (zh: string, en: string): Words => ({ zh, en });

export const TEXT = {
  title: w('youpin 工作台', 'youpin workbench'),
  intro: w(
    '打开申报数据，调整模型，即时查看各行业排名的变化。全部在本机浏览器中计算，不联网。',
    'Open the applicants’ data, adjust the model and watch each sector’s ranking move. Everything is computed in this browser; nothing goes over the network.',
  ),
  data: w('1. 申报数据', '1. Data'),
  dataHint: w(
    '拖入或选择 .xlsx、.csv（UTF-8 或 GB18030）或 .json 文件',
    'Drop or choose an .xlsx, .csv (UTF-8 or GB18030) or .json file',
  ),
  reading: w('正在读取…', 'Reading…'),
  loadingXlsx: w('正在载入 Excel 读取器…', 'Loading the Excel reader…'),
  fileSummary: w('{file}：{n} 家申报对象', '{file}: {n} applicants'),
  cannotRead: w('无法读取该文件：', 'The file cannot be read:'),
  problems: w('问题与提示', 'Problems and notices'),
  noProblems: w('没有发现问题。', 'No problems found.'),
  kindAction: w('公示前需处理', 'Needs action before publication'),
  kindFile: w('文件问题', 'Problem of the file'),
  kindRow: w('数据行问题（不计分）', 'Row problem (not scored)'),
  kindNotice: w('提示', 'Notice'),
  model: w('2. 模型', '2. Model'),
  preset: w('预置模型', 'Preset'),
  modelFile: w('或载入模型 JSON', 'or load a model JSON'),
  modelProblems: w('模型有问题：', 'The model has problems:'),
  sector: w('行业', 'Sector'),
  node: w('指标', 'Indicator'),
  weight: w('权重（同级）', 'Weight (among siblings)'),
  fraction: w('分数', 'Fraction'),
  effective: w('总权重', 'Effective weight'),
  scoring: w('计分方法', 'Scoring'),
  goalposts: w('目标值（下限，上限）', 'Goalposts (lower, upper)'),
  rules: w('申报条件与一票否决', 'Gates and vetoes'),
  threshold: w('入选线', 'Threshold'),
  quota: w('名额', 'Quota'),
  reset: w('恢复载入时的模型', 'Back to the model as loaded'),
  changes: w('已作的调整', 'Changes made'),
  noChanges: w('尚未调整。', 'No changes yet.'),
  ranking: w('3. 排名', '3. Ranking'),
  rescoring: w('正在重新计分…', 'Re-scoring…'),
  rescored: w('重新计分 {n} 家，用时 {ms} 毫秒', 'Re-scored {n} applicants in {ms} ms'),
  rank: w('名次', 'Rank'),
  id: w('编号', 'Id'),
  name: w('名称', 'Name'),
  total: w('总分', 'Total'),
  moved: w('名次变化', 'Moved'),
  selected: w('入选', 'Selected'),
  entered: w('新入选', 'Entered'),
  left: w('落选', 'Left'),
  none: w('无', 'none'),
  notScored: w(
    '未计分：{n} 家（不符合条件、否决或数据无效）',
    'Not scored: {n} (ineligible, vetoed or invalid)',
  ),
  spearman: w(
    '与载入模型的排名相关（Spearman ρ）：{r}',
    'Rank correlation with the model as loaded (Spearman ρ): {r}',
  ),
  explainTitle: w('4. 单个申报对象的解释', '4. One applicant explained'),
  explainHint: w(
    '点击排名中的编号查看解释。',
    'Click an id in the ranking to see its explanation.',
  ),
  contribution: w('贡献', 'Contribution'),
  share: w('占比', 'Share'),
  score: w('得分', 'Score'),
  lost: w('失分', 'Points lost'),
  sensitivity: w('5. 敏感性分析', '5. Sensitivity'),
  draws: w('抽样次数', 'Draws'),
  fractionLabel: w('权重扰动幅度（±）', 'Weight perturbation (±)'),
  run: w('运行', 'Run'),
  cancel: w('取消', 'Cancel'),
  cancelled: w('已取消。', 'Cancelled.'),
  running: w('运行中… {done}/{total}', 'Running… {done}/{total}'),
  interval: w('名次区间（5%–95%）', 'Rank interval (5–95 %)'),
  median: w('名次中位数', 'Median rank'),
  pSelected: w('入选概率', 'P(selected)'),
  export: w('6. 导出', '6. Export'),
  version: w('新版本号', 'New version'),
  exportModel: w('调整后的模型（JSON）', 'Adjusted model (JSON)'),
  exportHtml: w('报告（HTML）', 'Report (HTML)'),
  exportCsv: w('报告（CSV）', 'Report (CSV)'),
  exportLong: w('报告（长格式 CSV）', 'Report (long CSV)'),
  language: w('English', '中文'),
} as const;

export type TextKey = keyof typeof TEXT;

/** A page word in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
