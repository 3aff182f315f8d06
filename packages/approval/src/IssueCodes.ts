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
    message: {
      zh: '"{from}" 引用了不存在的环节或网关 "{id}"',
      en: '"{from}" refers to an unknown step or gateway "{id}"'
    },
    variants: {
      stage: { zh: '"{from}" 引用了不存在的阶段 "{id}"', en: '"{from}" refers to an unknown stage "{id}"' },
      department: {
        zh: '"{from}" 引用了不存在的部门 "{id}"',
        en: '"{from}" refers to an unknown department "{id}"'
      },
      step: { zh: '流程 "{from}" 中没有环节 "{id}"', en: 'the flow "{from}" has no step "{id}"' },
      sequence_flow: {
        zh: '顺序流 {from} 引用了不存在的节点 "{id}"',
        en: 'sequence flow {from} refers to an unknown node "{id}"'
      },
      boundary_event: {
        zh: '边界事件 {from} 引用了不存在的节点 "{id}"',
        en: 'boundary event {from} refers to an unknown node "{id}"'
      },
      message_flow: {
        zh: '消息流 {from} 引用了不存在的节点 "{id}"',
        en: 'message flow {from} refers to an unknown node "{id}"'
      }
    },
    // `kind` is what `id` should name (step or gateway, stage, department, step, flow node); `from` is
    // what refers to it (a step, gateway, stage or rework id; the flow's id for its start list).
    facts: { kind: "string", id: "string", from: "string" }
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
    variants: {
      no_exit: { zh: "流程成环且没有出口：{route}", en: "the flow loops with no way out: {route}" }
    },
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

