/**
 * The approval-flow model: steps, dependencies, stages, gateways, the
 * reviewers each step needs, and its validation.
 *
 * Glossary:
 * - 审批流程 = approval flow; 环节 = step; 阶段 = stage
 * - 并联审批 = parallel approval; 串联 = serial
 * - 网关 = gateway (并行网关 parallel, 排他网关 exclusive); 分支 = fork; 汇聚 = join
 * - 告知承诺 = commitment-based approval (the applicant signs a pledge instead
 *   of proving a condition, so a step is removed)
 * - 联合审图 / 联合验收 / 联合评审 = joint drawing review / joint acceptance /
 *   joint review (several departments' steps merged into one)
 * - 法定时限 = statutory time limit; 承诺时限 = promised time limit
 * - 工作日 = working day; 跑动次数 = citizen trips
 *
 * @since 0.1.0
 */
import { makeIssue, type Issue, ok, fail, type PathSegment, type Result, sortIssues, validate } from "@tongban/core"
import { approximateWorkingDays, parseTimeLimit, TimeLimitSchema } from "@tongban/deadline"
import * as z from "zod"
import { buildIdGraph, findCycleIds, reachableIds, topoIds } from "./internal/graph.js"

const MAX_DAYS = 36_500

const Id = z.string().min(1).max(200)
const Days = z.number().int().min(0).max(MAX_DAYS)
const Positive = z.number().min(0).max(MAX_DAYS)

/**
 * Input schema of a step's duration in working days: a fixed whole number,
 * or a distribution for simulation (triangular `min`/`mode`/`max`, or
 * lognormal with `mu` and `sigma` of the logarithm).
 *
 * @example
 * ```ts
 * import { DurationInputSchema } from "@tongban/approval"
 *
 * DurationInputSchema.safeParse({ kind: "triangular", min: 1, mode: 2, max: 5 }).success // true
 * DurationInputSchema.safeParse(-1).success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DurationInputSchema = z.union([
  Days,
  z.strictObject({ kind: z.literal("fixed"), days: Days }),
  z.strictObject({ kind: z.literal("triangular"), min: Positive, mode: Positive, max: Positive }),
  z.strictObject({ kind: z.literal("lognormal"), mu: z.number().min(-20).max(20), sigma: z.number().min(0).max(10) })
])

/**
 * A step's duration after parsing: always an object with a `kind`.
 *
 * @since 0.1.0
 * @category models
 */
export type Duration =
  | { readonly kind: "fixed"; readonly days: number }
  | { readonly kind: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: "lognormal"; readonly mu: number; readonly sigma: number }

