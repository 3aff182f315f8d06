/**
 * The issue codes of `@tongban/scoring`: events (JSON and CSV), rubrics,
 * periods, points and scoring.
 *
 * Glossary: 错误码 = issue code, 严重程度 = severity (error: the data is
 * wrong; warning: it is incomplete), 事件 = event, 评分标准 = rubric,
 * 考核周期 = assessment period.
 *
 * @since 0.2.0
 */
import { defineCodes } from "@tongban/core"

const events = {
  events_not_array: {
    message: { zh: "事件须为数组或 { events: [...] }", en: "events must be an array or { events: [...] }" }
  },
  events_too_many: {
    message: { zh: "事件过多：上限 {maxEvents} 条", en: "too many events: the limit is {maxEvents}" },
    facts: { maxEvents: "number" }
  },
  issues_truncated: {
    message: {
      zh: "问题过多，只报告前 {maxIssues} 个",
      en: "too many problems: only the first {maxIssues} are reported"
    },
    facts: { maxIssues: "number" }
  },
  event_not_object: { message: { zh: "事件须为对象", en: "an event must be an object" } },
  event_key_unknown: {
    message: { zh: '未知的字段 "{key}"', en: 'unknown field "{key}"' },
    facts: { key: "string" }
  },
  event_kind_invalid: {
    message: { zh: "事件类型须为 {kinds} 之一", en: "kind must be one of {kinds}" },
    facts: { input: "string", kinds: "list" }
  },
  event_date_missing: { message: { zh: "缺少日期", en: "the date is missing" } },
  event_text_invalid: {
    message: { zh: "须为不超过 64 个字符的文本", en: "must be text of at most 64 characters" }
  },
  event_quantity_invalid: {
    message: { zh: "数量须为 1–1000 的整数", en: "quantity must be a whole number from 1 to 1000" }
  },
  event_active_invalid: { message: { zh: "active 须为 true 或 false", en: "active must be true or false" } },
  level_code_unmapped: {
    message: {
      zh: '评价代码 "{input}" 无法解读：请指定代码对照（GB/T 39046 为 1 = 非常满意，许多评价器为 5 = 非常满意）',
      en: 'the evaluation code "{input}" cannot be read: give a code mapping (GB/T 39046 has 1 = very satisfied, many rating devices 5 = very satisfied)'
    },
    facts: { input: "string" }
  },
  level_invalid: {
    message: { zh: '无法识别的评价等级 "{input}"', en: 'unknown evaluation level "{input}"' },
    facts: { input: "string" }
  },
  event_subject_missing: {
    message: { zh: "事件须注明工作人员或窗口", en: "an event must name a staff member or a window" }
  },
  roster_incomplete: {
    message: { zh: "人员名册行须注明工作人员和窗口", en: "a roster line must name the staff member and the window" }
  },
  event_level_missing: { message: { zh: "评价须有等级", en: "an evaluation needs a level" } },
  event_ref_missing: {
    message: { zh: "须注明所涉评价（ref）", en: "the evaluation it concerns (ref) is missing" }
  },
  event_code_missing: {
    message: {
      zh: "考勤事件须有代码（如 late、absent）",
      en: "an attendance event needs a code (e.g. late, absent)"
    }
  },
  event_code_invalid: {
    message: { zh: "代码须为 {allowed} 之一", en: "code must be one of {allowed}" },
    facts: { input: "string", allowed: "list" }
  },
  csv_column_unknown: {
    message: { zh: '未知的列 "{column}"', en: 'unknown column "{column}"' },
    facts: { column: "string", line: "number" }
  },
  csv_column_duplicate: {
    message: { zh: '表头有重复的列 "{column}"', en: 'the header repeats the column "{column}"' },
    facts: { column: "string", line: "number" }
  },
  csv_column_missing: {
    message: { zh: '缺少列 "{column}"', en: 'the column "{column}" is missing' },
    facts: { column: "string", line: "number" }
  },
  csv_row_width: {
    message: {
      zh: "第 {line} 行有 {found} 个字段，表头有 {expected} 个",
      en: "line {line} has {found} fields, the header has {expected}"
    },
    facts: { line: "number", expected: "number", found: "number" }
  },
  csv_empty: { message: { zh: "CSV 为空，缺少表头", en: "the CSV is empty: no header" } }
} as const