/** The codes of parseBpmn (BPMN 2.0 XML import): refusals of the text, then the model's errors and warnings. */
export const bpmnCodes = {
  bpmn_not_text: {
    message: { zh: "BPMN 应为 XML 文本，收到的是 {received}", en: "BPMN must be XML text, got {received}" },
    facts: { received: "string" }
  },
  bpmn_too_large: {
    message: {
      zh: "BPMN 文件过大：{length} 个字符，上限 {maxLength}",
      en: "BPMN too large: {length} characters, the limit is {maxLength}"
    },
    facts: { length: "number", maxLength: "number" }
  },
  bpmn_doctype_refused: {
    message: {
      zh: "BPMN 中不允许 DOCTYPE 或实体声明（可能导致实体膨胀攻击）",
      en: "a DOCTYPE or entity declaration is not allowed in BPMN (it could expand entities without bound)"
    }
  },
  bpmn_empty: { message: { zh: "BPMN 内容为空", en: "the BPMN is empty" } },
  bpmn_too_deep: {
    message: { zh: "XML 嵌套超过 {maxDepth} 层", en: "the XML is nested deeper than {maxDepth} levels" },
    facts: { maxDepth: "number" }
  },
  bpmn_forbidden_name: {
    message: { zh: "XML 中不允许使用名称 {found}", en: "the name {found} is not allowed in the XML" },
    facts: { found: "string" }
  },
  bpmn_malformed: {
    message: {
      zh: "XML 格式错误（第 {line} 行第 {column} 列）：{detail}",
      en: "malformed XML (line {line}, column {column}): {detail}"
    },
    facts: { line: "number", column: "number", detail: "string" }
  },
  bpmn_unparsable: {
    message: { zh: "XML 无法解析：{detail}", en: "the XML cannot be parsed: {detail}" },
    facts: { detail: "string" }
  },
  bpmn_not_definitions: {
    message: { zh: "根元素不是 BPMN 的 definitions", en: "the root element is not BPMN definitions" }
  },
  bpmn_no_process: { message: { zh: "BPMN 中没有 process 元素", en: "the BPMN has no process" } },
  bpmn_empty_process: {
    message: {
      zh: "BPMN 流程中没有任何环节或事件，读入为空流程",
      en: "the BPMN process holds no step or event; read as an empty flow"
    },
    severity: "warning"
  },
  bpmn_no_start_event: {
    message: {
      zh: "BPMN 流程没有开始事件，无法确定从哪里开始办理",
      en: "the BPMN process has no start event, so where the work begins is unknown"
    }
  },
  bpmn_missing_id: {
    message: { zh: "{element} 缺少 id 属性", en: "{element} has no id attribute" },
    facts: { element: "string" }
  },
  bpmn_element_ignored: {
    message: {
      zh: "BPMN 元素 {label}未计入流程：tongban 不为此类元素建模",
      en: "BPMN element {label} is not part of the flow: tongban does not model this kind of element"
    },
    variants: {
      artifact: {
        zh: "BPMN 元素 {label}未计入流程：图上的注释或分组，不含办理工作",
        en: "BPMN element {label} is not part of the flow: a diagram annotation or grouping, with no work in it"
      },
      global: {
        zh: "BPMN 元素 {label}未计入流程：全局任务是可复用的定义；调用它的调用活动按环节读入",
        en: "BPMN element {label} is not part of the flow: a global task is a reusable definition; a call activity that calls it is read as a step"
      },
      event_sub_process: {
        zh: "BPMN 元素 {label}及其中的元素（{contains}）未计入流程：事件子流程只在其事件发生时运行，不在计划路径上",
        en: "BPMN element {label} and the elements in it ({contains}) are not part of the flow: an event sub-process runs only when its event occurs, off the planned path"
      },
      event_condition: {
        zh: "BPMN 元素 {label}未计入流程：事件网关由先到的事件决定分支，其后的条件不起作用",
        en: "BPMN element {label} is not part of the flow: the first event to arrive decides an event-based gateway, so a condition after it has no effect"
      },
      detached: {
        zh: "BPMN 元素 {label}未计入流程：它两端连接的元素都不在文件中",
        en: "BPMN element {label} is not part of the flow: neither of its ends is an element of the file"
      },
      compensation: {
        zh: "BPMN 元素 {label}未计入流程：补偿活动只在撤销已完成的工作时运行",
        en: "BPMN element {label} is not part of the flow: a compensation activity runs only to undo work already done"
      }
    },
    // `label` is the element with its id (`userTask Task_1`, or the element alone when it has none);
    // `why` the reason in English; `contains` the ids of the elements dropped with it.
    facts: { element: "string", id: "string", label: "string", why: "string", contains: "list" },
    severity: "warning"
  },
  bpmn_multi_instance_scope: {
    message: {
      zh: "子流程 {id} 是会签（{instances} 份），关键路径只计一份",
      en: "sub-process {id} is multi-instance ({instances}); the critical path counts one instance"
    },
    facts: { id: "string", mode: "string", instances: "number" },
    severity: "warning"
  },
  bpmn_complex_gateway: {
    message: {
      zh: "复杂网关 {id} 按包容网关读入（其激活条件未计入）",
      en: "complex gateway {id} is read as an inclusive gateway (its activation condition is not modelled)"
    },
    facts: { id: "string" },
    severity: "warning"
  },
  bpmn_instances_defaulted: {
    message: {
      zh: "会签 {id} 未给出份数，按 {instances} 份计",
      en: "multi-instance {id} states no number of instances; {instances} assumed"
    },
    variants: {
      collection: {
        zh: "会签 {id} 未给出份数（名单 {collection} 在运行时才确定），按 {instances} 份计",
        en: "multi-instance {id} states no number of instances (the collection {collection} is known only at run time); {instances} assumed"
      }
    },
    // `collection` is "" when the multi-instance names none.
    facts: { id: "string", collection: "string", instances: "number" },
    severity: "warning"
  },
  bpmn_bad_number: {
    message: {
      zh: '任务 {id} 的 {property} 值 "{value}" 无法识别',
      en: 'task {id}: cannot read {property} "{value}"'
    },
    facts: { id: "string", property: "string", value: "string" }
  },
  bpmn_duration_defaulted: {
    message: {
      zh: "任务 {id}（{name}）未给出办理时限，按 {days} 个工作日计",
      en: "task {id} ({name}) states no duration; {days} working day(s) assumed"
    },
    variants: {
      timer: {
        zh: "定时事件 {id} 的等待时间无法换算为工作日（{timer}），按 0 计",
        en: "the waiting time of timer event {id} cannot be read as working days ({timer}); 0 assumed"
      },
      timer_missing: {
        zh: "定时事件 {id} 的等待时间无法换算为工作日（未给出），按 0 计",
        en: "the waiting time of timer event {id} cannot be read as working days (none given); 0 assumed"
      }
    },
    // `timer` is the timer's text, "" for a task or a timer that gives none.
    facts: { id: "string", element: "string", name: "string", days: "number", timer: "string" },
    severity: "warning"
  },
  bpmn_department_missing: {
    message: {
      zh: "任务 {id}（{name}）不在任何泳道中，也未指明部门",
      en: "task {id} ({name}) is in no lane and names no department"
    },
    facts: { id: "string", name: "string" },
    severity: "warning"
  },
  bpmn_flow_incomplete: {
    message: {
      zh: "顺序流缺少 id、sourceRef 或 targetRef",
      en: "a sequence flow lacks its id, sourceRef or targetRef"
    },
    variants: {
      boundary: { zh: "边界事件 {id} 缺少 attachedToRef", en: "boundary event {id} lacks its attachedToRef" },
      message: {
        zh: "消息流缺少 id、sourceRef 或 targetRef",
        en: "a message flow lacks its id, sourceRef or targetRef"
      }
    },
    // `id` is "" when the flow has none.
    facts: { id: "string" }
  },
  bpmn_bad_probability: {
    message: {
      zh: '顺序流 {id} 的概率 "{value}" 不在 0 到 1 之间',
      en: 'the probability "{value}" of sequence flow {id} is not between 0 and 1'
    },
    facts: { id: "string", value: "string" }
  },
  bpmn_link_unmatched: {
    message: {
      zh: "链接抛出事件 {id}（{name}）没有同名的链接捕获事件",
      en: "link throw event {id} ({name}) has no link catch event of the same name"
    },
    facts: { id: "string", name: "string" }
  },
  bpmn_unconnected: {
    message: {
      zh: "{name}（{id}）没有顺序流进入，按与流程同时开始处理",
      en: "{name} ({id}) has no incoming sequence flow; taken to start with the flow"
    },
    facts: { id: "string", name: "string" },
    severity: "warning"
  },
  bpmn_join_kind_mismatch: {
    message: {
      zh: "汇聚网关 {id}（{kind}）汇聚的是 {forkKind} 分支网关 {fork}，按后者读入",
      en: "join {id} ({kind}) closes the {forkKind} fork {fork}; read as {forkKind}"
    },
    facts: { id: "string", kind: "string", fork: "string", forkKind: "string" },
    severity: "warning"
  },
  bpmn_rework_loop: {
    message: {
      zh: "返工环路 {id}：{route}（返工概率 {probability}，取自文件）；关键路径按首次通过计算",
      en: "rework loop {id}: {route} (probability {probability}, from the file); the critical path is the first pass"
    },
    variants: {
      option: {
        zh: "返工环路 {id}：{route}（返工概率 {probability}，取自调用参数）；关键路径按首次通过计算",
        en: "rework loop {id}: {route} (probability {probability}, from the call); the critical path is the first pass"
      },
      default: {
        zh: "返工环路 {id}：{route}（返工概率 {probability}，默认值）；关键路径按首次通过计算",
        en: "rework loop {id}: {route} (probability {probability}, by default); the critical path is the first pass"
      },
      branch: {
        zh: "返工环路 {id}：{route}（返工概率 {probability}，取自驳回分支）；关键路径按首次通过计算",
        en: "rework loop {id}: {route} (probability {probability}, that of the branch into it); the critical path is the first pass"
      }
    },
    // `source` says where the probability comes from (file, option, default, branch); `route` is the
    // loop by step names, back to its first (甲 → 乙 → 甲).
    facts: {
      id: "string",
      from: "string",
      to: "string",
      loop: "list",
      probability: "number",
      source: "string",
      route: "string"
    },
    severity: "warning"
  },
  bpmn_bad_property: {
    message: { zh: "流程属性 {property} 不是有效的 JSON", en: "the process property {property} is not valid JSON" },
    facts: { property: "string" }
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
  bpmnCodes,
  whatIfCodes,
  psplibCodes,
  rcpspCodes,
  reviewCodes
)
