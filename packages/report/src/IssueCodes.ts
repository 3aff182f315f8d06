/**
 * The issue codes of `@tongban/report`: result files that are no known
 * result, and figures given data of the wrong shape.
 *
 * Glossary: 结果文件 = result file, 错误码 = issue code.
 *
 * @since 0.2.0
 */
import { defineCodes } from "@tongban/core"

/**
 * Every issue code `@tongban/report` reports, with its templates and facts.
 * The codes of `@tongban/core` (zod's shape codes such as `invalid_type`,
 * and `json_*`) and of `@tongban/simulation` (a shard's checks) pass through
 * unchanged.
 *
 * @example
 * ```ts
 * import { reportCodes } from "@tongban/report"
 *
 * reportCodes.issue("result_kind_unknown", { path: ["shard.json"], facts: { keys: "a, b" } }).message.en
 * // "not a result tongban writes (keys: a, b): expected simulate --out's shard.json, flow schedule, score, catalog stats or diff, or due, as JSON"
 * reportCodes.codes.figure_input_invalid.severity // undefined
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const reportCodes = /* @__PURE__ */ defineCodes("@tongban/report", {
  result_kind_unknown: {
    message: {
      zh: "不是 tongban 写出的结果（键：{keys}）：应为 simulate --out 的 shard.json，或 flow schedule、score、catalog stats、catalog diff、due 的 JSON 输出",
      en: "not a result tongban writes (keys: {keys}): expected simulate --out's shard.json, flow schedule, score, catalog stats or diff, or due, as JSON"
    },
    facts: { keys: "string" }
  },
  date_invalid: {
    message: { zh: "应为 1900–2200 年间的真实日期（YYYY-MM-DD）", en: "a real date from 1900 to 2200 (YYYY-MM-DD)" }
  },
  result_none: {
    message: { zh: "没有结果文件", en: "no result file" }
  },
  list_too_long: {
    message: { zh: "列表过长：最多 100000 项", en: "the list is too long: at most 100,000 items" }
  },
  node_id_repeated: {
    message: {
      zh: "流程中有重复的工序或网关编号：每个编号只能出现一次",
      en: "a step or gateway id is repeated in the flow: each id may appear once"
    }
  },
  figure_input_invalid: {
    message: {
      zh: "无法绘制「{figure}」：数据不符合要求（见其余问题）",
      en: "cannot draw {figure}: its data has the wrong shape (see the other issues)"
    },
    facts: { figure: "string" }
  }
})
