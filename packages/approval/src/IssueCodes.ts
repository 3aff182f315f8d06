/**
 * The issue codes of `@tongban/approval`, one group per module (PSPLIB
 * files, resource-constrained projects, reviewer schedules, flows, what-ifs,
 * BPMN import), joined in one table. A module builds its issues with
 * `codeIssue` on its own group, so the facts are typed by the spec and a
 * bundle keeps only the templates of the modules it reaches. Edit a template
 * here, then run `pnpm codes`.
 *
 * Glossary: 问题代码 = issue code, 工序 = activity / job, 紧前工序 =
 * predecessor, 紧后工序 = successor, 审核人员 = reviewer, 环节 = step / task.
 *
 * @since 0.2.0
 */
import { type CodeSpecs, defineCodes } from "@tongban/core"

/** The codes of parsePsplib and parsePsplibOptima (PSPLIB `.sm` files and files of optima). */
export const psplibCodes = {
  psplib_file_too_large: {
    message: {
      zh: "文件过大：{length} 个字符，上限 {maxLength}",
      en: "the file is too large: {length} characters, at most {maxLength}"
    },
    facts: { length: "number", maxLength: "number" }
  },
  psplib_too_large: {
    message: {
      zh: "第 {line} 行：工序数 {jobs} 须在 1 到 {maxJobs} 之间",
      en: "line {line}: the job count {jobs} must be between 1 and {maxJobs}"
    },
    facts: { line: "number", jobs: "number", maxJobs: "number" }
  },
  psplib_too_many_resources: {
    message: {
      zh: "第 {line} 行：资源数 {resources} 超过上限 {maxResources}",
      en: "line {line}: {resources} resources, more than the limit {maxResources}"
    },
    facts: { line: "number", resources: "number", maxResources: "number" }
  },
  psplib_missing_jobs: {
    message: {
      zh: "找不到工序数（“jobs (incl. supersource/sink ):”一行），这不像 PSPLIB .sm 文件",
      en: 'no job count (the line "jobs (incl. supersource/sink ):"): this does not look like a PSPLIB .sm file'
    }
  },
  psplib_missing_resources: {
    message: {
      zh: "找不到可更新资源数（“- renewable :”一行）",
      en: 'no count of renewable resources (the line "- renewable :")'
    }
  },
  psplib_unsupported_resources: {
    message: {
      zh: "第 {line} 行：有 {count} 种不可更新资源；只支持可更新资源（单模式 RCPSP）",
      en: "line {line}: {count} nonrenewable resources; only renewable resources are supported (single-mode RCPSP)"
    },
    variants: {
      doubly: {
        zh: "第 {line} 行：有 {count} 种双重受限资源；只支持可更新资源（单模式 RCPSP）",
        en: "line {line}: {count} doubly constrained resources; only renewable resources are supported (single-mode RCPSP)"
      }
    },
    facts: { line: "number", count: "number" }
  },
  psplib_missing_section: {
    message: { zh: "缺少 {section} 一节", en: "the section {section} is missing" },
    facts: { section: "string" }
  },
  psplib_bad_row: {
    message: {
      zh: "第 {line} 行：应为工序 {job} 的紧后关系：工序号、模式数、紧后数、紧后工序；实为“{text}”",
      en: 'line {line}: expected the successors of job {job}: job, modes, count, successors; found "{text}"'
    },
    variants: {
      requests: {
        zh: "第 {line} 行：应为工序 {job} 的工期与 {resources} 项资源需求；实为“{text}”",
        en: 'line {line}: expected job {job}\'s duration and {resources} resource requests; found "{text}"'
      },
      availabilities: {
        zh: "第 {line} 行：应为 {resources} 项资源可用量；实为“{text}”",
        en: 'line {line}: expected {resources} resource availabilities; found "{text}"'
      }
    },
    // `job` is null on the row of availabilities, which belongs to no job.
    facts: { line: "number", job: "value", resources: "number", text: "string" }
  },
  psplib_job_order: {
    message: {
      zh: "第 {line} 行：应为工序 {expected}，实为 {actual}",
      en: "line {line}: expected job {expected}, found {actual}"
    },
    facts: { line: "number", expected: "number", actual: "number" }
  },
  psplib_multi_mode: {
    message: {
      zh: "第 {line} 行：工序 {job} 有 {modes} 种模式；只支持单模式",
      en: "line {line}: job {job} has {modes} modes; only single-mode files are supported"
    },
    facts: { line: "number", job: "number", modes: "number" }
  },
  psplib_successor_count: {
    message: {
      zh: "第 {line} 行：工序 {job} 声明 {declared} 个紧后工序，实有 {listed} 个",
      en: "line {line}: job {job} declares {declared} successors and lists {listed}"
    },
    facts: { line: "number", job: "number", declared: "number", listed: "number" }
  },
  psplib_unknown_job: {
    message: {
      zh: "第 {line} 行：紧后工序 {successor} 不存在（共 {jobs} 个工序）",
      en: "line {line}: successor {successor} does not exist ({jobs} jobs)"
    },
    facts: { line: "number", successor: "number", jobs: "number" }
  },
  psplib_demand_exceeds_capacity: {
    message: {
      zh: "第 {line} 行：工序 {job} 需要资源 R{resource} 共 {demand} 个，超过可用量 {capacity}",
      en: "line {line}: job {job} requests {demand} of resource R{resource}, more than its availability {capacity}"
    },
    facts: { line: "number", job: "number", resource: "number", demand: "number", capacity: "number" }
  },
  psplib_cycle: {
    message: {
      zh: "第 {line} 行：紧后关系成环，涉及工序 {jobs}",
      en: "line {line}: the successor relations form a cycle through jobs {jobs}"
    },
    facts: { line: "number", jobs: "list" }
  },
  psplib_no_optima: {
    message: {
      zh: "没有读到任何“参数 实例 工期”行，这不像 PSPLIB 最优解文件",
      en: 'no "parameter instance makespan" row: this does not look like a PSPLIB file of optima'
    }
  }
} as const satisfies CodeSpecs