/**
 * Input schema of a time limit: working days as a number, or any form
 * `@tongban/deadline` reads ("20wd", "20个工作日", "15日", "3个月",
 * `{ amount, unit }`). Limits in other units are converted to approximate
 * working days (`approximateWorkingDays`) and rounded up.
 *
 * @example
 * ```ts
 * import { LimitInputSchema } from "@tongban/approval"
 *
 * LimitInputSchema.safeParse("20个工作日").success // true
 * LimitInputSchema.safeParse({ amount: 15, unit: "natural_day" }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const LimitInputSchema = z.union([
  z.number().int().min(0).max(MAX_DAYS),
  z.string().min(1).max(50),
  TimeLimitSchema
])
const Limit = LimitInputSchema

/**
 * Input schema of one step.
 *
 * @example
 * ```ts
 * import { StepInputSchema } from "@tongban/approval"
 *
 * StepInputSchema.safeParse({ id: "a", name: "受理", department: "政务中心", duration: 1 }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const StepInputSchema = z.strictObject({
  id: Id.describe("unique id of the step within the flow"),
  name: z.string().min(1).max(500),
  department: Id.describe("the department that handles the step"),
  matter: z.string().min(1).max(100).optional().describe("the matter (事项) code, if the step is one"),
  stage: Id.optional().describe("the stage the step belongs to"),
  duration: DurationInputSchema.describe("working days: fixed, or a distribution for simulation"),
  after: z.array(Id).max(10_000).optional().describe("ids of steps or gateways that must finish first"),
  reviewers: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe("reviewers the step needs from its department (default 1)"),
  trips: z
    .number()
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe("times the citizen must go to the department for this step (default 1)"),
  statutory: Limit.optional().describe(
    'statutory time limit (法定时限): working days, or a limit such as "20个工作日" or "15日"'
  ),
  promised: Limit.optional().describe('promised time limit (承诺时限): working days, or a limit such as "5wd"'),
  commitment: z.boolean().optional().describe("告知承诺 applies: the step can be removed by a commitment"),
  jointReview: Id.optional().describe("joint-review group: steps with the same group can be merged into one")
})

/**
 * Input schema of one gateway. A gateway with `role: "join"` names the fork
 * it closes; an exclusive fork may give each branch's probability (for
 * simulation; they must sum to 1, and default to equal shares).
 *
 * @example
 * ```ts
 * import { GatewayInputSchema } from "@tongban/approval"
 *
 * GatewayInputSchema.safeParse({ id: "g", kind: "parallel", role: "fork", after: ["a"] }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayInputSchema = z.strictObject({
  id: Id,
  name: z.string().max(500).optional(),
  kind: z.union([z.literal("parallel"), z.literal("exclusive")]),
  role: z.union([z.literal("fork"), z.literal("join")]),
  fork: Id.optional().describe("for a join: the id of the fork it closes"),
  stage: Id.optional(),
  after: z.array(Id).max(10_000).optional(),
  branches: z
    .array(z.strictObject({ to: Id, probability: z.number().min(0).max(1) }))
    .max(10_000)
    .optional()
    .describe("for an exclusive fork: the probability of each outgoing branch")
})

/**
 * Input schema of a whole flow.
 *
 * @example
 * ```ts
 * import { FlowInputSchema } from "@tongban/approval"
 *
 * FlowInputSchema.safeParse({ id: "f", name: "流程", steps: [] }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FlowInputSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(500),
  promised: Limit.optional().describe(
    'the promised limit of the whole flow: working days (e.g. 120) or a limit such as "120个工作日"'
  ),
  start: z.array(Id).max(10_000).optional().describe("entry nodes; default: every node without predecessors"),
  stages: z
    .array(z.strictObject({ id: Id, name: z.string().min(1).max(500) }))
    .max(1000)
    .optional(),
  departments: z
    .array(
      z.strictObject({ id: Id, name: z.string().max(500).optional(), reviewers: z.number().int().min(1).max(100_000) })
    )
    .max(10_000)
    .optional()
    .describe("departments and how many reviewers each has; when given, every step's department must be listed"),
  steps: z.array(StepInputSchema).max(100_000),
  gateways: z.array(GatewayInputSchema).max(100_000).optional()
})

/**
 * A flow as written in JSON, before validation.
 *
 * @since 0.1.0
 * @category models
 */
export type FlowInput = z.input<typeof FlowInputSchema>

/**
 * A parsed step. `days` is the planned duration the critical-path method
 * uses: the fixed days, the mode of a triangular distribution or the median
 * of a lognormal one, rounded up to whole working days.
 *
 * @since 0.1.0
 * @category models
 */
export interface Step {
  readonly id: string
  readonly name: string
  readonly department: string
  readonly matter: string | undefined
  readonly stage: string | undefined
  readonly duration: Duration
  readonly days: number
  /** Ids of the steps and gateways that must finish before this step starts. */
  readonly after: ReadonlyArray<string>
  readonly reviewers: number
  readonly trips: number
  /** Statutory limit in working days (other units converted approximately). */
  readonly statutory: number | undefined
  /** Promised limit in working days (other units converted approximately). */
  readonly promised: number | undefined
  readonly commitment: boolean
  readonly jointReview: string | undefined
}

