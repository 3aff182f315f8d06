/**
 * The issue codes of `@tongban/simulation`: the hall model, sweep and
 * scenario files, the sweep runner, and calibration from case records.
 *
 * Glossary: 错误码 = issue code, 严重程度 = severity (error: the data is
 * wrong; warning: it is incomplete).
 *
 * @since 0.2.0
 */
import { defineCodes } from "@tongban/core"

/**
 * Every issue code `@tongban/simulation` reports, with its templates, facts
 * and severity. The codes of `@tongban/core` (zod's shape codes, `json_*`,
 * `csv_*`, `date_*`), of `@tongban/deadline` (`calendar_out_of_coverage`,
 * `time_limit_*`) and of `@tongban/approval` (a flow's codes) pass through
 * unchanged.
 *
 * @example
 * ```ts
 * import { simulationCodes } from "@tongban/simulation"
 *
 * simulationCodes.issue("unknown_department", { path: ["windows", 0, "serves", 0], facts: { id: "tax" } }).message.en
 * // 'unknown department "tax"'
 * simulationCodes.codes.calibration_row_skipped.severity // "warning"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const simulationCodes = /* @__PURE__ */ defineCodes("@tongban/simulation", {
  clock_malformed: {
    message: { zh: "时刻须为 HH:MM（00:00–23:59）", en: "a clock time must be HH:MM (00:00–23:59)" }
  },
  distribution_bounds: {
    message: { zh: "min 不能大于 max", en: "min must not exceed max" },
    variants: { triangular: { zh: "须满足 min ≤ mode ≤ max", en: "min ≤ mode ≤ max must hold" } }
  },
  distribution_weights: {
    message: {
      zh: "weights 须与 values 等长且至少一个大于 0",
      en: "weights must match values in length and one must be above 0"
    }
  },
  duplicate_id: {
    message: { zh: '部门编号 "{id}" 重复', en: 'duplicate department id "{id}"' },
    facts: { id: "string" },
    variants: {
      window: { zh: '窗口组编号 "{id}" 重复', en: 'duplicate window group id "{id}"' },
      service: { zh: '服务编号 "{id}" 重复', en: 'duplicate service id "{id}"' }
    }
  },
  unknown_department: {
    message: { zh: '未声明的部门 "{id}"', en: 'unknown department "{id}"' },
    facts: { id: "string" }
  },
  opening_hours_order: {
    message: {
      zh: "营业时段须按时间先后排列且不重叠、结束晚于开始",
      en: "opening hours must be in order, not overlap, and end after they start"
    },
    facts: { from: "string", to: "string" }
  },
  priority_shares_exceed_one: {
    message: { zh: "优先类别占比之和 {sum} 超过 1", en: "the priority shares add up to {sum}, more than 1" },
    facts: { sum: "number" }
  },
  no_window_for_service: {
    message: {
      zh: '没有窗口受理服务 "{id}"（部门 "{department}"）',
      en: 'no window takes service "{id}" (department "{department}")'
    },
    facts: { id: "string", department: "string" }
  },
  trace_timestamp_malformed: {
    message: { zh: '时间戳 "{input}" 应为 YYYY-MM-DDTHH:MM', en: 'timestamp "{input}" must be YYYY-MM-DDTHH:MM' },
    facts: { input: "string" }
  },
  trace_needs_start: {
    message: { zh: "使用时间戳轨迹时模型须有 start 日期", en: "a trace of timestamps needs the model's start date" },
    facts: { input: "string" }
  },
  trace_before_start: {
    message: {
      zh: '时间戳 "{input}" 早于开始日期 {start}',
      en: 'timestamp "{input}" is before the start date {start}'
    },
    facts: { input: "string", start: "string" }
  },
  trace_needs_calendar: {
    message: {
      zh: "时间戳轨迹需要模型的 start 日期和工作日历",
      en: "a trace of timestamps needs the model's start date and a working calendar"
    },
    facts: { input: "string" }
  },
  profile_all_zero: {
    message: { zh: "到达强度曲线不能全为 0", en: "the arrival profile cannot be all zeros" }
  },
  step_needs_more_reviewers: {
    message: {
      zh: '环节 "{step}" 需要 {needs} 名审核人员，部门只有 {has} 名',
      en: 'step "{step}" needs {needs} reviewers, its department has {has}'
    },
    facts: { step: "string", needs: "number", has: "number" }
  },
  model_too_large: {
    message: {
      zh: "预计约 {expected} 个办件环节，超过单次运行上限 {limit}",
      en: "about {expected} case steps expected, more than the {limit} a run allows"
    },
    facts: { expected: "number", limit: "number" },
    variants: {
      cases: {
        zh: "预计 {expected} 件，超过单次运行上限 {limit}",
        en: "about {expected} cases expected, more than the {limit} a run allows"
      }
    }
  },
  simulation_event_limit: {
    message: { zh: "仿真超过 {limit} 个事件仍未结束", en: "the simulation did not finish within {limit} events" },
    facts: { events: "number", limit: "number" }
  },
  sweep_worker_failed: {
    message: { zh: "仿真工作线程失败：{reason}", en: "a simulation worker failed: {reason}" },
    facts: { reason: "string" }
  },
  no_scenarios: {
    message: { zh: "情景文件没有情景", en: "the scenario file holds no scenario" },
    facts: { count: "number", max: "number" },
    variants: {
      too_many: { zh: "情景过多（{count} 个，上限 {max}）", en: "too many scenarios ({count}; at most {max})" }
    }
  },
  sweep_parameter_unknown: {
    message: {
      zh: '无法扫描参数 "{parameter}"（不在语法中，或基础模型没有该窗口组、服务，或取值类型不符）',
      en: 'cannot sweep "{parameter}" (not in the grammar, no such window group or service in the base, or a value of the wrong type)'
    },
    facts: { parameter: "string" }
  },
  sweep_too_large: {
    message: {
      zh: "扫描组合过多（{scenarios} 个，上限 {max}）",
      en: "too many combinations ({scenarios}; at most {max})"
    },
    facts: { scenarios: "number", max: "number" }
  },
  argument_invalid: {
    message: { zh: "{name} 须为有限数值", en: "{name} must be a finite number" },
    facts: { name: "string" },
    variants: {
      integer: { zh: "{name} 须为整数（在允许范围内）", en: "{name} must be an integer in its range" },
      range: { zh: "{name} 超出允许范围", en: "{name} is out of its range" },
      object: { zh: "{name} 须为对象", en: "{name} must be an object" },
      list: { zh: "{name} 须为数组", en: "{name} must be an array" },
      text: { zh: "{name} 须为字符串", en: "{name} must be a string" },
      boolean: { zh: "{name} 须为 true 或 false", en: "{name} must be true or false" },
      model: {
        zh: "{name} 须为 parseModel 返回的模型（其内容不符合模型）",
        en: "{name} must be a model that parseModel returned (its content does not fit one)"
      },
      flow: {
        zh: "{name} 须为 parseFlow 返回的流程（其内容不符合流程）",
        en: "{name} must be a flow that parseFlow returned (its content does not fit one)"
      },
      calendar: {
        zh: "{name} 须为工作日历（如 chinaCalendar）",
        en: "{name} must be a working calendar (e.g. chinaCalendar)"
      }
    }
  },
  calibration_row_skipped: {
    message: { zh: "第 {line} 行已跳过：{reason}", en: "line {line} skipped: {reason}" },
    facts: { line: "number", reason: "string" },
    severity: "warning"
  },
  calibration_columns_missing: {
    message: { zh: "办件记录缺少列：{missing}", en: "the case records lack the columns: {missing}" },
    facts: { missing: "string" }
  },
  calibration_too_few_records: {
    message: {
      zh: "可用的办件记录只有 {usable} 条，至少需要 2 条",
      en: "only {usable} usable case records; at least 2 are needed"
    },
    facts: { usable: "number" }
  }
})
