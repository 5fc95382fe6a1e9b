// The sentences of `narrate`, Chinese and English side by side so that they are kept in step.
// Every template takes strings that are already formatted (published figures as they are, labels
// in the sentence's language); no template computes. Private: never re-exported.

/** A sentence in both languages, from the same parameters. */
interface Pair<P> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

/** The language of a sentence. */
export type Lang = keyof Pair<unknown>;

type Rule = { rule: string; label: string };

export const phrases = {
  // ─────────────────────────────── result ───────────────────────────────
  total: {
    zh: (p) => `总分 ${p.total}。`,
    en: (p) => `The total score is ${p.total}.`,
  } as Pair<{ total: string }>,
  totalRank: {
    zh: (p) => `总分 ${p.total}，在${p.sector} ${p.of} 家参评企业中排名第 ${p.rank}。`,
    en: (p) =>
      `The total score is ${p.total}, ranking ${p.ordinal} of ${p.of} applicants${p.sector ? ` in ${p.sector}` : ''}.`,
  } as Pair<{ total: string; sector: string; of: string; rank: string; ordinal: string }>,
  selected: {
    zh: () => '已入选。',
    en: () => 'Selected.',
  } as Pair<undefined>,
  band: {
    zh: (p) => `所在等级：${p.band}。`,
    en: (p) => `Band: ${p.band}.`,
  } as Pair<{ band: string }>,
  wonTieBreak: {
    zh: (p) => `在名额分界处与 ${p.others} 总分相同，按${p.key}排在其前。`,
    en: (p) => `Tied on the total with ${p.others} at the quota cut; placed ahead by ${p.key}.`,
  } as Pair<{ others: string; key: string }>,
  belowThreshold: {
    zh: (p) => `未入选：总分 ${p.total} 低于入选线 ${p.threshold}。`,
    en: (p) => `Not selected: the total of ${p.total} is below the threshold of ${p.threshold}.`,
  } as Pair<{ total: string; threshold: string }>,
  belowFloor: {
    zh: (p) => `未入选：${p.nodes}未达到最低分要求。`,
    en: (p) =>
      `Not selected: ${p.nodes} ${p.plural ? 'are below their floors' : 'is below its floor'}.`,
  } as Pair<{ nodes: string; plural: boolean }>,
  floorMissed: {
    zh: (p) => `${p.node}得分 ${p.score}，低于最低分要求 ${p.floor}，差 ${p.gap} 分。`,
    en: (p) => `${p.node} scored ${p.score}, below its floor of ${p.floor} by ${p.gap} points.`,
  } as Pair<{ node: string; score: string; floor: string; gap: string }>,
  outsideQuota: {
    zh: (p) =>
      `未入选：达到入选线和各项最低分要求，但${p.sector}排序第 ${p.position} 位，超出名额。`,
    en: (p) =>
      `Not selected: the threshold and floors are met, but the entity is placed ${p.ordinal}${p.sector ? ` in ${p.sector}` : ''}, outside the quota.`,
  } as Pair<{ sector: string; position: string; ordinal: string }>,
  outsideQuotaNoPosition: {
    zh: () => '未入选：达到入选线和各项最低分要求，但超出名额。',
    en: () =>
      'Not selected: the threshold and floors are met, but the entity is outside the quota.',
  } as Pair<undefined>,
  lostTieBreak: {
    zh: (p) => `未入选：在名额分界处与 ${p.others} 总分相同，按${p.key}排在其后。`,
    en: (p) =>
      `Not selected: tied on the total with ${p.others} at the quota cut, and placed behind by ${p.key}.`,
  } as Pair<{ others: string; key: string }>,
  tieUnresolved: {
    zh: (p) => `在名额分界处与 ${p.others} 总分相同，决胜规则未能区分，由评审委员会决定。`,
    en: (p) =>
      `Tied on the total with ${p.others} at the quota cut; the tie-break rules do not separate them, so the committee decides.`,
  } as Pair<{ others: string }>,
  tieKeyNode: {
    zh: (p) => `「${p.label}」得分`,
    en: (p) => `the ${p.label} score`,
  } as Pair<{ label: string }>,
  tieKeyFact: {
    zh: (p) => `申报信息「${p.fact}」`,
    en: (p) => `the fact ${p.fact}`,
  } as Pair<{ fact: string }>,
  tieKeyExpertMean: {
    zh: () => '专家评分平均值',
    en: () => 'the mean of all expert scores',
  } as Pair<undefined>,

  // ──────────────────────── not scored: gates, vetoes, data ────────────────────────
  ineligible: {
    zh: () => '未通过申报条件审核，未参加评分。',
    en: () => 'Not eligible: the application conditions are not met, so the entity was not scored.',
  } as Pair<undefined>,
  gateFailed: {
    zh: (p) => `未满足申报条件 ${p.rule}「${p.label}」${p.facts ? `（读取：${p.facts}）` : ''}。`,
    en: (p) =>
      `Condition ${p.rule} “${p.label}” is not met${p.facts ? ` (read: ${p.facts})` : ''}.`,
  } as Pair<Rule & { facts: string }>,
  gateUnknown: {
    zh: (p) =>
      p.missing
        ? `无法核查申报条件 ${p.rule}「${p.label}」：缺少 ${p.missing}。`
        : `无法核查申报条件 ${p.rule}「${p.label}」。`,
    en: (p) =>
      p.missing
        ? `Condition ${p.rule} “${p.label}” could not be checked: ${p.missing} missing.`
        : `Condition ${p.rule} “${p.label}” could not be checked.`,
  } as Pair<Rule & { missing: string }>,
  ruleUnreadable: {
    zh: (p) => `${p.rule}「${p.label}」未作判断：${p.names} 已填写但无法识别，请按提示更正。`,
    en: (p) =>
      `${p.rule} “${p.label}” was not decided: ${p.names} is filled in but could not be read; correct it as the message says.`,
  } as Pair<Rule & { names: string }>,
  quoted: {
    zh: (p) => `「${p.text}」`,
    en: (p) => `“${p.text}”`,
  } as Pair<{ text: string }>,
  vetoed: {
    zh: () => '触发一票否决，未参加评分。',
    en: () => 'Vetoed: the entity was not scored.',
  } as Pair<undefined>,
  vetoFired: {
    zh: (p) =>
      `触发否决项 ${p.rule}「${p.label}」${p.date ? `（事件日期 ${p.date}）` : p.facts ? `（读取：${p.facts}）` : ''}。`,
    en: (p) =>
      `Veto ${p.rule} “${p.label}” fired${p.date ? ` (event on ${p.date})` : p.facts ? ` (read: ${p.facts})` : ''}.`,
  } as Pair<Rule & { date: string; facts: string }>,
  vetoUnknown: {
    zh: (p) => `否决项 ${p.rule}「${p.label}」无法核查（缺少 ${p.missing}），不影响结果。`,
    en: (p) =>
      `Veto ${p.rule} “${p.label}” could not be checked (${p.missing} missing); it does not change the result.`,
  } as Pair<Rule & { missing: string }>,
  invalid: {
    zh: () => '申报数据有误，无法评分。',
    en: () => 'The application data could not be scored.',
  } as Pair<undefined>,
  issue: {
    zh: (p) => `${p.message}。`,
    en: (p) => `${p.message}.`,
  } as Pair<{ message: string }>,

  // ─────────────────────────── where the points are ───────────────────────────
  strengths: {
    zh: (p) => `优势维度：${p.nodes}。`,
    en: (p) => `Strengths: ${p.nodes}.`,
  } as Pair<{ nodes: string }>,
  weaknesses: {
    zh: (p) => `薄弱维度：${p.nodes}。`,
    en: (p) => `Weaknesses: ${p.nodes}.`,
  } as Pair<{ nodes: string }>,
  benchmarkMissed: {
    zh: (p) => `${p.node}得分 ${p.score}，低于基准线 ${p.line}，差 ${p.gap} 分。`,
    en: (p) =>
      `${p.node} scored ${p.score}, below the benchmark line of ${p.line} by ${p.gap} points.`,
  } as Pair<{ node: string; score: string; line: string; gap: string }>,
  benchmarkReached: {
    zh: (p) => `达到基准线：${p.nodes}。`,
    en: (p) => `At or above the benchmark line: ${p.nodes}.`,
  } as Pair<{ nodes: string }>,
  benchmarkAll: {
    zh: () => '各项均达到基准线。',
    en: () => 'Every benchmark line is reached.',
  } as Pair<undefined>,
  mostLost: {
    zh: (p) => `失分最多的指标：${p.items}。`,
    en: (p) => `Most points lost: ${p.items}.`,
  } as Pair<{ items: string }>,
  lostItem: {
    zh: (p) => `${p.label}（${p.lost} 分）`,
    en: (p) => `${p.label} (${p.lost} points)`,
  } as Pair<{ label: string; lost: string }>,

  // ──────────────────────────────── gaps ────────────────────────────────
  thresholdName: {
    zh: () => '入选线',
    en: () => 'the threshold',
  } as Pair<undefined>,
  floorName: {
    zh: (p) => `${p.node}的最低分要求`,
    en: (p) => `the ${p.node} floor`,
  } as Pair<{ node: string }>,
  quotaName: {
    zh: () => '名额线',
    en: () => 'the quota line',
  } as Pair<undefined>,
  gapQuota: {
    zh: (p) => `距名额线 ${p.required}（高于本行业入选者的最低总分）还差 ${p.needed} 分。`,
    en: (p) =>
      `The total needs ${p.needed} more points to reach the quota line of ${p.required} (above the lowest selected total in the sector).`,
  } as Pair<{ required: string; needed: string }>,
  gapThreshold: {
    zh: (p) => `距入选线 ${p.required} 还差 ${p.needed} 分。`,
    en: (p) => `The total needs ${p.needed} more points to reach the threshold of ${p.required}.`,
  } as Pair<{ required: string; needed: string }>,
  gapFloor: {
    zh: (p) => `${p.node}距最低分要求 ${p.required} 还差 ${p.needed} 分。`,
    en: (p) => `${p.node} needs ${p.needed} more points to reach its floor of ${p.required}.`,
  } as Pair<{ node: string; required: string; needed: string }>,
  leafAlone: {
    zh: (p) => `若将 ${p.change}，可单独达到${p.target}。`,
    en: (p) => `${p.change} would alone reach ${p.target}.`,
  } as Pair<{ change: string; target: string }>,
  noLeafAlone: {
    zh: (p) => `没有任何单项指标能单独达到${p.target}。`,
    en: (p) => `No single indicator can reach ${p.target} alone.`,
  } as Pair<{ target: string }>,
  plan: {
    zh: (p) => `组合方案：将 ${p.steps}，合计可达到${p.target}。`,
    en: (p) => `Combined plan: ${p.steps}; together they reach ${p.target}.`,
  } as Pair<{ steps: string; target: string }>,
  noPlan: {
    zh: (p) => `即使各项指标均达到满分，也无法达到${p.target}。`,
    en: (p) => `Even top scores on every indicator would not reach ${p.target}.`,
  } as Pair<{ target: string }>,
  /** "研发投入强度 从 4.2% 提高到 6.1%" — `verb` is rise, fall or change. */
  change: {
    zh: (p) =>
      `${p.label} 从 ${p.from} ${{ rise: '提高到', fall: '降低到', change: '改为' }[p.verb]} ${p.to}`,
    en: (p) =>
      `${{ rise: 'Raising', fall: 'Lowering', change: 'Changing' }[p.verb]} ${p.label} from ${p.from} to ${p.to}`,
  } as Pair<{ label: string; from: string; to: string; verb: 'rise' | 'fall' | 'change' }>,
  /** A step of the combined plan, inside a sentence (lower case in English). */
  step: {
    zh: (p) =>
      `${p.label} 从 ${p.from} ${{ rise: '提高到', fall: '降低到', change: '改为' }[p.verb]} ${p.to}`,
    en: (p) =>
      `${{ rise: 'raise', fall: 'lower', change: 'change' }[p.verb]} ${p.label} from ${p.from} to ${p.to}`,
  } as Pair<{ label: string; from: string; to: string; verb: 'rise' | 'fall' | 'change' }>,

  // ───────────────────────── panels and adjustments ─────────────────────────
  imputed: {
    zh: (p) =>
      `「${p.label}」缺失，按${p.group}的${p.method === 'mean' ? '均值' : '中位数'} ${p.value} 补齐后计分。`,
    en: (p) =>
      `${p.label} was missing and was imputed with the ${p.method} of ${p.group}, ${p.value}, before scoring.`,
  } as Pair<{ label: string; group: string; method: string; value: string }>,
  winsorised: {
    zh: (p) =>
      `「${p.label}」的数值 ${p.from} 在${p.group}中属于异常值（偏度 ${p.skewness}，峰度 ${p.kurtosis}，超出模型界限），缩尾为 ${p.to} 后计分。`,
    en: (p) =>
      `${p.label}: the value ${p.from} was an outlier among ${p.group} (skewness ${p.skewness}, kurtosis ${p.kurtosis}, beyond the model's limits) and was winsorised to ${p.to} before scoring.`,
  } as Pair<{
    label: string;
    group: string;
    from: string;
    to: string;
    skewness: string;
    kurtosis: string;
  }>,
  shiftedLog: {
    zh: (p) =>
      `「${p.label}」在${p.group}中缩尾后仍有异常值（偏度 ${p.skewness}，峰度 ${p.kurtosis}），所有数值按 ${p.formula} 变换后计分：${p.from} 变为 ${p.to}。`,
    en: (p) =>
      `${p.label}: winsorising did not remove the outliers among ${p.group} (skewness ${p.skewness}, kurtosis ${p.kurtosis}), so every value was scored on ${p.formula}: ${p.from} became ${p.to}.`,
  } as Pair<{
    label: string;
    group: string;
    from: string;
    to: string;
    skewness: string;
    kurtosis: string;
    formula: string;
  }>,
  transformed: {
    zh: (p) => `按模型的数据处理，「${p.label}」以 ${p.formula} 计分：${p.from} 变为 ${p.to}。`,
    en: (p) =>
      `By the model's treatment, ${p.label} is scored on ${p.formula}: ${p.from} became ${p.to}.`,
  } as Pair<{ label: string; from: string; to: string; formula: string }>,
  allApplicants: { zh: () => '全部申报对象', en: () => 'all applicants' } as Pair<undefined>,
  sectorApplicants: {
    zh: (p) => `${p.sector}申报对象`,
    en: (p) => `the ${p.sector} applicants`,
  } as Pair<{ sector: string }>,
  panelFlagged: {
    zh: (p) => `专家对「${p.label}」的评分极差为 ${p.spread} 分，已标记为需讨论后重新评分。`,
    en: (p) =>
      `The experts' scores on ${p.label} spread over ${p.spread} points; the indicator is flagged for discussion and re-scoring.`,
  } as Pair<{ label: string; spread: string }>,
  bonus: {
    zh: (p) => `加分项「${p.label}」：${p.points} 分。`,
    en: (p) => `Bonus “${p.label}”: ${p.points} points.`,
  } as Pair<{ label: string; points: string }>,
  penalty: {
    zh: (p) => `扣分项「${p.label}」：${p.points} 分。`,
    en: (p) => `Penalty “${p.label}”: ${p.points} points.`,
  } as Pair<{ label: string; points: string }>,

  // ─────────────────────────────── words ───────────────────────────────
  dimension: {
    zh: (p) => `${p.label}维度`,
    en: (p) => p.label,
  } as Pair<{ label: string }>,
  indicator: {
    zh: (p) => `「${p.label}」`,
    en: (p) => p.label,
  } as Pair<{ label: string }>,
  totalScore: {
    zh: () => '总分',
    en: () => 'The total',
  } as Pair<undefined>,
  listSeparator: {
    zh: () => '、',
    en: () => ', ',
  } as Pair<undefined>,
  factSeparator: {
    zh: () => '；',
    en: () => '; ',
  } as Pair<undefined>,
  yes: { zh: () => '是', en: () => 'yes' } as Pair<undefined>,
  no: { zh: () => '否', en: () => 'no' } as Pair<undefined>,
  none: { zh: () => '无', en: () => 'none' } as Pair<undefined>,
  missing: { zh: () => '缺失', en: () => 'missing' } as Pair<undefined>,
  event: {
    zh: (p) => `${p.date} ${p.type}${p.severity ? `（${p.severity}）` : ''}`,
    en: (p) => `${p.date} ${p.type}${p.severity ? ` (${p.severity})` : ''}`,
  } as Pair<{ date: string; type: string; severity: string }>,
  eventsRead: {
    zh: (p) => `${p.types}：${p.events}`,
    en: (p) => `${p.types}: ${p.events}`,
  } as Pair<{ types: string; events: string }>,
};