/**
 * A parsed gateway. Exclusive forks always carry `branches` (equal shares
 * when the input gave none); other gateways have an empty list.
 *
 * @since 0.1.0
 * @category models
 */
export interface Gateway {
  readonly id: string
  readonly name: string | undefined
  readonly kind: "parallel" | "exclusive"
  readonly role: "fork" | "join"
  readonly fork: string | undefined
  readonly stage: string | undefined
  readonly after: ReadonlyArray<string>
  readonly branches: ReadonlyArray<{ readonly to: string; readonly probability: number }>
}

/**
 * A department and its reviewers.
 *
 * @since 0.1.0
 * @category models
 */
export interface Department {
  readonly id: string
  readonly name: string | undefined
  readonly reviewers: number
}

/**
 * A validated flow: plain data, acyclic, every reference resolved.
 * `order` lists every step and gateway id in a topological order
 * (predecessors first); `departments` lists the declared ones, or else one
 * per department the steps name, with as many reviewers as the largest
 * step needs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Flow {
  readonly id: string
  readonly name: string
  readonly promised: number | undefined
  readonly start: ReadonlyArray<string>
  readonly stages: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly departments: ReadonlyArray<Department>
  readonly steps: ReadonlyArray<Step>
  readonly gateways: ReadonlyArray<Gateway>
  readonly order: ReadonlyArray<string>
}

/**
 * Options of {@link parseFlow}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParseFlowOptions {
  /** Prefix of every issue's path. */
  readonly path?: ReadonlyArray<PathSegment>
}