const rubrics = {
  points_invalid: {
    message: {
      zh: "分值须为最多两位小数、绝对值不超过 10000 的数",
      en: "points must be a number with at most two decimals, at most 10000 in size"
    },
    facts: { input: "value?" },
    variants: {
      event: {
        zh: "分值须为最多两位小数的非负数",
        en: "points must be a non-negative number with at most two decimals"
      }
    }
  },
  points_negative: { message: { zh: "分值不能为负数", en: "points cannot be negative" } },
  share_invalid: {
    message: {
      zh: "比例须为 0 到 1 之间、最多两位小数的数（如 0.5）",
      en: "a share must be from 0 to 1 with at most two decimals (e.g. 0.5)"
    }
  },
  id_duplicate: {
    message: { zh: '重复的编号 "{id}"', en: 'duplicate id "{id}"' },
    facts: { id: "string" }
  },
  maximum_below_base: { message: { zh: "最高分不能低于基本分", en: "the maximum cannot be below the base" } },
  category_unknown: {
    message: { zh: '未定义的类别 "{category}"', en: 'unknown category "{category}"' },
    facts: { category: "string" }
  },
  item_metric_required: {
    message: {
      zh: "按百分点计分的项目须有 metric 而无 match",
      en: "an item per percentage point needs a metric and no match"
    }
  },
  item_match_required: {
    message: {
      zh: "按次、人次或半天计分的项目须有 match 而无 metric",
      en: "an item per occurrence, person-time or half day needs a match and no metric"
    }
  },
  range_invalid: {
    message: { zh: "酌情范围须满足 min ≤ points ≤ max", en: "a range needs min ≤ points ≤ max" }
  },
  range_weighted: {
    message: { zh: "酌情范围与难度加权不能同用", en: "a range and difficulty weights cannot be combined" }
  },
  weighted_not_case: {
    message: { zh: "只有办件项目可按难度加权", en: "only case items can be weighted by difficulty" }
  },
  joint_not_deduction: {
    message: { zh: "连带责任只适用于扣分项目", en: "joint liability applies to deductions only" }
  },
  joint_not_staff: {
    message: { zh: "连带责任只适用于对工作人员的考核", en: "joint liability applies to staff rubrics only" }
  },
  scope_not_staff: {
    message: {
      zh: "按角色排除考核对象只适用于对工作人员的考核",
      en: "leaving roles out of scope applies to staff rubrics only"
    }
  },
  item_rule_conflict: {
    message: {
      zh: "项目 {item} 的 {rule} 不能与 {other} 同用",
      en: "item {item}: {rule} cannot be combined with {other}"
    },
    facts: { item: "string", rule: "string", other: "string" }
  },
  grade_min_duplicate: {
    message: { zh: "两个等次的最低分相同", en: "two grades have the same minimum" }
  },
  grade_unknown: {
    message: { zh: '未定义的等次 "{grade}"', en: 'unknown grade "{grade}"' },
    facts: { grade: "string" }
  },
  award_weights_required: {
    message: { zh: "按加权公式评选须给出权重", en: "a weighted award needs weights" }
  },
  award_weights_unused: {
    message: { zh: "只有按加权公式评选才用权重", en: "weights apply to a weighted award only" }
  },
  item_once_source: {
    message: {
      zh: "一次性计分（once）的项目须有 metric 或 match 二者之一",
      en: "an item scored once needs either a metric or a match, not both"
    }
  },
  input_undeclared: {
    message: {
      zh: '组合得分引用了未在 inputs 中声明的输入 "{input}"',
      en: 'a composite uses the input "{input}", not declared in inputs'
    },
    facts: { input: "string" }
  },
  roles_not_staff: {
    message: {
      zh: "按角色限定评选资格只适用于对工作人员的考核（窗口的类型不在事件里）",
      en: "eligibility by role applies to staff rubrics only (a window's type is not in the events)"
    }
  },
  category_cycle: {
    message: {
      zh: '类别 "{category}" 的上级类别追溯回到它自己',
      en: 'category "{category}" is its own ancestor through its parents'
    },
    facts: { category: "string" }
  }
} as const

