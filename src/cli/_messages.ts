// Every text the command line shows, in English and Chinese side by side. Issue messages come
// from the library and youpin/node (each issue carries both languages).

import { showText } from 'youpin';

/** The language of the command line's messages. */
export type Lang = 'zh' | 'en';

/**
 * The language from the environment: Chinese when LC_ALL, LC_MESSAGES or LANG (the first that is
 * set, in that order, as POSIX reads them) starts with `zh`; English otherwise.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

const EXIT_EN = 'Exit codes: 0 ok · 1 problems in the data or the model · 2 wrong usage';
const EXIT_ZH = '退出码：0 成功 · 1 数据或模型有问题 · 2 用法错误';

const MODEL_EN = `  -m, --model FILE      a model file (JSON; see youpin init)
  -p, --preset NAME     a shipped model: liaocheng2024 (default), haopinShandong, gbt19580`;
const MODEL_ZH = `  -m, --model 文件      模型文件（JSON，可用 youpin init 生成）
  -p, --preset 名称     内置模型：liaocheng2024（默认）、haopinShandong、gbt19580`;

const DATA_EN = `      --encoding ENC    CSV encoding: auto (default: UTF-8, else GB18030), utf-8, gb18030 (gbk)
      --sheet NAME      the XLSX sheet with the applicants
      --date YYYY-MM-DD evaluation date for the rules (overrides the model's)`;
const DATA_ZH = `      --encoding 编码   CSV 编码：auto（默认：先 UTF-8，否则 GB18030）、utf-8、gb18030（gbk）
      --sheet 名称      XLSX 中申报数据所在的工作表
      --date YYYY-MM-DD 规则的评价基准日（覆盖模型中的设置）`;

const COMMON_EN = `      --lang zh|en      language of the messages
  -h, --help            this help`;
const COMMON_ZH = `      --lang zh|en      提示信息的语言
  -h, --help            显示本帮助`;

const STATUS = {
  scored: { en: 'Scored', zh: '合格参评' },
  ineligible: { en: 'Ineligible', zh: '不符合申报条件' },
  vetoed: { en: 'Vetoed', zh: '一票否决' },
  invalid: { en: 'Invalid data', zh: '数据无效' },
} as const;

const REASON = {
  selected: { en: 'Selected', zh: '入选' },
  not_scored: { en: 'Not scored', zh: '未计分' },
  below_threshold: { en: 'Below threshold', zh: '低于门槛' },
  below_floor: { en: 'Below a dimension floor', zh: '维度未达标' },
  outside_quota: { en: 'Outside the quota', zh: '超出名额' },
  lost_tie_break: { en: 'Lost the tie-break', zh: '并列决胜落选' },
  tie_unresolved: { en: 'Tie unresolved', zh: '并列待定' },
} as const;

const TEXTS = {
  // ── usage ──────────────────────────────────────────────────────────────────────────────────
  unknownCommand: {
    en: (name: string): string =>
      `unknown command "${name}" (commands: score, explain, validate, weights, benchmark, presets, init)`,
    zh: (name: string): string =>
      `未知命令"${name}"（可用命令：score、explain、validate、weights、benchmark、presets、init）`,
  },
  unknownOption: {
    en: (option: string): string => `unknown option ${option}`,
    zh: (option: string): string => `未知选项 ${option}`,
  },
  needsValue: {
    en: (option: string): string => `option ${option} needs a value`,
    zh: (option: string): string => `选项 ${option} 需要一个值`,
  },
  noValue: {
    en: (option: string): string => `option ${option} takes no value`,
    zh: (option: string): string => `选项 ${option} 不接受值`,
  },
  badChoice: {
    en: (option: string, value: string, choices: string): string =>
      `${option}: "${value}" is not one of ${choices}`,
    zh: (option: string, value: string, choices: string): string =>
      `${option}："${value}"不是可选值之一（${choices}）`,
  },
  badDate: {
    en: (value: string): string => `--date: "${value}" is not a date written YYYY-MM-DD`,
    zh: (value: string): string => `--date："${value}"不是 YYYY-MM-DD 格式的日期`,
  },
  missingArguments: {
    en: (usage: string): string => `missing arguments; usage: youpin ${usage}`,
    zh: (usage: string): string => `缺少参数；用法：youpin ${usage}`,
  },
  tooManyArguments: {
    en: (extra: string): string => `unexpected argument "${extra}"`,
    zh: (extra: string): string => `多余的参数"${extra}"`,
  },
  modelAndPreset: {
    en: 'give either --model or --preset, not both',
    zh: '--model 与 --preset 只能选其一',
  },
  optionNotFor: {
    en: (option: string, method: string): string => `${option} does not apply to ${method}`,
    zh: (option: string, method: string): string => `${option} 不适用于 ${method}`,
  },
  seeHelp: {
    en: (command: string | undefined): string =>
      `See: youpin ${command === undefined ? '' : `${command} `}--help`,
    zh: (command: string | undefined): string =>
      `参见：youpin ${command === undefined ? '' : `${command} `}--help`,
  },
  validateWhat: {
    en: 'nothing to validate: give a data file, --model FILE, or both',
    zh: '没有可校验的内容：请给出数据文件、--model 文件，或两者',
  },
  presetMissing: {
    en: 'presets show: which preset? (liaocheng2024, haopinShandong, gbt19580)',
    zh: 'presets show：请指定内置模型（liaocheng2024、haopinShandong、gbt19580）',
  },
  initNeedsOut: {
    en: 'init: where to write the model? Give --out FILE (e.g. --out city.json)',
    zh: 'init：请用 --out 指定模型文件的写入位置（如 --out city.json）',
  },
  internalError: {
    en: 'youpin: internal error (a bug; please report it with the command you ran):',
    zh: 'youpin：内部错误（程序缺陷，请连同所运行的命令一起报告）：',
  },

  // ── problems ───────────────────────────────────────────────────────────────────────────────
  at: {
    en: (where: string, message: string): string => `${where}: ${message}`,
    zh: (where: string, message: string): string => `${where}：${message}`,
  },
  inFile: {
    en: (file: string, path: string): string => `${file}, at ${path}`,
    zh: (file: string, path: string): string => `${file}，位置 ${path}`,
  },
  inColumn: {
    en: (file: string, column: string): string => `${file}, column ${column}`,
    zh: (file: string, column: string): string => `${file} ${column} 列`,
  },
  item: {
    en: (n: number): string => `, item ${n}`,
    zh: (n: number): string => `，第 ${n} 项`,
  },
  modelHasProblems: {
    en: (file: string, n: number): string =>
      `The model ${file} has ${n} problem${n === 1 ? '' : 's'}:`,
    zh: (file: string, n: number): string => `模型 ${file} 有 ${n} 个问题：`,
  },
  fileProblems: {
    en: (file: string, n: number): string =>
      `${file}: ${n} problem${n === 1 ? '' : 's'} in the file:`,
    zh: (file: string, n: number): string => `${file}：文件中有 ${n} 个问题：`,
  },
  rowProblems: {
    en: (n: number): string =>
      `${n} row${n === 1 ? ' has' : 's have'} problems (kept in the report as not scored):`,
    zh: (n: number): string => `${n} 行数据有问题（在报告中保留，不计分）：`,
  },
  coherenceSector: {
    en: (sector: string, n: number): string => `${sector}: ${n} scored applicants`,
    zh: (sector: string, n: number): string => `${sector}：${n} 个已计分申报对象`,
  },
  coherenceBranch: {
    en: (parent: string, n: number, alpha: string, pc1: string): string =>
      `${parent} — n ${n}, Cronbach's α ${alpha}, first component explains ${pc1}`,
    zh: (parent: string, n: number, alpha: string, pc1: string): string =>
      `${parent}——n = ${n}，Cronbach α = ${alpha}，第一主成分解释 ${pc1}`,
  },
  progressDraws: {
    en: (n: number, total: number): string =>
      total === 0
        ? 'scoring the model exactly…'
        : `${n.toLocaleString('en')} of ${total.toLocaleString('en')} draws…`,
    zh: (n: number, total: number): string =>
      total === 0
        ? '正在精确计分…'
        : `已完成 ${n.toLocaleString('en')} / ${total.toLocaleString('en')} 次抽样…`,
  },
  sensitivityProblems: {
    en: (n: number): string =>
      `Cannot run the sensitivity analysis: ${n} problem${n === 1 ? '' : 's'}:`,
    zh: (n: number): string => `无法进行敏感性分析，共 ${n} 个问题：`,
  },
  optionsNotObject: {
    en: (file: string): string => `${file} must hold one JSON object: the options of sensitivity()`,
    zh: (file: string): string => `${file} 应为一个 JSON 对象，即 sensitivity() 的选项`,
  },
  tooManyWorkers: {
    en: (n: number, cores: number): string =>
      `--workers: ${n} is more than this machine's ${cores} cores (each worker holds the model and the batch)`,
    zh: (n: number, cores: number): string =>
      `--workers：${n} 超过本机的 ${cores} 个核心（每个工作线程都持有模型与数据）`,
  },
  sobolNotInCsv: {
    en: 'the csv holds the applicants; the Sobol indices are in the table and in --format json',
    zh: 'csv 只含各申报对象；Sobol 指数见表格输出或 --format json',
  },
  needsSobol: {
    en: '--bootstrap and --output apply to the Sobol indices: add --sobol N',
    zh: '--bootstrap 与 --output 用于 Sobol 指数：请加 --sobol N',
  },
  nodesNeedUniform: {
    en: '--nodes applies to --weights uniform:FRACTION',
    zh: '--nodes 仅用于 --weights uniform:比例',
  },
  badWeightsSpec: {
    en: (given: string): string =>
      `--weights: "${given}" is neither uniform:FRACTION (e.g. uniform:0.2) nor dirichlet:CONCENTRATION (e.g. dirichlet:50)`,
    zh: (given: string): string =>
      `--weights："${given}" 既不是 uniform:比例（如 uniform:0.2），也不是 dirichlet:集中度（如 dirichlet:50）`,
  },
  badWhole: {
    en: (option: string, given: string, min: number, max: number): string =>
      max >= Number.MAX_SAFE_INTEGER
        ? `${option}: "${given}" is not a whole number of at least ${min}`
        : `${option}: "${given}" is not a whole number from ${min} to ${max.toLocaleString('en')}`,
    zh: (option: string, given: string, min: number, max: number): string =>
      max >= Number.MAX_SAFE_INTEGER
        ? `${option}："${given}" 不是不小于 ${min} 的整数`
        : `${option}："${given}" 不是 ${min} 至 ${max.toLocaleString('en')} 之间的整数`,
  },
  sensitivityTitle: {
    en: (draws: number, seed: string, inputs: number): string =>
      `Ranks under uncertainty: ${draws.toLocaleString('en')} draws of ${inputs} uncertain input${inputs === 1 ? '' : 's'} (seed ${seed}); ranks are medians with 5–95 % intervals`,
    zh: (draws: number, seed: string, inputs: number): string =>
      `不确定性下的排名：${inputs} 个不确定输入，抽样 ${draws.toLocaleString('en')} 次（随机种子 ${seed}）；排名为中位数及 5–95% 区间`,
  },
  sobolTitle: {
    en: (output: string, n: number, evaluations: number): string =>
      `Sobol indices of ${output} (N = ${n}, ${evaluations.toLocaleString('en')} evaluations), largest total effect first`,
    zh: (output: string, n: number, evaluations: number): string =>
      `${output} 的 Sobol 指数（N = ${n}，共 ${evaluations.toLocaleString('en')} 次计算），按总效应从大到小`,
  },
  deriveProblems: {
    en: (source: string, n: number): string =>
      `Cannot derive weights for ${source}: ${n} problem${n === 1 ? '' : 's'}:`,
    zh: (source: string, n: number): string => `无法为 ${source} 推导权重，共 ${n} 个问题：`,
  },
  derivedTitle: {
    en: (method: string, sector: string, version: string): string =>
      `${method} weights for ${sector} (new model version ${version})`,
    zh: (method: string, sector: string, version: string): string =>
      `${sector}的 ${method} 权重（新模型版本 ${version}）`,
  },
  cannotReplay: {
    en: (file: string): string => `Cannot replay ${file}:`,
    zh: (file: string): string => `无法重放 ${file}：`,
  },
  replayIdentical: {
    en: (file: string): string => `${file}: scored again, the report is identical to the byte`,
    zh: (file: string): string => `${file}：重新计分，报告逐字节相同`,
  },
  replayDiffers: {
    en: (file: string): string => `${file}: scored again, the report differs:`,
    zh: (file: string): string => `${file}：重新计分，报告不同：`,
  },
  replayModelChanged: {
    en: 'the model in the edition no longer has the hash it was recorded with',
    zh: '届次记录中的模型与记录时的哈希不符（已被改动）',
  },
  replayBatchChanged: {
    en: 'the rows in the edition no longer have the hash they were recorded with',
    zh: '届次记录中的申报数据与记录时的哈希不符（已被改动）',
  },
  replayLibrary: {
    en: (recorded: string, current: string): string =>
      `recorded with youpin ${recorded}, replayed with ${current}`,
    zh: (recorded: string, current: string): string =>
      `记录时使用 youpin ${recorded}，重放时使用 ${current}`,
  },
  editionNeeds: {
    en: 'edition make needs --id (the round, e.g. 2024) and --out (the edition file)',
    zh: 'edition make 需要 --id（届次，如 2024）和 --out（届次记录文件）',
  },
  editionHtmlNeeds: {
    en: 'edition html needs --out (the page to write)',
    zh: 'edition html 需要 --out（要写入的页面）',
  },
  cannotMakeEdition: {
    en: (id: string): string => `Cannot make edition ${id}:`,
    zh: (id: string): string => `无法生成第 ${id} 届记录：`,
  },
  wroteEdition: {
    en: (
      file: string,
      id: string,
      date: string,
      n: number,
      selected: number,
      bans: number,
    ): string =>
      `Wrote ${file}: edition ${id} of ${date}, ${n} applicants, ${selected} selected, ${bans} barred by a re-application ban`,
    zh: (
      file: string,
      id: string,
      date: string,
      n: number,
      selected: number,
      bans: number,
    ): string =>
      `已写入 ${file}：第 ${id} 届（${date}），${n} 个申报对象，入选 ${selected} 个，${bans} 个处于禁止再申报期`,
  },
  cannotRegister: {
    en: 'Cannot build the register:',
    zh: '无法生成称号名录：',
  },
  titleStatus: {
    en: (status: string): string =>
      ({
        active: 'active',
        rectification: 'under rectification',
        suspended: 'suspended',
        revoked: 'revoked',
        expired: 'expired',
        renewed: 'renewed',
      })[status] ?? status,
    zh: (status: string): string =>
      ({
        active: '有效',
        rectification: '整改中',
        suspended: '暂停使用',
        revoked: '已撤销',
        expired: '已届满',
        renewed: '已续期',
      })[status] ?? status,
  },
  registerColumns: {
    en: (): string[] => [
      'Holder',
      'Name',
      'Sector',
      'Edition',
      'Awarded',
      'Valid until',
      'Status',
      'Last change',
    ],
    zh: (): string[] => [
      '持有者',
      '名称',
      '行业',
      '届次',
      '授予日期',
      '有效期至',
      '状态',
      '最近变化',
    ],
  },
  registerHeading: {
    en: (asOf: string, n: number): string => `Register of titles on ${asOf}: ${n} titles`,
    zh: (asOf: string, n: number): string => `${asOf} 称号名录：共 ${n} 项称号`,
  },
  monitorNeedsDate: {
    en: 'monitor needs --as-of DATE: the day of the check (YYYY-MM-DD)',
    zh: 'monitor 需要 --as-of 日期：监测日期（YYYY-MM-DD）',
  },
  cannotMonitor: {
    en: 'Cannot run the check:',
    zh: '无法进行监测：',
  },
  monitorHeading: {
    en: (asOf: string, n: number): string =>
      `Annual check of ${asOf}: ${n} change${n === 1 ? '' : 's'}`,
    zh: (asOf: string, n: number): string => `${asOf} 年度监测：${n} 项变化`,
  },
  wroteModel: {
    en: (file: string, version: string): string => `Wrote model version ${version} to ${file}`,
    zh: (file: string, version: string): string => `已将模型版本 ${version} 写入 ${file}`,
  },
  judgementsByPosition: {
    en: (parent: string, children: string): string =>
      `the judgements have no labels: their rows and columns are taken as the children of ${parent} in this order: ${children}`,
    zh: (parent: string, children: string): string =>
      `判断矩阵没有标注名称：其行与列按 ${parent} 的下级指标依次为 ${children}`,
  },
  judgementsLabelsDiffer: {
    en: (file: string): string =>
      `${file}: the header row and the first column name the criteria in different orders`,
    zh: (file: string): string => `${file}：表头行与首列的指标顺序不一致`,
  },
  judgementsLabels: {
    en: (
      file: string,
      parent: string,
      children: string,
      unknown: string,
      missing: string,
    ): string =>
      `${file}: the judgements must name each child of ${parent} once (${children})${unknown ? `; not a child: ${unknown}` : ''}${missing ? `; missing: ${missing}` : ''}`,
    zh: (
      file: string,
      parent: string,
      children: string,
      unknown: string,
      missing: string,
    ): string =>
      `${file}：判断矩阵须对 ${parent} 的每个下级指标各标注一次（${children}）${unknown ? `；不是其下级指标：${unknown}` : ''}${missing ? `；缺少：${missing}` : ''}`,
  },
  optionNotForModel: {
    en: (option: string): string =>
      `${option} applies to a decision matrix, not to a model's scores (already higher-is-better and on one scale)`,
    zh: (option: string): string =>
      `${option} 仅用于决策矩阵，不适用于模型得分（得分已统一为越大越好且量纲一致）`,
  },
  ahpOneParent: {
    en: 'weights ahp for a model takes one --parent: the node whose children the judgements compare',
    zh: 'weights ahp 用于模型时需指定一个 --parent：判断矩阵所比较的各下级指标的上级指标',
  },
  intoNeedsOut: {
    en: '--into MODEL needs --out FILE for the new model version',
    zh: '--into 模型 需配合 --out 文件 写出新的模型版本',
  },
  needsSector: {
    en: '--into, --parent and --new-version need --sector: the sector whose weights are derived',
    zh: '--into、--parent 与 --new-version 需配合 --sector：要推导权重的行业',
  },
  moreProblems: {
    en: (n: number): string => `… and ${n} more (--verbose lists every one)`,
    zh: (n: number): string => `……另有 ${n} 个问题（加 --verbose 列出全部）`,
  },
  matrixNotWorkbook: {
    en: (file: string): string =>
      `${file} is a workbook: youpin weights reads a matrix from a CSV or JSON file. Save the matrix as CSV, or add --sector S to derive the weights from the applicants in the workbook`,
    zh: (file: string): string =>
      `${file} 是 Excel 工作簿：youpin weights 从 CSV 或 JSON 文件读取矩阵。请将矩阵另存为 CSV；若是申报数据，加 --sector 行业 即可由各申报对象的得分推导权重`,
  },
  looksLikeBatch: {
    en: (file: string): string =>
      `${file} looks like a batch of applicants, not a matrix: add --sector S to derive the weights from the applicants' scores`,
    zh: (file: string): string =>
      `${file} 像是申报数据，而非矩阵：加 --sector 行业 即可由各申报对象的得分推导权重`,
  },
  matrixProblems: {
    en: (file: string, n: number): string =>
      `Cannot compute weights from ${file}: ${n} problem${n === 1 ? '' : 's'}:`,
    zh: (file: string, n: number): string => `无法由 ${file} 计算权重，共 ${n} 个问题：`,
  },
  benchmarkProblems: {
    en: (name: string, n: number): string =>
      `The benchmark ${name} has ${n} problem${n === 1 ? '' : 's'}:`,
    zh: (name: string, n: number): string => `基准 ${name} 有 ${n} 个问题：`,
  },
  notice: {
    en: (message: string): string => `notice: ${message}`,
    zh: (message: string): string => `提示：${message}`,
  },
  cannotRead: {
    en: (file: string, reason: string): string => `cannot read ${file}: ${reason}`,
    zh: (file: string, reason: string): string => `无法读取 ${file}：${reason}`,
  },
  standardOutput: {
    en: 'the standard output',
    zh: '标准输出',
  },
  cannotWrite: {
    en: (file: string, reason: string): string => `cannot write ${file}: ${reason}`,
    zh: (file: string, reason: string): string => `无法写入 ${file}：${reason}`,
  },
  noSuchFile: { en: 'no such file', zh: '文件不存在' },
  notJson: {
    en: (file: string, reason: string): string => `${file} is not valid JSON: ${reason}`,
    zh: (file: string, reason: string): string => `${file} 不是有效的 JSON：${reason}`,
  },
  benchmarkNotFound: {
    en: (name: string, names: string): string =>
      `--benchmark: "${name}" is neither a shipped benchmark (${names}) nor a readable JSON file`,
    zh: (name: string, names: string): string =>
      `--benchmark："${name}"既不是内置基准（${names}），也不是可读取的 JSON 文件`,
  },
  unknownEntity: {
    en: (id: string, file: string, ids: string, n: number, near: string | null): string =>
      `no applicant with the id "${id}" in ${file}${near === null ? ` (${n} ids: ${ids})` : `; did you mean "${near}"?`}`,
    zh: (id: string, file: string, ids: string, n: number, near: string | null): string =>
      `${file} 中没有编号为"${id}"的申报对象${near === null ? `（共 ${n} 个编号：${ids}）` : `；是否应为"${near}"？`}`,
  },
  outIsInput: {
    en: (out: string, input: string): string =>
      `--out ${out} is also an input of this command (${input}); writing there would destroy it: choose another file`,
    zh: (out: string, input: string): string =>
      `--out ${out} 同时是本命令的输入文件（${input}），写入会将其覆盖：请另选一个文件`,
  },
  exists: {
    en: (file: string): string => `${file} already exists; use --force to overwrite it`,
    zh: (file: string): string => `${file} 已存在；如需覆盖请加 --force`,
  },
  issueCount: {
    en: (n: number): string => `${n} problem${n === 1 ? '' : 's'}`,
    zh: (n: number): string => `${n} 个问题`,
  },

  // ── notices that need action before publication (texts of the notices: youpin's noticesOf) ──
  sectorNotices: {
    en: (n: number, list: string): string =>
      `⚠ ${n} applicant${n === 1 ? ' needs' : 's need'} action before publication: ${list}`,
    zh: (n: number, list: string): string => `⚠ ${n} 家申报对象需在公示前处理：${list}`,
  },
  moreNotices: {
    en: (n: number): string => `${n} more`,
    zh: (n: number): string => `另有 ${n} 家`,
  },
  noticesFound: {
    en: (n: number): string =>
      `${n} applicant${n === 1 ? ' has' : 's have'} notices that need action before publication:`,
    zh: (n: number): string => `${n} 家申报对象有公示前需处理的事项：`,
  },
  strictNotices: {
    en: (n: number): string =>
      `--strict: ${n} applicant${n === 1 ? ' has' : 's have'} notices that need action before publication`,
    zh: (n: number): string => `--strict：${n} 家申报对象有公示前需处理的事项`,
  },

  // ── results ────────────────────────────────────────────────────────────────────────────────
  codesNeedsCsv: {
    en: '--codes applies to --format csv (use --format long for one row per applicant and node)',
    zh: '--codes 仅用于 --format csv（每个申报对象每个节点一行的表请用 --format long）',
  },
  detailNeedsJson: {
    en: '--detail applies to --format json or ndjson (summary, standard, full) and html (summary, full)',
    zh: '--detail 仅用于 --format json 或 ndjson（summary、standard、full）以及 html（summary、full）',
  },
  wrote: {
    en: (file: string): string => `Wrote ${file}`,
    zh: (file: string): string => `已写入 ${file}`,
  },
  progressReading: {
    en: (file: string): string => `reading ${file}…`,
    zh: (file: string): string => `正在读取 ${file}…`,
  },
  progressReadRows: {
    en: (n: number, total: number): string =>
      `read ${n.toLocaleString('en')} of ${total.toLocaleString('en')} rows…`,
    zh: (n: number, total: number): string =>
      `已读取 ${n.toLocaleString('en')} / ${total.toLocaleString('en')} 行…`,
  },
  progressScoring: {
    en: (n: number): string => `read ${n} rows; scoring…`,
    zh: (n: number): string => `已读取 ${n} 行，正在计分…`,
  },
  progressScored: {
    en: (n: number, total: number): string =>
      `scored ${n.toLocaleString('en')} of ${total.toLocaleString('en')} rows…`,
    zh: (n: number, total: number): string =>
      `已计分 ${n.toLocaleString('en')} / ${total.toLocaleString('en')} 行…`,
  },
  progressRendering: {
    en: (n: number, total: number): string =>
      `explaining ${n.toLocaleString('en')} of ${total.toLocaleString('en')} applicants for the page…`,
    zh: (n: number, total: number): string =>
      `正在为报告页面生成说明：${n.toLocaleString('en')} / ${total.toLocaleString('en')} 个申报对象…`,
  },
  progressWritingReport: {
    en: (mb: string): string => `writing the report: ${mb} MB…`,
    zh: (mb: string): string => `正在写出报告：${mb} MB…`,
  },
  progressStreaming: {
    en: (n: number): string => `${n.toLocaleString('en')} rows read and scored…`,
    zh: (n: number): string => `已读取并计分 ${n.toLocaleString('en')} 行…`,
  },
  progressWriting: {
    en: (n: number, total: number): string =>
      `ranked; writing ${n.toLocaleString('en')} of ${total.toLocaleString('en')} rows…`,
    zh: (n: number, total: number): string =>
      `已排名，正在写出第 ${n.toLocaleString('en')} / ${total.toLocaleString('en')} 行…`,
  },
  counts: {
    en: (
      all: number,
      scored: number,
      ineligible: number,
      vetoed: number,
      invalid: number,
      selected: number,
    ): string =>
      `${all} applicants · ${scored} scored · ${ineligible} ineligible · ${vetoed} vetoed · ${invalid} invalid · ${selected} selected`,
    zh: (
      all: number,
      scored: number,
      ineligible: number,
      vetoed: number,
      invalid: number,
      selected: number,
    ): string =>
      `申报 ${all} · 合格参评 ${scored} · 不符合申报条件 ${ineligible} · 一票否决 ${vetoed} · 数据无效 ${invalid} · 入选 ${selected}`,
  },
  evaluationDate: {
    en: (date: string): string => `Evaluation date: ${date}`,
    zh: (date: string): string => `评价基准日：${date}`,
  },
  groupCounts: {
    en: (all: number, scored: number, selected: number, quota: number | undefined): string =>
      `${all} applied · ${scored} scored · ${selected}${quota === undefined ? '' : `/${quota}`} selected`,
    zh: (all: number, scored: number, selected: number, quota: number | undefined): string =>
      `申报 ${all} · 参评 ${scored} · 入选 ${selected}${quota === undefined ? '' : `/${quota}`}`,
  },
  entityTitle: {
    en: (id: string, name: string, sector: string | null): string =>
      `${id}${name ? ` ${name}` : ''}${sector ? ` (${sector})` : ''}`,
    zh: (id: string, name: string, sector: string | null): string =>
      `${id}${name ? ` ${name}` : ''}${sector ? `（${sector}）` : ''}`,
  },
  noId: {
    en: (row: number | null, index: number): string =>
      row === null ? `(no id, #${index + 1})` : `(no id, row ${row})`,
    zh: (row: number | null, index: number): string =>
      row === null ? `（无编号，第 ${index + 1} 个）` : `（无编号，第 ${row} 行）`,
  },
  noSector: { en: 'No known sector', zh: '行业不明' },
  modelDescription: {
    en: (source: string, id: string, version: string): string =>
      source === id ? `model ${id} ${version}` : `model ${source} (${id} ${version})`,
    zh: (source: string, id: string, version: string): string =>
      source === id ? `模型 ${id} ${version}` : `模型 ${source}（${id} ${version}）`,
  },
  validModel: {
    en: (what: string): string => `OK: ${what} has no problems.`,
    zh: (what: string): string => `OK：${what} 没有发现问题。`,
  },
  validData: {
    en: (what: string, file: string, rows: number): string =>
      `OK: ${what} and ${file} (${rows} row${rows === 1 ? '' : 's'}) have no problems.`,
    zh: (what: string, file: string, rows: number): string =>
      `OK：${what} 与 ${file}（${rows} 行）没有发现问题。`,
  },
  invalidData: {
    en: (file: string, problems: number, rows: number, all: number): string =>
      `${file}: ${problems} problem${problems === 1 ? '' : 's'}; ${rows} of ${all} rows would not be scored.`,
    zh: (file: string, problems: number, rows: number, all: number): string =>
      `${file}：共 ${problems} 个问题；${all} 行中有 ${rows} 行无法计分。`,
  },
  tally: {
    en: (line: string, passed: number, scored: number): string =>
      `${line}: ${passed} of ${scored} scored pass`,
    zh: (line: string, passed: number, scored: number): string =>
      `${line}：参评 ${scored} 家中 ${passed} 家达到`,
  },
  ahpTitle: {
    en: (method: string, table: string): string => `AHP (${method}, random index ${table})`,
    zh: (method: string, table: string): string =>
      `层次分析法（${method}，随机一致性指标 ${table}）`,
  },
  ahpFigures: {
    en: (lambda: string, ci: string, ri: string, cr: string): string =>
      `λmax ${lambda} · CI ${ci} · RI ${ri} · CR ${cr}`,
    zh: (lambda: string, ci: string, ri: string, cr: string): string =>
      `λmax ${lambda} · CI ${ci} · RI ${ri} · CR ${cr}`,
  },
  ahpAcceptable: {
    en: (cr: string, threshold: string): string => `Consistent enough: CR ${cr} ≤ ${threshold}.`,
    zh: (cr: string, threshold: string): string => `一致性可以接受：CR ${cr} ≤ ${threshold}。`,
  },
  ahpNotAcceptable: {
    en: (cr: string, threshold: string): string =>
      `Not consistent enough: CR ${cr} > ${threshold}; revise the judgements.`,
    zh: (cr: string, threshold: string): string =>
      `一致性不可接受：CR ${cr} > ${threshold}，请修改判断。`,
  },
  ahpSuggestion: {
    en: (
      a: string,
      b: string,
      row: number,
      column: number,
      current: string,
      suggested: string,
      cr: string,
    ): string =>
      `Revisit first ${a} vs ${b} (row ${row}, column ${column}): ${current} → ${suggested} would give CR ${cr}.`,
    zh: (
      a: string,
      b: string,
      row: number,
      column: number,
      current: string,
      suggested: string,
      cr: string,
    ): string =>
      `建议先修改 ${a} 对 ${b} 的判断（第 ${row} 行第 ${column} 列）：${current} → ${suggested}，修改后 CR 为 ${cr}。`,
  },
  weightsTitle: {
    en: (kind: 'entropy' | 'critic' | 'pca', method: string): string =>
      `${kind === 'entropy' ? 'Entropy weights' : kind === 'pca' ? 'PCA/FA weights' : 'CRITIC weights'} — ${method}`,
    zh: (kind: 'entropy' | 'critic' | 'pca', method: string): string =>
      `${kind === 'entropy' ? '熵权法' : kind === 'pca' ? '主成分（因子）分析法' : 'CRITIC 法'}权重 — ${method}`,
  },
  pcaFactors: {
    en: (k: number, kept: string, shares: string): string =>
      `${k} factor${k === 1 ? '' : 's'} kept, explaining ${kept} of the variance; factor weights (share of the variance kept): ${shares}`,
    zh: (k: number, kept: string, shares: string): string =>
      `保留 ${k} 个因子，共解释 ${kept} 的方差；因子权重（占所保留方差的比例）：${shares}`,
  },
  direction: {
    en: (d: 'higher' | 'lower'): string =>
      d === 'higher' ? 'higher is better' : 'lower is better',
    zh: (d: 'higher' | 'lower'): string => (d === 'higher' ? '越大越好' : '越小越好'),
  },
  benchmarksHeading: { en: 'Benchmarks (--benchmark):', zh: '基准线（--benchmark）：' },
  presetsHint: {
    en: 'Print one: youpin presets show liaocheng2024 · start a new model: youpin init --out city.json',
    zh: '查看：youpin presets show liaocheng2024 · 新建模型：youpin init --out city.json',
  },
  initNamesCity: {
    en: (paths: readonly string[]): string =>
      `${paths.length} text${paths.length === 1 ? '' : 's'} still name 聊城 (Liaocheng): edit them for your city:\n` +
      paths.map((p) => `  ${p}`).join('\n'),
    zh: (paths: readonly string[]): string =>
      `有 ${paths.length} 处文字仍写着"聊城"，请改为本市：\n${paths.map((p) => `  ${p}`).join('\n')}`,
  },
  initDone: {
    en: (
      file: string,
      id: string,
      version: string,
      key: string,
      pid: string,
      pversion: string,
    ): string =>
      `Wrote ${file}: model ${id} ${version}, a copy of ${key} (${pid} ${pversion}).\n` +
      `Edit it (your editor checks it against the JSON Schema once youpin is installed), then:\n` +
      `  youpin validate --model ${file}\n  youpin score applicants.xlsx --model ${file}`,
    zh: (
      file: string,
      id: string,
      version: string,
      key: string,
      pid: string,
      pversion: string,
    ): string =>
      `已写入 ${file}：模型 ${id} ${version}，复制自 ${key}（${pid} ${pversion}）。\n` +
      `请编辑该文件（安装 youpin 后，编辑器会按 JSON Schema 检查），然后运行：\n` +
      `  youpin validate --model ${file}\n  youpin score applicants.xlsx --model ${file}`,
  },

  // ── table headings ─────────────────────────────────────────────────────────────────────────
  colIndex: { en: 'Index', zh: '序号' },
  colRank: { en: 'Rank', zh: '排名' },
  colId: { en: 'ID', zh: '编号' },
  colName: { en: 'Name', zh: '名称' },
  colSector: { en: 'Sector', zh: '行业' },
  colSectors: { en: 'Sectors', zh: '行业' },
  colStatus: { en: 'Status', zh: '状态' },
  colTotal: { en: 'Total', zh: '总分' },
  colResult: { en: 'Result', zh: '结果' },
  colBenchmark: { en: 'Benchmark', zh: '对标' },
  colScore: { en: 'score', zh: '得分' },
  colLine: { en: 'line', zh: '基准线' },
  colGap: { en: 'gap', zh: '差距' },
  colPassed: { en: 'passed', zh: '达到' },
  colPassedAll: { en: 'All lines', zh: '全部达到' },
  colCriterion: { en: 'Criterion', zh: '指标' },
  colParent: { en: 'Parent', zh: '上级指标' },
  colWeightBefore: { en: 'Weight in the model', zh: '模型原权重' },
  colWeight: { en: 'Weight', zh: '权重' },
  colPearson: { en: 'r with parent', zh: '与上级 r' },
  colSpearman: { en: 'ρ with parent', zh: '与上级 ρ' },
  colLoading: { en: 'PC1 loading', zh: 'PC1 载荷' },
  colAlphaIfDropped: { en: 'α if dropped', zh: '删除后 α' },
  colRankInterval: { en: 'Median [5–95 %]', zh: '中位数 [5–95%]' },
  colSectorRank: { en: 'Sector rank', zh: '行业排名' },
  colSectorRankInterval: { en: 'In sector [5–95 %]', zh: '行业内 [5–95%]' },
  colSelected: { en: 'Selected', zh: '入选' },
  colPSelected: { en: 'P(selected)', zh: '入选概率' },
  colInput: { en: 'Input', zh: '不确定输入' },
  colFirstOrder: { en: 'First order [95 %]', zh: '一阶指数 [95%]' },
  colTotalOrder: { en: 'Total [95 %]', zh: '总效应指数 [95%]' },
  colDirection: { en: 'Direction', zh: '方向' },
  colEntropy: { en: 'Entropy', zh: '熵值' },
  colDivergence: { en: 'Divergence', zh: '差异系数' },
  colSd: { en: 'SD', zh: '标准差' },
  colFactor: { en: 'Factor', zh: '因子' },
  colRotatedLoading: { en: 'Loading (rotated)', zh: '旋转后载荷' },
  colInformation: { en: 'Information', zh: '信息量' },
  colPreset: { en: 'Preset', zh: '内置模型' },
  colModelId: { en: 'Model id', zh: '模型编号' },
  colVersion: { en: 'Version', zh: '版本' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },

  // ── help ───────────────────────────────────────────────────────────────────────────────────
  helpMain: {
    en: (
      version: string,
    ): string => `youpin ${version} — exact, explainable scoring of quality-brand programmes (聊城优品, 好品山东)

Usage: youpin <command> [options]

Commands:
  score FILE                           score a batch of applicants; print or write the report
  explain ID FILE                      explain one applicant's result in plain sentences
  validate [FILE] [--model F]          check a model file and/or a data file, without scoring output
  weights ahp|entropy|critic|pca FILE  weights from a pairwise matrix (AHP) or a decision matrix
  benchmark FILE                       every applicant against a benchmark's lines (好品山东)
  sensitivity FILE                     rank intervals and P(selected) under uncertain weights; Sobol indices
  analyse FILE                         coherence of the tree on a batch: correlations, Cronbach's α, PCA
  edition make|replay FILE             keep a round as data, or score a stored one again to the byte
  register EDITION…                    the register of titles, by status on a day (公示)
  monitor REGISTER EVIDENCE            the annual check: revocations, rectifications, expiries
  presets [show NAME]                  list the shipped models, or print one as JSON
  init --out FILE                      write a new model file from a preset, ready to edit
  workbench [--out DIR] [--serve]      the workbench page: open a file, adjust the model, see the ranking move

Options:
      --lang zh|en      language of the messages (default: zh when LC_ALL/LANG starts with zh)
  -h, --help            help; also youpin <command> --help or youpin help <command>
  -V, --version         the version

Data files: CSV (UTF-8 or GB18030/GBK), XLSX or JSON — see docs/data-files.md.
Output: a table on the terminal (colour only there; NO_COLOR turns it off, FORCE_COLOR forces it),
or --format json|ndjson|csv|long|md|html (--detail for compact ones) and --out FILE. Problems go to stderr with file, sheet, row and column.
${EXIT_EN}`,
    zh: (
      version: string,
    ): string => `youpin ${version} — 区域品牌评价（聊城优品、好品山东）的精确、可解释计分

用法：youpin <命令> [选项]

命令：
  score 文件                           为一批申报对象计分，输出或写入报告
  explain 编号 文件                    用通俗语句解释某个申报对象的结果
  validate [文件] [--model 模型]       校验模型文件和/或数据文件，不输出计分结果
  weights ahp|entropy|critic|pca 文件  由判断矩阵（层次分析法）或决策矩阵计算权重
  benchmark 文件                       逐个对照基准线（好品山东）
  sensitivity 文件                     权重等不确定时的排名区间与入选概率；Sobol 指数
  analyse 文件                         指标体系在一批数据上的一致性：相关系数、Cronbach α、主成分分析
  edition make|replay 文件             将一届评价保存为数据，或对保存的届次逐字节重放
  register 届次记录…                   称号名录，按某日状态列出（公示）
  monitor 名录 监测数据                年度监测：撤销、整改、届满
  presets [show 名称]                  列出内置模型，或以 JSON 输出其中之一
  init --out 文件                      由内置模型生成新的模型文件，供修改
  workbench [--out 目录] [--serve]     工作台页面：打开数据、调整模型、即时查看排名变化

选项：
      --lang zh|en      提示信息的语言（默认：LC_ALL/LANG 以 zh 开头时为中文）
  -h, --help            帮助；也可用 youpin <命令> --help 或 youpin help <命令>
  -V, --version         版本号

数据文件：CSV（UTF-8 或 GB18030/GBK）、XLSX 或 JSON，详见 docs/data-files.md。
输出：终端中为表格（仅在终端中着色；NO_COLOR 关闭颜色，FORCE_COLOR 强制着色），
或用 --format json|ndjson|csv|md|html（--detail 选择详略） 与 --out 文件。问题输出到 stderr，注明文件、工作表、行和列。
${EXIT_ZH}`,
  },
  helpScore: {
    en: `Usage: youpin score FILE [options]

Scores every row of FILE (CSV, XLSX or JSON) with a model and prints the report. A row with bad
data stays in the report as "invalid"; its problems are listed on stderr with file, sheet, row and
column, e.g.  applicants.xlsx, sheet 申报数据, row 17, column I1: "12,5" is not a number

Options:
${MODEL_EN}
  -f, --format FORMAT   table (default), json (the report data, exactly), ndjson (a header
                        line, then one applicant per line), csv, long (one row per applicant
                        and node, ids and exact figures, for pandas or R), md, html
  -o, --out FILE        write to FILE; without --format, the format follows its extension
      --detail LEVEL    for json and ndjson: summary (status, published figures, ranks,
                        selection, reason codes), standard (also every node's published score,
                        the issues and the rules that did not pass) or full (the whole report;
                        default for json; standard is the default for ndjson); for html,
                        summary (no per-applicant explanations; the default from 2,000
                        applicants) or full
      --locale L        language of csv, md and html reports: both (default), zh, en
      --codes           csv with codes instead of labels (sector ids, status codes, true/false,
                        reason and notice codes), no byte-order mark, LF: for pandas or R
  -b, --benchmark NAME  compare with a benchmark in the table and the html report:
                        haopinShandong, or a benchmark JSON file
${DATA_EN}
      --strict          exit 1 when any row is invalid or any applicant has notices that
                        need action before publication (experts to re-score, a verification
                        pending or failed, a veto not checked, a missing value)
${COMMON_EN}

Big files: a CSV file scored to --format csv, or to json or ndjson at --detail summary or
standard, is read as a stream, in chunks of 250 rows, so its size is not limited by memory (see
docs/big-files.md); a row that cannot be read is reported with its row number and the others are
scored. Other reports are built in memory (json is still written piece by piece), as are csv
with --codes and long.

Notices that need action before publication are marked ⚠ in the table, named under each sector
and summed up under the table; the csv report has a column of them, md and html a section near
the top. Other outputs sum them up on stderr.

Exit codes: 0 report written · 1 the file or the model has problems (or, with --strict, a row is
invalid or has notices; the report is still written) · 2 wrong usage

Examples:
  youpin score examples/data/sample-batch.csv
  youpin score applicants.xlsx --sheet 申报数据 --out report.html --benchmark haopinShandong
  youpin score applicants.csv --model city.json --format json > report.json` as string,
    zh: `用法：youpin score 文件 [选项]

用模型为文件（CSV、XLSX 或 JSON）中的每一行计分并输出报告。数据有误的行仍保留在报告中，
状态为"数据无效"；其问题输出到 stderr，注明文件、工作表、行和列，例如
  applicants.xlsx 工作表「申报数据」第 17 行 I1 列："12,5" 不是数字

选项：
${MODEL_ZH}
  -f, --format 格式     table（默认）、json（即报告数据本身）、ndjson（首行为报告信息，其后每行
                        一个申报对象）、csv、long（每个申报对象每个节点一行，编号与精确数值，
                        供 pandas 或 R 使用）、md、html
  -o, --out 文件        写入文件；未给 --format 时按扩展名确定格式
      --detail 级别     用于 json 与 ndjson：summary（状态、公布分数、排名、入选结果与原因代码）、
                        standard（另含各节点公布分数、问题及未通过的规则）或 full（完整报告；
                        json 默认为 full，ndjson 默认为 standard）；用于 html 时为 summary
                        （不含逐一说明；2000 个申报对象起为默认）或 full
      --locale 语言     csv、md、html 报告的语言：both（默认，中英）、zh、en
      --codes           csv 以代码代替名称（行业编号、状态代码、true/false、原因与事项代码），
                        不含字节顺序标记，换行为 LF：供 pandas 或 R 使用
  -b, --benchmark 名称  在表格和 html 报告中对照基准线：haopinShandong，或基准 JSON 文件
${DATA_ZH}
      --strict          任一行数据无效，或有申报对象存在公示前需处理的事项（专家需重新评分、
                        第三方核验待定或未通过、一票否决项无法核查、缺失数据）时以退出码 1 结束
${COMMON_ZH}

大文件：CSV 文件以 --format csv 输出，或以 json、ndjson 输出且 --detail 为 summary 或 standard
时，按流式读取（每块 250 行），文件大小不受内存限制（见 docs/big-files.md）；无法读取的行会注明
行号报告，其余各行照常计分。其他报告在内存中生成（json 仍分段写出），带 --codes 的 csv 与 long 亦然。

公示前需处理的事项在表格中以 ⚠ 标出，在各行业下列出，并在表格末尾汇总；csv 报告有一列列出这些事项，
md 与 html 报告在开头附近单列一节。其他输出方式在 stderr 上汇总。

退出码：0 已输出报告 · 1 文件或模型有问题（或在 --strict 下有无效行或需处理的事项；
报告仍会输出）· 2 用法错误

示例：
  youpin score examples/data/sample-batch.csv
  youpin score applicants.xlsx --sheet 申报数据 --out report.html --benchmark haopinShandong
  youpin score applicants.csv --model city.json --format json > report.json` as string,
  },
  helpExplain: {
    en: `Usage: youpin explain ID FILE [options]

Scores FILE and explains the applicant ID in plain sentences: the result and the rank, why it was
(not) selected, failed gates or fired vetoes, strengths and weaknesses, the points lost, and what
would reach the threshold.

Options:
${MODEL_EN}
  -b, --benchmark NAME  also compare with a benchmark: haopinShandong, or a benchmark JSON file
  -f, --format FORMAT   text (default) or json (the explanation data)
  -o, --out FILE        write to FILE
${DATA_EN}
${COMMON_EN}

${EXIT_EN} (1 also for an unknown ID)

Example:
  youpin explain M001 examples/data/sample-batch.csv --benchmark haopinShandong` as string,
    zh: `用法：youpin explain 编号 文件 [选项]

为文件计分，并用通俗语句解释编号对应的申报对象：总分与排名、入选与否及原因、未通过的申报条件或
一票否决事项、优势与不足、失分最多的指标，以及达到入选线还差什么。

选项：
${MODEL_ZH}
  -b, --benchmark 名称  同时对照基准线：haopinShandong，或基准 JSON 文件
  -f, --format 格式     text（默认）或 json（解释数据本身）
  -o, --out 文件        写入文件
${DATA_ZH}
${COMMON_ZH}

${EXIT_ZH}（编号不存在时也为 1）

示例：
  youpin explain M001 examples/data/sample-batch.csv --benchmark haopinShandong` as string,
  },
  helpValidate: {
    en: `Usage: youpin validate [FILE] [options]

Checks a model (--model FILE) and/or a data file without printing a report: every problem of the
model, of the file and of each row, with its location. Prints "OK" when there is none. Notices
that need action before publication (experts to re-score, a verification pending or failed, a veto
not checked, a missing value scored at the bottom or whose weight went to its siblings) are listed
too, located; they are not problems unless --strict is given.

Options:
${MODEL_EN}
${DATA_EN}
      --strict          exit 1 also when an applicant has notices that need action
${COMMON_EN}

Exit codes: 0 no problems · 1 problems (listed on stderr), or notices with --strict · 2 wrong usage

Examples:
  youpin validate --model city.json
  youpin validate applicants.xlsx --model city.json` as string,
    zh: `用法：youpin validate [文件] [选项]

校验模型（--model 文件）和/或数据文件，不输出报告：列出模型、文件和每一行的全部问题及其位置。
没有问题时输出"OK"。公示前需处理的事项（专家需重新评分、第三方核验待定或未通过、一票否决项无法核查、
缺失数据按最低分计或其权重分给同级指标）也一并列出并注明位置；除非给出 --strict，它们不算问题。

选项：
${MODEL_ZH}
${DATA_ZH}
      --strict          有申报对象存在公示前需处理的事项时也以退出码 1 结束
${COMMON_ZH}

退出码：0 没有问题 · 1 有问题（输出到 stderr），或在 --strict 下有需处理的事项 · 2 用法错误

示例：
  youpin validate --model city.json
  youpin validate applicants.xlsx --model city.json` as string,
  },
  helpWeights: {
    en: `Usage: youpin weights ahp|entropy|critic|pca FILE [options]

ahp      FILE holds a pairwise comparison matrix (Saaty's 1–9 scale; fractions like 1/3 allowed):
         prints the weights, λmax, CI, RI, CR, whether CR is acceptable and, if not, the judgement
         to revisit first.
entropy  FILE holds a decision matrix (rows: alternatives, columns: criteria): entropy weights (熵权法).
critic   the same, CRITIC weights.
pca      the same, PCA/FA weights (OECD/JRC Handbook 2008, §6.1): factors kept by the Handbook's
         rule (or --factors), varimax rotation, squared loadings, factors weighted by the variance
         they explain.

FILE is CSV (an optional header row names the criteria; an optional first column names the rows)
or JSON: [[…], …] or { "labels": […], "matrix": [[…], …], "directions": […] }.

For a model: with --sector, entropy, critic and pca read FILE as a batch of applicants (CSV, XLSX or
JSON, as youpin score does) and derive the sector's weights from their exact scores — for every
branch of the sector, or the --parent nodes; ahp reads FILE as the judgements for one --parent.
With --into MODEL --out NEW the weights become a new model version (--new-version, default
VERSION-METHOD) whose sector profile records how they were made; the table shows the weights the
model had beside them.

Options:
  -f, --format FORMAT   table (default; 4 decimals), json (the exact result data), csv
  -o, --out FILE        write to FILE
  -d, --directions LIST entropy/critic: higher or lower per column, e.g. higher,lower,higher
      --normalisation N entropy: minmax (default) or none (minMax, the earlier spelling, still works)
      --factors N       pca: keep N factors (default: eigenvalue > 1, > 10 % each, > 60 % together)
      --method M        ahp: eigenvector (default) or geometricMean
      --random-index T  ahp: saaty1980 (default), saaty2005, tummalaLing1998, aguaron2003,
                        doneganDodd1991
      --threshold CR    ahp: the acceptable CR (default 0.1)
      --strict          ahp: exit 1 when CR is not acceptable
  -s, --sector S        derive the weights of sector S for a model (see above)
      --parent IDS      the parent nodes whose children are weighted, comma-separated
      --into MODEL      the model file to derive from (otherwise --model or --preset)
      --new-version V   the new model version's name
  -m, --model FILE      the model (with --sector; default: the liaocheng2024 preset)
  -p, --preset NAME     a built-in model (with --sector)
      --verbose         list every problem of FILE (by default the first 10 and a count)
${COMMON_EN}

${EXIT_EN}

Examples:
  youpin weights ahp judgements.csv
  youpin weights entropy indicators.csv --directions higher,higher,lower --format json
  youpin weights critic applicants.csv --sector services --into city.json --out city-v2.json
  youpin weights pca applicants.csv --sector manufacturing
  youpin weights ahp judgements.csv --sector services --parent total --into city.json --out city-v2.json` as string,
    zh: `用法：youpin weights ahp|entropy|critic|pca 文件 [选项]

ahp      文件为判断矩阵（Saaty 1–9 标度，可写分数如 1/3）：输出权重、λmax、CI、RI、CR、
         一致性是否可接受；不可接受时给出最应先修改的判断。
entropy  文件为决策矩阵（行为评价对象，列为指标）：熵权法权重。
critic   同上，CRITIC 法权重。
pca      同上，主成分（因子）分析法权重（OECD/JRC《构建综合指标手册》2008，§6.1）：按手册规则保留因子
         （或用 --factors 指定），方差最大化旋转，按平方载荷及各因子解释的方差确定权重。

文件可为 CSV（可选的表头行给出指标名称，可选的首列给出各行名称），
或 JSON：[[…], …] 或 { "labels": […], "matrix": [[…], …], "directions": […] }。

用于模型：给出 --sector 时，entropy、critic 与 pca 将文件作为申报数据读取（CSV、XLSX 或 JSON，与 youpin score
相同），由各申报对象的精确得分推导该行业的权重——行业内每个上级指标，或 --parent 指定的节点；ahp 则将
文件作为某一 --parent 的判断矩阵。加 --into 模型 --out 新文件 时，权重写入新的模型版本（--new-version，默认
为 原版本-方法），其行业权重配置记录权重的来历；表格同时列出模型原有权重。

选项：
  -f, --format 格式     table（默认，保留 4 位小数）、json（精确的结果数据）、csv
  -o, --out 文件        写入文件
  -d, --directions 列表 entropy/critic：各列的方向 higher 或 lower，如 higher,lower,higher
      --normalisation N entropy：minmax（默认）或 none（旧写法 minMax 仍可用）
      --factors N       pca：保留 N 个因子（默认：特征值 > 1、各自 > 10%、合计 > 60%）
      --method M        ahp：eigenvector（默认，特征向量法）或 geometricMean（几何平均法）
      --random-index T  ahp：saaty1980（默认）、saaty2005、tummalaLing1998、aguaron2003、
                        doneganDodd1991
      --threshold CR    ahp：可接受的 CR（默认 0.1）
      --strict          ahp：CR 不可接受时以退出码 1 结束
  -s, --sector 行业     为模型推导该行业的权重（见上）
      --parent 编号     要推导其下级指标权重的上级指标，逗号分隔
      --into 模型       推导所依据的模型文件（否则用 --model 或 --preset）
      --new-version 版本 新模型版本的名称
  -m, --model 文件      模型（配合 --sector；默认为内置的 liaocheng2024）
  -p, --preset 名称     内置模型（配合 --sector）
      --verbose         列出文件的全部问题（默认列出前 10 个并给出总数）
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin weights ahp judgements.csv
  youpin weights entropy indicators.csv --directions higher,higher,lower --format json
  youpin weights critic applicants.csv --sector services --into city.json --out city-v2.json
  youpin weights pca applicants.csv --sector manufacturing
  youpin weights ahp judgements.csv --sector services --parent total --into city.json --out city-v2.json` as string,
  },
  helpAnalyse: {
    en: `Usage: youpin analyse FILE [options]

How coherent is the tree on this batch? Scores FILE (CSV, XLSX or JSON) and, for every sector and
every branch with two or more children, gives each child's Pearson r and Spearman ρ with its
parent, Cronbach's α of the children (and α with each one dropped) and a principal component
analysis (the first component's share and loadings); warns when a child correlates negatively
with its parent, when two siblings are almost collinear (|r| ≥ 0.9) and when one child dominates
its parent. Exact figures in json and csv.

Options:
${MODEL_EN}
  -f, --format FORMAT   table (default; 2–3 decimals), json (every matrix, exact), csv (one row
                        per sector, branch and child, exact)
  -o, --out FILE        write to FILE
  -s, --sector S        only sector S
${DATA_EN}
${COMMON_EN}

${EXIT_EN}

Examples:
  youpin analyse examples/data/sample-batch.csv --sector manufacturing
  youpin analyse applicants.xlsx --model city.json --format csv --out coherence.csv` as string,
    zh: `用法：youpin analyse 文件 [选项]

指标体系在这批数据上是否一致？对文件（CSV、XLSX 或 JSON）计分后，按行业对每个有两个及以上下级指标的
节点给出：各下级指标与上级指标的 Pearson r 和 Spearman ρ、下级指标的 Cronbach α（及逐一删除后的 α）、
主成分分析（第一主成分的解释比例与载荷）；下级指标与上级负相关、两个同级指标高度共线（|r| ≥ 0.9）、
某一指标主导上级指标时给出提示。json 与 csv 为精确数值。

选项：
${MODEL_ZH}
  -f, --format 格式     table（默认，保留 2–3 位小数）、json（全部矩阵，精确值）、csv（每个行业、
                        节点、下级指标一行，精确值）
  -o, --out 文件        写入文件
  -s, --sector 行业     仅分析该行业
${DATA_ZH}
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin analyse examples/data/sample-batch.csv --sector manufacturing
  youpin analyse applicants.xlsx --model city.json --format csv --out coherence.csv` as string,
  },
  helpSensitivity: {
    en: `Usage: youpin sensitivity FILE [options]

How robust is the ranking? Scores FILE (CSV, XLSX or JSON) with the model exactly, then draws the
uncertain inputs many times and re-scores: per applicant, the median rank with its 5–95 %
interval (overall and in the sector) and the probability of being selected; with --sobol, the
variance-based (Sobol) indices of each uncertain input. The draws publish no score.

Options:
${MODEL_EN}
  -f, --format FORMAT   table (default), json (the result data), csv (one row per applicant,
                        with its status; the Sobol indices are in the table and json)
  -o, --out FILE        write to FILE
      --seed S          the random seed (default 1): the same seed gives the same result
      --draws N         Monte Carlo draws (default 1000, at most 1,000,000)
      --weights SPEC    uniform:FRACTION (each weight ± FRACTION, default uniform:0.2) or
                        dirichlet:CONCENTRATION (siblings around the profile)
      --nodes IDS       only these nodes' weights are uncertain (comma-separated; uniform)
      --exclude IDS     leave one indicator out per draw: these leaves, or all
      --sobol N         Sobol indices from N base rows (N × (inputs + 2) evaluations)
      --bootstrap B     bootstrap resamples for the indices' intervals
      --output O        what the indices explain: rankShift (default) or selectionChanges
      --options FILE    a JSON object of sensitivity() options (alternative scoring functions
                        and operators per node); the flags above take precedence
      --workers K       split the draws over K worker threads (same result)
${DATA_EN}
${COMMON_EN}

${EXIT_EN}

Examples:
  youpin sensitivity examples/data/sample-batch.csv
  youpin sensitivity applicants.xlsx --model city.json --weights dirichlet:50 --sobol 256 --format csv --out ranks.csv` as string,
    zh: `用法：youpin sensitivity 文件 [选项]

排名是否稳健？先用模型对文件（CSV、XLSX 或 JSON）精确计分，再对不确定的输入多次抽样并重新计分：
给出每个申报对象排名的中位数及 5–95% 区间（总排名与行业内排名）和入选概率；加 --sobol 时给出各不确定
输入的方差分解（Sobol）指数。抽样计算不发布任何分数。

选项：
${MODEL_ZH}
  -f, --format 格式     table（默认）、json（结果数据）、csv（每个申报对象一行，含状态；
                        Sobol 指数见表格与 json）
  -o, --out 文件        写入文件
      --seed 种子       随机种子（默认 1）：种子相同，结果相同
      --draws N         蒙特卡洛抽样次数（默认 1000，至多 1,000,000）
      --weights 设定    uniform:比例（每个权重上下浮动该比例，默认 uniform:0.2）或
                        dirichlet:集中度（同级权重围绕配置值的狄利克雷分布）
      --nodes 编号      仅这些节点的权重不确定（逗号分隔；uniform）
      --exclude 编号    每次抽样去掉一个指标：这些末级指标，或 all
      --sobol N         由 N 个基础样本计算 Sobol 指数（共 N × (输入数 + 2) 次计算）
      --bootstrap B     指数置信区间的自助法重抽样次数
      --output O        指数所解释的输出：rankShift（默认）或 selectionChanges
      --options 文件    sensitivity() 选项的 JSON 对象（各节点的备选计分函数与聚合方法）；
                        以上参数优先
      --workers K       在 K 个工作线程中分担抽样（结果相同）
${DATA_ZH}
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin sensitivity examples/data/sample-batch.csv
  youpin sensitivity applicants.xlsx --model city.json --weights dirichlet:50 --sobol 256 --format csv --out ranks.csv` as string,
  },
  helpBenchmark: {
    en: `Usage: youpin benchmark FILE [options]

Scores FILE and compares every applicant with each line of a benchmark (by default the 好品山东
dimension lines): score, line, gap and pass or fail per line, and whether all lines are reached.

Options:
  -b, --benchmark NAME  haopinShandong (default), or a benchmark JSON file
${MODEL_EN}
  -f, --format FORMAT   table (default), json (the comparison data, exactly), csv
  -o, --out FILE        write to FILE
${DATA_EN}
${COMMON_EN}

${EXIT_EN}

Example:
  youpin benchmark examples/data/sample-batch.csv --format csv --out benchmark.csv` as string,
    zh: `用法：youpin benchmark 文件 [选项]

为文件计分，并将每个申报对象与基准的每条线对照（默认为好品山东各维度基准线）：每条线的得分、
基准线、差距与是否达到，以及是否全部达到。

选项：
  -b, --benchmark 名称  haopinShandong（默认），或基准 JSON 文件
${MODEL_ZH}
  -f, --format 格式     table（默认）、json（即对照数据本身）、csv
  -o, --out 文件        写入文件
${DATA_ZH}
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin benchmark examples/data/sample-batch.csv --format csv --out benchmark.csv` as string,
  },
  helpEdition: {
    en: `Usage: youpin edition make BATCH --id ID --out FILE [options]
       youpin edition replay FILE
       youpin edition html FILE --out PAGE [--register R] [--previous E…]

"make" scores a round and keeps it as data (youpin/programme's makeEdition): the model and the
SHA-256 of its definition, the evaluation date, the rows and their hash, the re-application bans
that applied, the youpin version and the report. "replay" scores a stored edition again and says
whether the report is the same to the byte, and if not where it differs. "html" writes the edition's
report page with the programme around it: returning titles (of --register, the register before it),
re-applications barred, and the cultivation pool (followed through --previous editions).

Options (make):
      --id ID           the round (2024, 第三批)
  -o, --out FILE        the edition file to write
      --register FILE   the register of titles: its revocations bar re-applications
      --previous FILES  earlier editions (comma-separated): a model version must not have changed
      --date YYYY-MM-DD the evaluation date, if not the model's
${MODEL_EN}
${COMMON_EN}

${EXIT_EN} (replay: 1 when the report differs)

Examples:
  youpin edition make applicants-2025.xlsx --id 2025 --register register.json --out edition-2025.json
  youpin edition replay edition-2024.json` as string,
    zh: `用法：youpin edition make 申报数据 --id 届次 --out 文件 [选项]
      youpin edition replay 文件
      youpin edition html 文件 --out 页面 [--register 名录] [--previous 届次记录…]

"make" 为一届评价计分并保存为数据（youpin/programme 的 makeEdition）：模型及其定义的 SHA-256、评价日期、
申报数据及其哈希、所适用的禁止再申报记录、youpin 版本和报告。"replay" 对保存的届次记录重新计分，说明报告
是否逐字节相同，如不同则指出差异。"html" 输出该届报告页面，并附历届信息：续期称号（--register 为该届之前的
称号名录）、禁止再申报和培育库（经 --previous 各届跟踪）。

选项（make）：
      --id 届次         届次（2024、第三批）
  -o, --out 文件        要写入的届次记录文件
      --register 文件   称号名录：其中的撤销记录禁止再申报
      --previous 文件   以往届次记录（逗号分隔）：同一模型版本不得被改动
      --date 日期       评价日期（默认取模型的）
${MODEL_ZH}
${COMMON_ZH}

${EXIT_ZH}（replay：报告不同时为 1）

示例：
  youpin edition make applicants-2025.xlsx --id 2025 --register register.json --out edition-2025.json
  youpin edition replay edition-2024.json` as string,
  },
  helpRegister: {
    en: `Usage: youpin register EDITION.json… [options]

Builds the register of titles (称号名录) from editions: every selected applicant holds a title for
the model's validity; one selected again while its title is valid is renewed. Lists the titles by
their status on a day, for 公示.

Options:
      --previous FILE   the register so far (keeps what youpin monitor recorded)
      --save FILE       write the register (JSON) to FILE
      --as-of DATE      the day of the list (default today)
  -f, --format FORMAT   table (default), json, csv or html (the page for 公示)
  -o, --out FILE        write the list to FILE; the format follows its extension
${COMMON_EN}

${EXIT_EN}

Examples:
  youpin register edition-2024.json --save register.json
  youpin register edition-2025.json --previous register.json --save register.json --format csv` as string,
    zh: `用法：youpin register 届次记录.json… [选项]

由各届记录生成称号名录：每个入选对象在模型有效期内持有称号；有效期内再次入选的予以续期。按某日的状态列出
各项称号，供公示使用。

选项：
      --previous 文件   已有的称号名录（保留 youpin monitor 记录的变化）
      --save 文件       将称号名录（JSON）写入文件
      --as-of 日期      名录日期（默认今天）
  -f, --format 格式     table（默认）、json、csv 或 html（公示页面）
  -o, --out 文件        将名录写入文件；格式随扩展名
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin register edition-2024.json --save register.json
  youpin register edition-2025.json --previous register.json --save register.json --out 称号名录.html` as string,
  },
  helpMonitor: {
    en: `Usage: youpin monitor REGISTER.json EVIDENCE.json --as-of DATE [options]

The annual check (年度监测, youpin/programme's monitor): the model's vetoes and monitoring rules on
the holders' new events (EVIDENCE: one row per holder with id, sector, facts and dated events);
titles revoked, put under rectification with a deadline, rectified or expired, each with its
reason.

Options:
      --as-of DATE      the day of the check (YYYY-MM-DD)
      --save FILE       write the new register to FILE
${MODEL_EN}
${COMMON_EN}

${EXIT_EN}

Example:
  youpin monitor register.json events-2025.json --as-of 2025-06-01 --save register.json` as string,
    zh: `用法：youpin monitor 称号名录.json 监测数据.json --as-of 日期 [选项]

年度监测（youpin/programme 的 monitor）：对持有者的新事件运行模型的否决项和监测规则（监测数据：每个持有者
一行，含编号、行业、事实和带日期的事件）；称号被撤销、约谈整改（限期）、整改完成或届满，均注明原因。

选项：
      --as-of 日期      监测日期（YYYY-MM-DD）
      --save 文件       将新的称号名录写入文件
${MODEL_ZH}
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin monitor register.json events-2025.json --as-of 2025-06-01 --save register.json` as string,
  },
  helpPresets: {
    en: `Usage: youpin presets [show NAME] [options]

Lists the shipped models (name, id, version, sectors) and benchmarks; "show NAME" prints one model
as JSON (the definition that --preset NAME uses).

Options:
  -f, --format FORMAT   list: table (default) or json
  -o, --out FILE        write to FILE
${COMMON_EN}

Examples:
  youpin presets
  youpin presets show haopinShandong > haopin.json` as string,
    zh: `用法：youpin presets [show 名称] [选项]

列出内置模型（名称、编号、版本、行业）和基准线；"show 名称"以 JSON 输出一个模型
（即 --preset 名称 所用的定义）。

选项：
  -f, --format 格式     列表：table（默认）或 json
  -o, --out 文件        写入文件
${COMMON_ZH}

示例：
  youpin presets
  youpin presets show haopinShandong > haopin.json` as string,
  },
  helpWorkbench: {
    en: `Usage: youpin workbench [--out DIR] [--serve] [options]

Writes the workbench — one HTML page with its scripts, for any browser, offline — to a folder: a
city team opens its spreadsheet there (.xlsx, .csv or .json), sees its problems located as
youpin validate says them, adjusts weights, goalposts, the threshold and quotas, watches each
sector's ranking re-score, and exports the adjusted model and the report. The page makes no
network request; open DIR/index.html from the disk, or serve the folder on an intranet.

Options:
  -o, --out DIR         the folder to write (default: youpin-workbench); its files are replaced
      --serve           serve the page on http://127.0.0.1:PORT until Ctrl-C (from DIR with
                        --out, else from the installed package)
      --port N          the port for --serve (default 8437; 0 picks a free one)
${COMMON_EN}

${EXIT_EN}

Examples:
  youpin workbench --out workbench && open workbench/index.html
  youpin workbench --serve` as string,
    zh: `用法：youpin workbench [--out 目录] [--serve] [选项]

将工作台（一个 HTML 页面及其脚本，任何浏览器均可离线使用）写入一个目录：各市团队在其中打开申报表
（.xlsx、.csv 或 .json），按 youpin validate 的定位查看问题，调整权重、目标值、入选线和名额，即时查看
各行业排名的变化，并导出调整后的模型和报告。页面不发出任何网络请求；可直接从磁盘打开 目录/index.html，
也可在内网中提供该目录。

选项：
  -o, --out 目录        写入的目录（默认 youpin-workbench）；其中同名文件将被替换
      --serve           在 http://127.0.0.1:端口 上提供页面，直到按 Ctrl-C（有 --out 时
                        从该目录，否则从已安装的包）
      --port N          --serve 的端口（默认 8437；0 为任一空闲端口）
${COMMON_ZH}

${EXIT_ZH}

示例：
  youpin workbench --out workbench && open workbench/index.html
  youpin workbench --serve` as string,
  },
  wroteWorkbench: {
    en: (dir: string): string =>
      `Wrote the workbench to ${dir}: open ${dir}/index.html in a browser`,
    zh: (dir: string): string => `已将工作台写入 ${dir}：请在浏览器中打开 ${dir}/index.html`,
  },
  servingWorkbench: {
    en: (url: string): string => `The workbench is at ${url} (Ctrl-C stops it)`,
    zh: (url: string): string => `工作台地址：${url}（按 Ctrl-C 停止）`,
  },
  workbenchMissing: {
    en: (dir: string): string =>
      `the workbench is not built: ${dir} is missing (in a clone of youpin, run npm run build)`,
    zh: (dir: string): string =>
      `工作台尚未构建：缺少 ${dir}（在 youpin 的源码目录中请先运行 npm run build）`,
  },
  badPort: {
    en: (value: string): string => `--port: "${value}" is not a port (0 to 65535)`,
    zh: (value: string): string => `--port："${value}" 不是端口号（0 至 65535）`,
  },
  helpInit: {
    en: `Usage: youpin init --out FILE [options]

Writes a shipped model as a new JSON model file for your city, ready to edit: it starts with
"$schema" (so that editors check and complete it), and carries a new id and version. An existing
file is never overwritten unless --force is given.

Options:
  -o, --out FILE          the file to write (required; also accepted as the only argument)
  -p, --preset NAME       the model to start from: liaocheng2024 (default), haopinShandong, gbt19580
      --id ID             the new model's id (default: the file name, e.g. city)
      --model-version V   its version (default 0.1.0)
      --name-zh NAME      its Chinese name (default: the preset's)
      --name-en NAME      its English name (default: the preset's)
      --force             overwrite an existing file
${COMMON_EN}

${EXIT_EN} (1 also when FILE exists)

Example:
  youpin init --preset liaocheng2024 --out jinan.json --id jinan-youpin --name-zh 济南优品 --name-en "Jinan Premium Products"` as string,
    zh: `用法：youpin init --out 文件 [选项]

将内置模型写成一个新的 JSON 模型文件，供本市修改：文件以 "$schema" 开头（编辑器可据此检查与补全），
并使用新的编号和版本。除非给出 --force，不会覆盖已有文件。

选项：
  -o, --out 文件          要写入的文件（必需；也可作为唯一的参数给出）
  -p, --preset 名称       起点模型：liaocheng2024（默认）、haopinShandong、gbt19580
      --id 编号           新模型的编号（默认取文件名，如 city）
      --model-version V   版本（默认 0.1.0）
      --name-zh 名称      中文名称（默认沿用内置模型）
      --name-en 名称      英文名称（默认沿用内置模型）
      --force             覆盖已有文件
${COMMON_ZH}

${EXIT_ZH}（文件已存在时也为 1）

示例：
  youpin init --preset liaocheng2024 --out jinan.json --id jinan-youpin --name-zh 济南优品 --name-en "Jinan Premium Products"` as string,
  },
} as const;

type Texts = typeof TEXTS;
type Widen<T> = T extends string ? string : T;

/** Every text in one language; statuses and selection reasons as records. */
export type Messages = { readonly [K in keyof Texts]: Widen<Texts[K]['en']> } & {
  readonly status: { readonly [K in keyof typeof STATUS]: string };
  readonly reason: { readonly [K in keyof typeof REASON]: string };
};