/** The codes of compileProject and scheduleRcpsp (resource-constrained projects). */
export const rcpspCodes = {
  rcpsp_malformed: {
    message: {
      zh: "项目须有 activities 与 capacities 两个数组",
      en: "a project needs the arrays activities and capacities"
    },
    variants: {
      activity: {
        zh: "工序须为带 duration、demands、predecessors（数组）的对象",
        en: "an activity needs duration, demands and predecessors (arrays)"
      }
    }
  },
  rcpsp_empty: {
    message: { zh: "项目没有任何工序", en: "the project has no activities" }
  },
  rcpsp_too_many: {
    message: {
      zh: "项目过大：{activities} 道工序、{resources} 种资源（上限 {maxActivities} 与 {maxResources}）",
      en: "the project is too large: {activities} activities, {resources} resources (limits {maxActivities} and {maxResources})"
    },
    facts: { activities: "number", resources: "number", maxActivities: "number", maxResources: "number" }
  },
  rcpsp_too_large: {
    message: {
      zh: "工期总和 {horizon} 过大（上限 {maxHorizon}，且（工期总和 + 1）× 资源数 {resources} 不超过 {maxProfile}）",
      en: "the sum of durations {horizon} is too large (limit {maxHorizon}, and (sum + 1) × {resources} resources at most {maxProfile})"
    },
    facts: { horizon: "number", resources: "number", maxHorizon: "number", maxProfile: "number" }
  },
  rcpsp_bad_capacity: {
    message: {
      zh: "资源 {resource} 的容量须为非负整数，收到 {value}",
      en: "the capacity of resource {resource} must be a whole number ≥ 0, received {value}"
    },
    facts: { resource: "number", value: "string" }
  },
  rcpsp_bad_duration: {
    message: {
      zh: "工序 {activity} 的工期须为非负整数，收到 {value}",
      en: "the duration of activity {activity} must be a whole number ≥ 0, received {value}"
    },
    facts: { activity: "number", value: "string" }
  },
  rcpsp_demand_count: {
    message: {
      zh: "工序 {activity} 的需求须有 {expected} 项，与资源数一致，实有 {actual} 项",
      en: "the demands of activity {activity} must have {expected} entries, one per resource, not {actual}"
    },
    facts: { activity: "number", expected: "number", actual: "number" }
  },
  rcpsp_bad_demand: {
    message: {
      zh: "工序 {activity} 对资源 {resource} 的需求须为非负整数，收到 {value}",
      en: "the demand of activity {activity} on resource {resource} must be a whole number ≥ 0, received {value}"
    },
    facts: { activity: "number", resource: "number", value: "string" }
  },
  rcpsp_demand_exceeds_capacity: {
    message: {
      zh: "工序 {activity} 需要资源 {resource} 共 {demand} 个，超过容量 {capacity}，无法排程",
      en: "activity {activity} needs {demand} of resource {resource}, more than its capacity {capacity}: no schedule exists"
    },
    facts: { activity: "number", demand: "number", capacity: "number", resource: "number" }
  },
  rcpsp_unknown_predecessor: {
    message: {
      zh: "工序 {activity} 的紧前工序 {value} 不存在（工序编号为 0 到 {activities} − 1）",
      en: "predecessor {value} of activity {activity} does not exist (activities are numbered 0 to {activities} − 1)"
    },
    facts: { activity: "number", value: "string", activities: "number" }
  },
  rcpsp_cycle: {
    message: {
      zh: "紧前关系成环，涉及工序 {cycle}",
      en: "the precedence relations form a cycle through activities {cycle}"
    },
    variants: {
      self: { zh: "工序 {cycle} 以自身为紧前工序", en: "activity {cycle} precedes itself" }
    },
    facts: { cycle: "list" }
  },
  rcpsp_bad_budget: {
    message: {
      zh: "进度方案预算须为正整数，收到 {value}",
      en: "the budget of schedules must be a whole number ≥ 1, received {value}"
    },
    facts: { value: "string" }
  }
} as const satisfies CodeSpecs