const scoring = {
  period_invalid: {
    message: {
      zh: "考核周期须写作 2026（年）、2026-Q3（季度）或 2026-07（月）",
      en: "a period is written 2026 (a year), 2026-Q3 (a quarter) or 2026-07 (a month)"
    },
    facts: { input: "value" }
  },
  period_kind_mismatch: {
    message: {
      zh: "此评分标准按{rubricZh}考核，所给周期为 {period}",
      en: "this rubric assesses by {rubric}; the period given is a {period}"
    },
    facts: { rubric: "string", rubricZh: "string", period: "string" }
  },
  period_unknown: {
    message: { zh: "没有事件，须指定考核周期", en: "there are no events: give the period" }
  },
  inputs_invalid: {
    message: {
      zh: "须为对象：输入编号 → { 对象编号: 分值 }",
      en: "must be an object: input id → { subject id: points }"
    }
  },
  input_unknown: {
    message: { zh: '评分标准未声明输入 "{input}"', en: 'the rubric declares no input "{input}"' },
    facts: { input: "string" }
  },
  input_subject_unknown: {
    message: {
      zh: '"{subject}" 不是使用输入 {input} 的组合得分的对象',
      en: '"{subject}" is not scored by a composite that uses the input {input}'
    },
    facts: { input: "string", subject: "string" }
  },
  input_missing: {
    message: {
      zh: '缺少 "{subject}" 的输入 {input}（组合得分 {composite}）',
      en: 'the input {input} of "{subject}" is missing (composite {composite})'
    },
    facts: { input: "string", subject: "string", composite: "string" }
  },
  input_out_of_range: {
    message: {
      zh: "输入 {input} 须为 0 到 {max} 之间、最多两位小数的分值",
      en: "the input {input} must be points from 0 to {max} with at most two decimals"
    },
    facts: { input: "string", max: "string", value: "string" }
  },
  self_scores_invalid: {
    message: {
      zh: "自评分须为对象：对象编号 → 分值，或 { score, categories }",
      en: "self-scores must be an object: subject id → points, or { score, categories }"
    }
  },
  self_score_subject_unknown: {
    message: { zh: '"{subject}" 不是本次考核的对象', en: '"{subject}" is not scored in this assessment' },
    facts: { subject: "string" }
  },
  self_score_category_unknown: {
    message: { zh: '评分标准没有类别 "{category}"', en: 'the rubric has no category "{category}"' },
    facts: { category: "string" }
  },
  self_score_invalid: {
    message: {
      zh: "自评分须为不小于 0、最多两位小数的分值",
      en: "a self-score must be points of at least 0 with at most two decimals"
    },
    facts: { value: "string" }
  },
  event_points_out_of_range: {
    message: {
      zh: "分值须在 {min}–{max} 之间（{item}）",
      en: "points must lie in {min}–{max} ({item})"
    },
    facts: { item: "string", input: "string", min: "string", max: "string" }
  },
  period_not_within: {
    message: {
      zh: "此评分标准按{rubricZh}考核，{period} 不能分成{rubricZh}",
      en: "this rubric assesses by {rubric}; {period} cannot be divided into periods of that kind"
    },
    facts: { rubric: "string", rubricZh: "string", period: "string" }
  },
  rollup_empty: { message: { zh: "汇总须至少给出一期结果", en: "a roll-up needs at least one period's result" } },
  rollup_rubric_mixed: {
    message: {
      zh: "各期结果须出自同一评分标准：{expected} 与 {found}",
      en: "the periods' results must come from one rubric: {expected} and {found}"
    },
    facts: { expected: "string", found: "string" }
  },
  rollup_period_kind_mixed: {
    message: {
      zh: "各期须为同一类周期：{expected} 与 {found}",
      en: "the periods must be of one kind: {expected} and {found}"
    },
    facts: { expected: "string", found: "string" }
  },
  rollup_period_duplicate: {
    message: { zh: "周期 {period} 的结果重复", en: "the period {period} is given twice" },
    facts: { period: "string" }
  },
  rollup_period_outside: {
    message: {
      zh: "周期 {period} 不在汇总周期 {within} 之内",
      en: "the period {period} does not lie within the roll-up period {within}"
    },
    facts: { period: "string", within: "string" }
  },
  rollup_entity_duplicate: {
    message: { zh: "{period} 的结果中 {id} 出现两次", en: "{id} appears twice in the result of {period}" },
    facts: { id: "string", period: "string" }
  },
  rollup_weight_invalid: {
    message: {
      zh: "权重须为大于 0、最多两位小数的数",
      en: "a weight must be a number above 0 with at most two decimals"
    }
  },
  rollup_weight_missing: {
    message: { zh: "缺少周期 {period} 的权重", en: "the period {period} has no weight" },
    facts: { period: "string" }
  },
  rollup_weight_unused: {
    message: {
      zh: "权重所指的周期 {period} 没有结果",
      en: "the weight names the period {period}, which has no result"
    },
    facts: { period: "string" }
  },
  rollup_award_previous: {
    message: {
      zh: "按汇总结果评选不能以上一期或不得重复获奖为条件",
      en: "an award on the roll-up cannot depend on a previous period or on repeat wins"
    }
  },
  rollup_failure_rule_empty: {
    message: {
      zh: "连续不合格的规则须给出 grades（不合格等次）或 below（分数线）",
      en: "a repeated-failure rule needs grades (the failing grades) or below (a score line)"
    }
  },
  inputs_csv_column_missing: {
    message: {
      zh: "输入表缺少列 {column}（表头须有 input 或 id、subject、value）",
      en: "the inputs table lacks the column {column} (the header needs input or id, subject, value)"
    },
    facts: { column: "string" }
  },
  inputs_csv_cell_empty: {
    message: { zh: "第 {line} 行的 {column} 为空", en: "{column} is empty on row {line}" },
    facts: { line: "number", column: "string" }
  },
  inputs_csv_duplicate: {
    message: {
      zh: '输入 {input} 已给出 "{subject}" 的分值（第 {first} 行），第 {line} 行重复',
      en: 'the input {input} of "{subject}" is given twice: rows {first} and {line}'
    },
    facts: { input: "string", subject: "string", first: "number", line: "number" }
  }
} as const

/**
 * Every issue code `@tongban/scoring` reports, with its templates, facts
 * and severity. Issues read from a CSV file carry the `line` fact besides
 * these. The codes of `@tongban/core` (zod's shape codes, `json_*`,
 * `csv_*` of the CSV reader, `date_*`) pass through unchanged.
 *
 * @example
 * ```ts
 * import { scoringCodes } from "@tongban/scoring"
 *
 * scoringCodes.issue("csv_row_width", { facts: { line: 3, expected: 4, found: 2 } }).message.en
 * // "line 3 has 2 fields, the header has 4"
 * scoringCodes.package // "@tongban/scoring"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const scoringCodes = /* @__PURE__ */ defineCodes("@tongban/scoring", events, rubrics, scoring)

/** The event codes alone, for modules that build issues with `codeIssue`. */
export const eventCodes = events

/** The rubric codes alone. */
export const rubricCodes = rubrics

/** The scoring codes alone. */
export const scoreCodes = scoring