// Compile-time check that the Chinese and the English text of each entry have the same shape.
type Mismatched = {
  [K in keyof Texts]: Widen<Texts[K]['zh']> extends Widen<Texts[K]['en']> ? never : K;
}[keyof Texts];
const _sameShape: [Mismatched] extends [never] ? true : false = true;

/**
 * The arguments that are texts the command line has already composed (a location, an issue's
 * message, a model's description): escaped, never cut. Every other text argument is a raw value.
 */
const COMPOSED: Readonly<Record<string, readonly number[]>> = {
  at: [0, 1],
  notice: [0],
  validModel: [0],
  validData: [0],
  sectorNotices: [1],
};

/**
 * The texts in one language. Every text argument of a message (a file name, an id, an option, a
 * value) is quoted through the core's `showText`, as the library's own messages are: at most 200
 * characters, control and bidi characters escaped; composed texts are escaped only.
 */
export function messages(lang: Lang): Messages {
  const pick = (
    entries: Readonly<Record<string, { readonly en: unknown; readonly zh: unknown }>>,
  ) =>
    Object.fromEntries(
      Object.entries(entries).map(([key, v]) => {
        const text = v[lang];
        if (typeof text !== 'function') return [key, text];
        const composed = COMPOSED[key] ?? [];
        const show = (arg: unknown, i: number) =>
          typeof arg !== 'string'
            ? arg
            : showText(arg, composed.includes(i) ? Number.POSITIVE_INFINITY : undefined);
        return [key, (...args: unknown[]) => text(...args.map(show))];
      }),
    );
  return { ...pick(TEXTS), status: pick(STATUS), reason: pick(REASON) } as unknown as Messages;
}