/**
 * The planned working days of a duration: fixed days, the mode of a
 * triangular distribution, the median `exp(mu)` of a lognormal one, rounded
 * up to whole days.
 *
 * @example
 * ```ts
 * import { plannedDays } from "@tongban/approval"
 *
 * plannedDays({ kind: "triangular", min: 1, mode: 2.5, max: 6 }) // 3
 * plannedDays({ kind: "fixed", days: 4 }) // 4
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const plannedDays = (duration: Duration): number => {
  const raw =
    duration.kind === "fixed" ? duration.days : duration.kind === "triangular" ? duration.mode : Math.exp(duration.mu)
  return Math.min(MAX_DAYS, Math.max(0, Math.ceil(raw - 1e-9)))
}

const toDuration = (input: z.output<typeof DurationInputSchema>): Duration =>
  typeof input === "number" ? { kind: "fixed", days: input } : input

const issue = (
  code: string,
  path: ReadonlyArray<PathSegment>,
  facts: Record<string, string | number | ReadonlyArray<string | number>>,
  zh: string,
  en: string
): Issue => makeIssue({ code, path, facts, message: { zh, en } })

type Parsed = z.output<typeof FlowInputSchema>

const checkReferences = (input: Parsed, prefix: ReadonlyArray<PathSegment>): Array<Issue> => {
  const issues: Array<Issue> = []
  const seen = new Map<string, ReadonlyArray<PathSegment>>()
  const gateways = input.gateways ?? []
  const declare = (id: string, path: ReadonlyArray<PathSegment>): void => {
    const first = seen.get(id)
    if (first !== undefined) {
      issues.push(
        issue(
          "duplicate_id",
          [...path, "id"],
          { id },
          `编号 "${id}" 重复（已在前面使用）`,
          `duplicate id "${id}" (already used earlier)`
        )
      )
    } else seen.set(id, path)
  }
  input.steps.forEach((s, i) => {
    declare(s.id, [...prefix, "steps", i])
  })
  gateways.forEach((g, i) => {
    declare(g.id, [...prefix, "gateways", i])
  })
  const stages = new Set((input.stages ?? []).map((s) => s.id))
  const departments = input.departments === undefined ? undefined : new Set(input.departments.map((d) => d.id))
  const unknown = (kind: string, kindZh: string, id: string, path: ReadonlyArray<PathSegment>): Issue =>
    issue("unknown_reference", path, { kind, id }, `引用了不存在的${kindZh} "${id}"`, `unknown ${kind} "${id}"`)
  const checkAfter = (after: ReadonlyArray<string> | undefined, path: ReadonlyArray<PathSegment>): void => {
    after?.forEach((id, j) => {
      if (!seen.has(id)) issues.push(unknown("step or gateway", "环节或网关", id, [...path, "after", j]))
    })
  }
  input.steps.forEach((s, i) => {
    const path = [...prefix, "steps", i]
    checkAfter(s.after, path)
    if (s.stage !== undefined && !stages.has(s.stage))
      issues.push(unknown("stage", "阶段", s.stage, [...path, "stage"]))
    if (departments !== undefined && !departments.has(s.department)) {
      issues.push(unknown("department", "部门", s.department, [...path, "department"]))
    }
    if (s.duration !== undefined && typeof s.duration === "object" && s.duration.kind === "triangular") {
      const { min, mode, max } = s.duration
      if (!(min <= mode && mode <= max)) {
        issues.push(
          issue(
            "triangular_out_of_order",
            [...path, "duration"],
            { min, mode, max },
            `三角分布须满足 min ≤ mode ≤ max（现为 ${min}、${mode}、${max}）`,
            `a triangular distribution needs min ≤ mode ≤ max (got ${min}, ${mode}, ${max})`
          )
        )
      }
    }
  })
  gateways.forEach((g, i) => {
    const path = [...prefix, "gateways", i]
    checkAfter(g.after, path)
    if (g.stage !== undefined && !stages.has(g.stage))
      issues.push(unknown("stage", "阶段", g.stage, [...path, "stage"]))
    g.branches?.forEach((b, j) => {
      if (!seen.has(b.to)) issues.push(unknown("step or gateway", "环节或网关", b.to, [...path, "branches", j, "to"]))
    })
  })
  input.start?.forEach((id, j) => {
    if (!seen.has(id)) issues.push(unknown("step or gateway", "环节或网关", id, [...prefix, "start", j]))
  })
  return issues
}

const checkGateways = (
  input: Parsed,
  prefix: ReadonlyArray<PathSegment>,
  successors: ReadonlyMap<string, ReadonlyArray<string>>,
  ancestorsOf: (id: string) => ReadonlySet<string>
): Array<Issue> => {
  const issues: Array<Issue> = []
  const gateways = input.gateways ?? []
  const byId = new Map(gateways.map((g) => [g.id, g]))
  gateways.forEach((g, i) => {
    const path = [...prefix, "gateways", i]
    if (g.role === "join") {
      const fork = g.fork === undefined ? undefined : byId.get(g.fork)
      const reason =
        g.fork === undefined
          ? { zh: "未指明它汇聚的分支网关（fork）", en: "it does not name the fork it closes (fork)" }
          : fork === undefined
            ? { zh: `分支网关 "${g.fork}" 不存在`, en: `there is no gateway "${g.fork}"` }
            : fork.role !== "fork"
              ? { zh: `"${fork.id}" 不是分支网关`, en: `"${fork.id}" is not a fork` }
              : fork.kind !== g.kind
                ? {
                    zh: `"${fork.id}" 是${fork.kind === "parallel" ? "并行" : "排他"}网关，类型不同`,
                    en: `"${fork.id}" is a ${fork.kind} gateway, not ${g.kind}`
                  }
                : !ancestorsOf(g.id).has(fork.id)
                  ? { zh: `分支网关 "${fork.id}" 不在它之前`, en: `the fork "${fork.id}" does not lead to it` }
                  : undefined
      if (reason !== undefined) {
        issues.push(
          issue(
            "join_without_fork",
            [...path, "fork"],
            { id: g.id, fork: g.fork ?? "" },
            `汇聚网关 "${g.id}" 没有对应的分支：${reason.zh}`,
            `join "${g.id}" has no matching fork: ${reason.en}`
          )
        )
      }
    } else if (g.fork !== undefined) {
      issues.push(
        issue(
          "fork_names_fork",
          [...path, "fork"],
          { id: g.id },
          `分支网关 "${g.id}" 不应有 fork 字段`,
          `fork "${g.id}" must not name a fork (only joins do)`
        )
      )
    }
    if (g.branches !== undefined) {
      if (g.kind !== "exclusive" || g.role !== "fork") {
        issues.push(
          issue(
            "branches_on_non_exclusive_fork",
            [...path, "branches"],
            { id: g.id },
            `只有排他分支网关可以给出分支概率`,
            `only an exclusive fork may give branch probabilities`
          )
        )
      } else {
        const next = new Set(successors.get(g.id) ?? [])
        g.branches.forEach((b, j) => {
          if (!next.has(b.to)) {
            issues.push(
              issue(
                "branch_not_successor",
                [...path, "branches", j, "to"],
                { gateway: g.id, to: b.to },
                `"${b.to}" 不是网关 "${g.id}" 的直接后继`,
                `"${b.to}" does not follow gateway "${g.id}" directly`
              )
            )
          }
        })
        const total = g.branches.reduce((sum, b) => sum + b.probability, 0)
        const named = new Set(g.branches.map((b) => b.to))
        const missing = [...next].filter((id) => !named.has(id))
        if (Math.abs(total - 1) > 1e-9 || missing.length > 0) {
          issues.push(
            issue(
              "branch_probabilities_invalid",
              [...path, "branches"],
              { gateway: g.id, total, missing },
              `排他网关 "${g.id}" 的分支概率须覆盖每个后继且合计为 1（合计 ${total}${missing.length > 0 ? `，缺 ${missing.join("、")}` : ""}）`,
              `the branch probabilities of exclusive gateway "${g.id}" must cover every successor and sum to 1 (sum ${total}${missing.length > 0 ? `, missing ${missing.join(", ")}` : ""})`
            )
          )
        }
      }
    }
  })
  return issues
}

/**
 * Parses and validates a flow: the shape (zod), then references, duplicate
 * ids, cycles (the cycle is named), unreachable steps, joins without their
 * fork and branch probabilities. Every issue is located and bilingual.
 *
 * @param input - the flow as plain data (for instance from `parseJson`)
 * @returns the flow with its topological `order`, or the issues
 *
 * @example
 * ```ts
 * import { parseFlow } from "@tongban/approval"
 *
 * const flow = parseFlow({
 *   id: "demo",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "审查", department: "局", duration: 3, after: ["a"] }
 *   ]
 * })
 * flow.ok && flow.value.order // ["a", "b"]
 *
 * const loop = parseFlow({
 *   id: "loop",
 *   name: "环",
 *   steps: [
 *     { id: "a", name: "甲", department: "d", duration: 1, after: ["b"] },
 *     { id: "b", name: "乙", department: "d", duration: 1, after: ["a"] }
 *   ]
 * })
 * loop.ok || loop.issues[0]?.code // "cycle"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseFlow = (input: unknown, options?: ParseFlowOptions): Result<Flow> => {
  const prefix = options?.path ?? []
  const shaped = validate(FlowInputSchema, input, { path: prefix })
  if (!shaped.ok) return shaped
  const data = shaped.value
  const refIssues = checkReferences(data, prefix)
  if (refIssues.length > 0) return fail(sortIssues(refIssues))

  const gatewaysIn = data.gateways ?? []
  const ids = [...data.steps.map((s) => s.id), ...gatewaysIn.map((g) => g.id)]
  const edges: Array<readonly [string, string]> = []
  for (const node of [...data.steps, ...gatewaysIn]) for (const p of node.after ?? []) edges.push([p, node.id])
  const graph = buildIdGraph(ids, edges)
  const cycle = findCycleIds(graph)
  if (cycle !== undefined) {
    const first = cycle[0] ?? ""
    const stepIndex = data.steps.findIndex((s) => s.id === first)
    const path =
      stepIndex >= 0
        ? [...prefix, "steps", stepIndex, "after"]
        : [...prefix, "gateways", gatewaysIn.findIndex((g) => g.id === first), "after"]
    return fail(
      issue(
        "cycle",
        path,
        { cycle: [...cycle] },
        `依赖关系成环：${cycle.join(" → ")}`,
        `the dependencies form a cycle: ${cycle.join(" → ")}`
      )
    )
  }
  const order = topoIds(graph)
  const successors = new Map<string, Array<string>>()
  for (const [from, to] of edges) {
    const list = successors.get(from)
    if (list === undefined) successors.set(from, [to])
    else list.push(to)
  }
  const predecessors = new Map<string, ReadonlyArray<string>>()
  for (const node of [...data.steps, ...gatewaysIn]) predecessors.set(node.id, node.after ?? [])
  const ancestorMemo = new Map<string, Set<string>>()
  const ancestorsOf = (id: string): ReadonlySet<string> => {
    const cached = ancestorMemo.get(id)
    if (cached !== undefined) return cached
    const seen = new Set<string>()
    const stack = [...(predecessors.get(id) ?? [])]
    while (stack.length > 0) {
      const next = stack.pop()
      if (next === undefined || seen.has(next)) continue
      seen.add(next)
      stack.push(...(predecessors.get(next) ?? []))
    }
    ancestorMemo.set(id, seen)
    return seen
  }
  const issues = checkGateways(data, prefix, successors, ancestorsOf)

  const sources = order.filter((id) => (predecessors.get(id) ?? []).length === 0)
  const start = data.start ?? sources
  const reachable = reachableIds(graph, start)
  data.steps.forEach((s, i) => {
    if (!reachable.has(s.id)) {
      issues.push(
        issue(
          "unreachable_step",
          [...prefix, "steps", i],
          { id: s.id, start: [...start] },
          `环节 "${s.id}" 无法从起点（${start.join("、")}）到达`,
          `step "${s.id}" cannot be reached from the start (${start.join(", ")})`
        )
      )
    }
  })
  const limits = new Map<string, number>()
  const limitOf = (value: z.output<typeof LimitInputSchema> | undefined, path: ReadonlyArray<PathSegment>): void => {
    if (value === undefined || typeof value === "number") return
    const parsed = parseTimeLimit(value, { path })
    if (parsed.ok)
      limits.set(path.join("\u0000"), Math.min(MAX_DAYS, Math.ceil(approximateWorkingDays(parsed.value) - 1e-9)))
    else issues.push(...parsed.issues)
  }
  const days = (
    value: z.output<typeof LimitInputSchema> | undefined,
    path: ReadonlyArray<PathSegment>
  ): number | undefined =>
    value === undefined ? undefined : typeof value === "number" ? value : limits.get(path.join("\u0000"))
  limitOf(data.promised, [...prefix, "promised"])
  data.steps.forEach((s, i) => {
    limitOf(s.statutory, [...prefix, "steps", i, "statutory"])
    limitOf(s.promised, [...prefix, "steps", i, "promised"])
  })
  if (issues.length > 0) return fail(sortIssues(issues))

  const steps: Array<Step> = data.steps.map((s, i) => {
    const duration = toDuration(s.duration)
    return {
      id: s.id,
      name: s.name,
      department: s.department,
      matter: s.matter,
      stage: s.stage,
      duration,
      days: plannedDays(duration),
      after: s.after ?? [],
      reviewers: s.reviewers ?? 1,
      trips: s.trips ?? 1,
      statutory: days(s.statutory, [...prefix, "steps", i, "statutory"]),
      promised: days(s.promised, [...prefix, "steps", i, "promised"]),
      commitment: s.commitment ?? false,
      jointReview: s.jointReview
    }
  })
  const gateways: Array<Gateway> = gatewaysIn.map((g) => {
    const next = successors.get(g.id) ?? []
    const branches =
      g.branches ??
      (g.kind === "exclusive" && g.role === "fork" ? next.map((to) => ({ to, probability: 1 / next.length })) : [])
    return {
      id: g.id,
      name: g.name,
      kind: g.kind,
      role: g.role,
      fork: g.fork,
      stage: g.stage,
      after: g.after ?? [],
      branches
    }
  })
  const departments: Array<Department> =
    data.departments?.map((d) => ({ id: d.id, name: d.name, reviewers: d.reviewers })) ?? implicitDepartments(steps)
  return ok({
    id: data.id,
    name: data.name,
    promised: days(data.promised, [...prefix, "promised"]),
    start,
    stages: data.stages ?? [],
    departments,
    steps,
    gateways,
    order
  })
}

const implicitDepartments = (steps: ReadonlyArray<Step>): Array<Department> => {
  const need = new Map<string, number>()
  for (const s of steps) need.set(s.department, Math.max(need.get(s.department) ?? 0, s.reviewers))
  return [...need].map(([id, reviewers]) => ({ id, name: undefined, reviewers }))
}

/**
 * The JSON Schema (draft 2020-12) of a flow file, for editors and for
 * systems not written in TypeScript.
 *
 * @example
 * ```ts
 * import { flowJsonSchema } from "@tongban/approval"
 *
 * flowJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const flowJsonSchema = (): Record<string, unknown> => z.toJSONSchema(FlowInputSchema, { io: "input" })

/**
 * Turns a validated flow back into its input form, for editing and saving:
 * `parseFlow(flowToInput(flow))` gives the same flow.
 *
 * @example
 * ```ts
 * import { flowToInput, parseFlow } from "@tongban/approval"
 *
 * const flow = parseFlow({ id: "f", name: "流程", steps: [{ id: "a", name: "甲", department: "d", duration: 2 }] })
 * flow.ok && flowToInput(flow.value).steps[0]?.duration // { kind: "fixed", days: 2 }
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const flowToInput = (flow: Flow): FlowInput => ({
  id: flow.id,
  name: flow.name,
  ...(flow.promised === undefined ? {} : { promised: flow.promised }),
  ...(startIsDefault(flow) ? {} : { start: [...flow.start] }),
  stages: flow.stages.map((s) => ({ id: s.id, name: s.name })),
  departments: flow.departments.map((d) => ({
    id: d.id,
    ...(d.name === undefined ? {} : { name: d.name }),
    reviewers: d.reviewers
  })),
  steps: flow.steps.map(stepToInput),
  gateways: flow.gateways.map((g) => ({
    id: g.id,
    ...(g.name === undefined ? {} : { name: g.name }),
    kind: g.kind,
    role: g.role,
    ...(g.fork === undefined ? {} : { fork: g.fork }),
    ...(g.stage === undefined ? {} : { stage: g.stage }),
    after: [...g.after],
    ...(g.kind === "exclusive" && g.role === "fork"
      ? { branches: g.branches.map((b) => ({ to: b.to, probability: b.probability })) }
      : {})
  }))
})

const startIsDefault = (flow: Flow): boolean => {
  const sources = [...flow.steps, ...flow.gateways].filter((n) => n.after.length === 0).map((n) => n.id)
  const given = new Set(flow.start)
  return sources.length === given.size && sources.every((id) => given.has(id))
}

const stepToInput = (s: Step): z.input<typeof StepInputSchema> => ({
  id: s.id,
  name: s.name,
  department: s.department,
  ...(s.matter === undefined ? {} : { matter: s.matter }),
  ...(s.stage === undefined ? {} : { stage: s.stage }),
  duration: s.duration,
  after: [...s.after],
  reviewers: s.reviewers,
  trips: s.trips,
  ...(s.statutory === undefined ? {} : { statutory: s.statutory }),
  ...(s.promised === undefined ? {} : { promised: s.promised }),
  commitment: s.commitment,
  ...(s.jointReview === undefined ? {} : { jointReview: s.jointReview })
})
