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

/** The codes of parseFlow beyond the shape (references, cycles, gateways, rework loops). */
export const flowCodes = {
  duplicate_id: {
    message: { zh: '编号 "{id}" 重复（已在前面使用）', en: 'duplicate id "{id}" (already used earlier)' },
    variants: {
      rework: { zh: '返工编号 "{id}" 重复', en: 'duplicate rework id "{id}"' },
      node: { zh: '编号 "{id}" 已被流程中的其他节点使用', en: 'the id "{id}" is already used by another node' }
    },
    facts: { id: "string" }
  },
  unknown_reference: {
    message: { zh: '引用了不存在的环节或网关 "{id}"', en: 'unknown step or gateway "{id}"' },
    variants: {
      stage: { zh: '引用了不存在的阶段 "{id}"', en: 'unknown stage "{id}"' },
      department: { zh: '引用了不存在的部门 "{id}"', en: 'unknown department "{id}"' },
      step: { zh: '流程中没有环节 "{id}"', en: 'the flow has no step "{id}"' }
    },
    facts: { kind: "string", id: "string" }
  },
  rework_via_unknown: {
    message: {
      zh: '返工 "{rework}" 经过不存在的环节 "{id}"',
      en: 'rework "{rework}" goes through an unknown step "{id}"'
    },
    facts: { rework: "string", id: "string" }
  },
  triangular_out_of_order: {
    message: {
      zh: "三角分布须满足 min ≤ mode ≤ max（现为 {min}、{mode}、{max}）",
      en: "a triangular distribution needs min ≤ mode ≤ max (got {min}, {mode}, {max})"
    },
    facts: { min: "number", mode: "number", max: "number" }
  },
  stage_nesting_cycle: {
    message: {
      zh: '阶段 "{id}" 的上级阶段成环：{chain}',
      en: 'the parents of stage "{id}" form a cycle: {chain}'
    },
    facts: { id: "string", chain: "list" }
  },
  join_without_fork: {
    message: {
      zh: '汇聚网关 "{id}" 没有对应的分支：未指明它汇聚的分支网关（fork）',
      en: 'join "{id}" has no matching fork: it does not name the fork it closes (fork)'
    },
    variants: {
      missing: {
        zh: '汇聚网关 "{id}" 没有对应的分支：分支网关 "{fork}" 不存在',
        en: 'join "{id}" has no matching fork: there is no gateway "{fork}"'
      },
      not_fork: {
        zh: '汇聚网关 "{id}" 没有对应的分支："{fork}" 不是分支网关',
        en: 'join "{id}" has no matching fork: "{fork}" is not a fork'
      },
      parallel: {
        zh: '汇聚网关 "{id}" 没有对应的分支："{fork}" 是并行网关，类型不同',
        en: 'join "{id}" has no matching fork: "{fork}" is a parallel gateway, not {kind}'
      },
      exclusive: {
        zh: '汇聚网关 "{id}" 没有对应的分支："{fork}" 是排他网关，类型不同',
        en: 'join "{id}" has no matching fork: "{fork}" is an exclusive gateway, not {kind}'
      },
      inclusive: {
        zh: '汇聚网关 "{id}" 没有对应的分支："{fork}" 是包容网关，类型不同',
        en: 'join "{id}" has no matching fork: "{fork}" is an inclusive gateway, not {kind}'
      },
      not_before: {
        zh: '汇聚网关 "{id}" 没有对应的分支：分支网关 "{fork}" 不在它之前',
        en: 'join "{id}" has no matching fork: the fork "{fork}" does not lead to it'
      }
    },
    // `fork` is "" when the join names none; `forkKind` is there when the fork is a gateway.
    facts: { id: "string", fork: "string", kind: "string", forkKind: "string?" }
  },
  fork_names_fork: {
    message: {
      zh: '分支网关 "{id}" 不应有 fork 字段',
      en: 'fork "{id}" must not name a fork (only joins do)'
    },
    facts: { id: "string" }
  },
  event_based_not_exclusive_fork: {
    message: {
      zh: '网关 "{id}" 不能是事件网关：只有排他分支网关可以是事件网关',
      en: 'gateway "{id}" cannot be event-based: only an exclusive fork may be event-based'
    },
    facts: { id: "string" }
  },
  event_based_branch_condition: {
    message: {
      zh: '事件网关 "{id}" 由先到的事件决定分支，分支不能有条件或默认流',
      en: 'event-based gateway "{id}" is decided by the first event to arrive: its branches have no condition or default flow'
    },
    facts: { id: "string" }
  },
  branches_on_non_exclusive_fork: {
    message: {
      zh: '网关 "{id}" 不能给出分支概率：只有排他或包容分支网关可以给出分支概率',
      en: 'gateway "{id}" cannot give branch probabilities: only an exclusive or inclusive fork may'
    },
    facts: { id: "string" }
  },
  branch_not_successor: {
    message: {
      zh: '"{to}" 不是网关 "{gateway}" 的直接后继',
      en: '"{to}" does not follow gateway "{gateway}" directly'
    },
    facts: { gateway: "string", to: "string" }
  },
  branch_probabilities_invalid: {
    message: {
      zh: '排他网关 "{gateway}" 的分支概率须覆盖每个后继且合计为 1（合计 {total}，缺 {missing}）',
      en: 'the branch probabilities of exclusive gateway "{gateway}" must cover every successor and sum to 1 (sum {total}, missing {missing})'
    },
    variants: {
      sum: {
        zh: '排他网关 "{gateway}" 的分支概率须覆盖每个后继且合计为 1（合计 {total}）',
        en: 'the branch probabilities of exclusive gateway "{gateway}" must cover every successor and sum to 1 (sum {total})'
      },
      inclusive: {
        zh: '包容网关 "{gateway}" 的分支概率须覆盖每个后继（缺 {missing}）',
        en: 'the branch probabilities of inclusive gateway "{gateway}" must cover every successor (missing {missing})'
      }
    },
    facts: { gateway: "string", total: "number", missing: "list" }
  },
  cycle: {
    message: { zh: "依赖关系成环：{route}", en: "the dependencies form a cycle: {route}" },
    // `route` is the cycle written with arrows (a → b → a), for the message.
    facts: { cycle: "list", route: "string" }
  },
  rework_not_backward: {
    message: {
      zh: '返工 "{id}" 须从后面的环节回到前面的环节，但 "{to}" 不在 "{from}" 之前',
      en: 'rework "{id}" must go back to an earlier step, but "{to}" does not come before "{from}"'
    },
    facts: { id: "string", from: "string", to: "string" }
  },
  unreachable_step: {
    message: {
      zh: '环节 "{id}" 无法从起点（{start}）到达',
      en: 'step "{id}" cannot be reached from the start ({start})'
    },
    facts: { id: "string", start: "list" }
  }
} as const satisfies CodeSpecs

/** The codes of the what-if transforms (merging, parallelising, removing steps). */
export const whatIfCodes = {
  too_few_steps: {
    message: {
      zh: "至少需要两个不同的环节（现有 {count} 个）",
      en: "at least two distinct steps are needed (got {count})"
    },
    facts: { count: "number" }
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
export const approvalCodes = /* @__PURE__ */ defineCodes(
  "@tongban/approval",
  flowCodes,
  whatIfCodes,
  psplibCodes,
  rcpspCodes,
  reviewCodes
)