/** The codes of scheduleReviewTasks (review tasks on departments' reviewers). */
export const reviewCodes = {
  review_tasks_not_array: {
    message: { zh: "tasks 须为数组，收到 {received}", en: "tasks must be an array, received {received}" },
    facts: { received: "string" }
  },
  review_bad_capacity: {
    message: {
      zh: "部门“{department}”的审核人数须为非负整数，收到 {value}",
      en: 'the reviewers of department "{department}" must be a whole number ≥ 0, received {value}'
    },
    facts: { department: "string", value: "string" }
  },
  review_malformed_task: {
    message: { zh: "环节须为带字符串 id 的对象", en: "a task must be an object with a string id" }
  },
  review_duplicate_task: {
    message: { zh: "环节编号“{id}”重复", en: 'the task id "{id}" is used twice' },
    facts: { id: "string" }
  },
  review_unknown_predecessor: {
    message: {
      zh: "环节“{task}”的紧前环节“{id}”不存在",
      en: 'the predecessor "{id}" of task "{task}" does not exist'
    },
    facts: { task: "string", id: "string" }
  },
  review_unknown_department: {
    message: {
      zh: "环节“{task}”用到的部门“{department}”没有给出审核人数",
      en: 'department "{department}", used by task "{task}", has no reviewer count in capacities'
    },
    facts: { task: "string", department: "string" }
  },
  review_bad_demand: {
    message: {
      zh: "环节“{task}”所需“{department}”的审核人数须为非负整数，收到 {value}",
      en: 'the reviewers of "{department}" that task "{task}" needs must be a whole number ≥ 0, received {value}'
    },
    facts: { task: "string", department: "string", value: "string" }
  },
  review_demand_exceeds_capacity: {
    message: {
      zh: "环节“{task}”需要“{department}”{demand} 名审核人员，该部门只有 {capacity} 名",
      en: 'task "{task}" needs {demand} reviewers of "{department}", which has only {capacity}'
    },
    facts: { task: "string", department: "string", demand: "number", capacity: "number" }
  },
  review_cycle: {
    message: {
      zh: "环节的先后关系成环，涉及：{cycle}",
      en: "the task order forms a cycle through {cycle}"
    },
    facts: { cycle: "list" }
  }
} as const satisfies CodeSpecs

/**
 * Every issue code `@tongban/approval` reports, with its templates, facts
 * and severity: flows and their what-ifs, BPMN import, PSPLIB files,
 * resource-constrained projects and reviewer schedules. The codes of
 * `@tongban/core` (zod's shape codes, `json_*`) and of `@tongban/deadline`
 * (`time_limit_*`, `calendar_*`) pass through unchanged.
 *
 * @example
 * ```ts
 * import { approvalCodes } from "@tongban/approval"
 *
 * approvalCodes.issue("rcpsp_cycle", { path: ["activities", 1], facts: { cycle: [1, 2] } }).message.en
 * // "the precedence relations form a cycle through activities 1, 2"
 * approvalCodes.codes.psplib_job_order.facts?.expected // "number"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const approvalCodes = /* @__PURE__ */ defineCodes("@tongban/approval", psplibCodes, rcpspCodes, reviewCodes)
