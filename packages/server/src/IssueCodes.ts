/**
 * The issue codes of `@tongban/server`: what the HTTP layer itself reports
 * (a body it cannot read, a route it does not know, a pool that is full).
 * Everything about the content of a body is reported by the package that
 * checks it, with that package's codes.
 *
 * Glossary: 请求体 = request body, 工作线程池 = worker pool, 时限预算 = time budget.
 *
 * @since 0.3.0
 */
import { defineCodes } from "@tongban/core"

/**
 * Every issue code `@tongban/server` reports, with its templates, facts and
 * severity. The codes of the other packages (`json_*` from core, zod's shape
 * codes, each package's own) pass through unchanged.
 *
 * @example
 * ```ts
 * import { serverCodes } from "@tongban/server"
 *
 * serverCodes.issue("body_too_large", { facts: { bytes: 10, maxBytes: 5 } }).message.en
 * // "the request body has 10 bytes, more than the 5 accepted"
 * ```
 *
 * @since 0.3.0
 * @category codes
 */
export const serverCodes = /* @__PURE__ */ defineCodes("@tongban/server", {
  body_too_large: {
    message: {
      zh: "请求体有 {bytes} 字节，超过上限 {maxBytes} 字节",
      en: "the request body has {bytes} bytes, more than the {maxBytes} accepted"
    },
    facts: { bytes: "number", maxBytes: "number" }
  },
  content_type_unsupported: {
    message: {
      zh: "请求体应为 application/json，而不是 {contentType}",
      en: "the request body must be application/json, not {contentType}"
    },
    facts: { contentType: "string" }
  },
  body_unreadable: {
    message: { zh: "无法读取请求体：{reason}", en: "the request body could not be read: {reason}" },
    facts: { reason: "string" }
  },
  route_unknown: {
    message: { zh: "没有 {method} {path} 这个接口", en: "there is no operation {method} {path}" },
    facts: { method: "string", path: "string" }
  },
  method_not_allowed: {
    message: { zh: "{path} 只接受 {allowed}", en: "{path} takes only {allowed}" },
    facts: { path: "string", allowed: "string" }
  },
  pool_full: {
    message: {
      zh: "计算线程已满（{running} 个运行、{queued} 个排队），请 {retryAfter} 秒后重试",
      en: "the workers are busy ({running} running, {queued} queued); retry in {retryAfter} s"
    },
    facts: { running: "number", queued: "number", retryAfter: "number" }
  },
  time_budget_exceeded: {
    message: {
      zh: "计算超过时限预算 {budgetMs} 毫秒而被停止：请缩小输入，或用命令行在本地运行",
      en: "the work ran past its time budget of {budgetMs} ms and was stopped: make the input smaller, or run it locally with the command line"
    },
    facts: { budgetMs: "number" }
  },
  worker_failed: {
    message: { zh: "计算线程失败：{reason}", en: "a worker failed: {reason}" },
    facts: { reason: "string" }
  },
  shutting_down: {
    message: {
      zh: "服务正在停止，不再接受新请求，请改用其他实例",
      en: "the server is shutting down and takes no new requests; use another instance"
    }
  },
  internal_error: {
    message: {
      zh: "服务内部错误（编号 {requestId}），这是程序缺陷，请报告",
      en: "an internal error (request {requestId}); this is a defect, please report it"
    },
    facts: { requestId: "string" }
  },
  range_too_long: {
    message: {
      zh: "日期范围有 {days} 天，超过上限 {maxDays} 天：请分段查询",
      en: "the range has {days} days, more than the {maxDays} accepted: ask for it in parts"
    },
    facts: { days: "number", maxDays: "number" }
  },
  start_required: {
    message: { zh: "甘特图需要起始日 start", en: "a Gantt chart needs a start date (start)" }
  },
  work_too_large: {
    message: {
      zh: "{field} 为 {value}，超过本服务单次请求的上限 {max}：更大的计算请用命令行或批处理 Job（docs/server.md）",
      en: "{field} is {value}, more than the {max} one request may ask for: run larger work with the command line or a batch Job (docs/server.md)"
    },
    facts: { field: "string", value: "number", max: "number" }
  },
  catalogue_missing: {
    message: {
      zh: "请求没有附带目录，服务也未预先载入目录",
      en: "the request carries no catalogue and the server has none loaded"
    }
  }
})
