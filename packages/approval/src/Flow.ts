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
 * - 子流程 = sub-process; 调用活动 = call activity
 * - 会签 = countersign (multi-instance: several reviewers sign the same step,
 *   all at once 并行会签 or one after another 依次会签)
 * - 包容网关 = inclusive gateway (OR: one or more branches); 事件网关 =
 *   event-based gateway (the first event to arrive picks the branch)
 * - 驳回 = rejection, sending the case back; 修改申请 = amend the
 *   application; 重新审核 = review again (together, a rework loop 返工)
 * - 边界定时器 = boundary timer (a step's time limit and its escalation 督办)
 * - 移交 = hand-off (a message between two pools, i.e. departments)
 *
 * @since 0.1.0
 */
import { codeIssue, type Issue, ok, fail, type PathSegment, type Result, sortIssues, validate } from "@tongban/core"
import { approximateWorkingDays, parseTimeLimit, TimeLimitSchema } from "@tongban/deadline"
import * as z from "zod"
import { buildIdGraph, findCycleIds, reachableIds, topoIds } from "./internal/graph.js"
import { flowCodes } from "./IssueCodes.js"

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
 * What a step is: a `task` (any BPMN task), a `call` (call activity), a
 * collapsed `subprocess`, a `wait` (a timer catch event: its duration is the
 * waiting time) or an `event` (another intermediate event, zero days unless
 * stated).
 *
 * @example
 * ```ts
 * import { StepKindSchema } from "@tongban/approval"
 *
 * StepKindSchema.safeParse("wait").success // true
 * StepKindSchema.safeParse("lunch").success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const StepKindSchema = z.union([
  z.literal("task"),
  z.literal("call"),
  z.literal("subprocess"),
  z.literal("wait"),
  z.literal("event")
])

/**
 * A step's kind (see {@link StepKindSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type StepKind = z.infer<typeof StepKindSchema>

/**
 * What an event waits for or throws, after BPMN's event definitions
 * (`none` when it has none).
 *
 * @example
 * ```ts
 * import { EventTriggerSchema } from "@tongban/approval"
 *
 * EventTriggerSchema.options.length // 10
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const EventTriggerSchema = z.union([
  z.literal("none"),
  z.literal("timer"),
  z.literal("message"),
  z.literal("signal"),
  z.literal("error"),
  z.literal("escalation"),
  z.literal("conditional"),
  z.literal("compensation"),
  z.literal("cancel"),
  z.literal("link")
])

/**
 * An event's trigger (see {@link EventTriggerSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type EventTrigger = z.infer<typeof EventTriggerSchema>

/**
 * Input schema of multi-instance (会签): `instances` copies of the step,
 * all at once (`parallel`: the step lasts as long as the longest instance
 * and needs `instances` reviewers at the same time) or one after another
 * (`sequential`: the step lasts the sum). `collection` and
 * `elementVariable` are the engine's names for the list of reviewers;
 * `completion` is the completion condition, kept as text.
 *
 * @example
 * ```ts
 * import { MultiInstanceInputSchema } from "@tongban/approval"
 *
 * MultiInstanceInputSchema.safeParse({ mode: "parallel", instances: 3 }).success // true
 * MultiInstanceInputSchema.safeParse({ mode: "parallel", instances: 0 }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const MultiInstanceInputSchema = z.strictObject({
  mode: z.union([z.literal("parallel"), z.literal("sequential")]),
  instances: z.number().int().min(1).max(1000),
  collection: z.string().min(1).max(500).optional(),
  elementVariable: z.string().min(1).max(200).optional(),
  completion: z.string().min(1).max(2000).optional()
})

/**
 * Multi-instance (会签) of a step or sub-process (see
 * {@link MultiInstanceInputSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type MultiInstance = z.output<typeof MultiInstanceInputSchema>

/**
 * Input schema of an event attached to a step (a BPMN boundary event). A
 * boundary timer is the step's time limit: `days` are the working days it
 * allows, `timer` the text as written; the steps that follow the event (its
 * escalation, 督办) come after the step as an exclusive branch.
 *
 * @example
 * ```ts
 * import { BoundaryEventInputSchema } from "@tongban/approval"
 *
 * BoundaryEventInputSchema.safeParse({ id: "t", trigger: "timer", interrupting: false, days: 5 }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const BoundaryEventInputSchema = z.strictObject({
  id: Id,
  name: z.string().max(500).optional(),
  trigger: EventTriggerSchema,
  interrupting: z.boolean(),
  timer: z.string().min(1).max(200).optional(),
  days: Days.optional()
})

/**
 * An event attached to a step (see {@link BoundaryEventInputSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type BoundaryEvent = z.output<typeof BoundaryEventInputSchema>

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
  jointReview: Id.optional().describe("joint-review group: steps with the same group can be merged into one"),
  kind: StepKindSchema.optional().describe(
    'what the step is (default "task"): a task, a call activity, a collapsed sub-process, a timer wait or an event'
  ),
  description: z.string().max(20_000).optional().describe("the step's documentation text"),
  role: z.string().min(1).max(500).optional().describe("who does the step: an assignee, performer or candidate users"),
  candidateGroups: z.array(Id).max(100).optional().describe("the groups (roles) that may take the step"),
  multiInstance: MultiInstanceInputSchema.optional().describe(
    "会签: several instances of the step, in parallel or in sequence"
  ),
  events: z
    .array(BoundaryEventInputSchema)
    .max(100)
    .optional()
    .describe("events attached to the step (boundary events)"),
  trigger: EventTriggerSchema.optional().describe('for a step of kind "wait" or "event": what it waits for or throws'),
  timer: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("for a timer wait: the timer as written (e.g. an ISO duration P3D)")
})

/**
 * Input schema of one gateway. A gateway with `role: "join"` names the fork
 * it closes. An exclusive fork may give each branch's probability (for
 * simulation; they must sum to 1, and default to equal shares); an
 * inclusive (OR) fork may give, for each branch, the probability that it is
 * taken, independently of the others (default 1: every branch, the worst
 * case the critical path assumes). A branch keeps its condition as text and
 * whether it is the default flow.
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
  kind: z.union([z.literal("parallel"), z.literal("exclusive"), z.literal("inclusive")]),
  role: z.union([z.literal("fork"), z.literal("join")]),
  fork: Id.optional().describe("for a join: the id of the fork it closes"),
  stage: Id.optional(),
  after: z.array(Id).max(10_000).optional(),
  eventBased: z
    .boolean()
    .optional()
    .describe("an exclusive fork decided by the first event to arrive (BPMN event-based gateway)"),
  branches: z
    .array(
      z.strictObject({
        to: Id,
        probability: z.number().min(0).max(1),
        condition: z.string().min(1).max(2000).optional(),
        isDefault: z.boolean().optional()
      })
    )
    .max(10_000)
    .optional()
    .describe(
      "for an exclusive fork: the probability of each branch (they sum to 1); for an inclusive fork: the probability that each branch is taken, independently"
    )
})

/**
 * Input schema of a stage: a phase of the flow, or a BPMN sub-process
 * (`subprocess: true`; `parent` names the sub-process it sits in, and
 * `multiInstance` its 会签). The steps of a sub-process name it as their
 * `stage`; its entry and exit are a parallel fork and join.
 *
 * @example
 * ```ts
 * import { StageInputSchema } from "@tongban/approval"
 *
 * StageInputSchema.safeParse({ id: "sp", name: "联合审查", subprocess: true }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const StageInputSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(500),
  parent: Id.optional().describe("the stage (sub-process) this one sits in"),
  subprocess: z.boolean().optional().describe("the stage is a BPMN sub-process"),
  multiInstance: MultiInstanceInputSchema.optional()
})

/**
 * Input schema of a rework loop: after `from` (a later decision or step),
 * the case goes back to `to` (an earlier step, or `from` itself) with
 * `probability` (below 1: a loop that is always taken never ends). The
 * loop is not a dependency: the critical path is the first pass, and
 * `@tongban/simulation` draws the repeats.
 *
 * With `via` (驳回 → 修改申请 → 重新审核), `from` is the decision
 * (an exclusive fork) and `via` the steps of its rejection branch: the
 * branch to `via[0]` is taken with `probability` (the same as that
 * branch's), the `via` steps are done, and the case then returns to `to`
 * instead of ending after the last of them.
 *
 * @example
 * ```ts
 * import { ReworkInputSchema } from "@tongban/approval"
 *
 * ReworkInputSchema.safeParse({ id: "r", from: "check", to: "apply", probability: 0.2 }).success // true
 * ReworkInputSchema.safeParse({ id: "r", from: "check", to: "apply", probability: 1 }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const ReworkInputSchema = z.strictObject({
  id: Id,
  name: z.string().max(500).optional(),
  from: Id,
  to: Id,
  probability: z.number().min(0).lt(1),
  condition: z.string().min(1).max(2000).optional(),
  via: z
    .array(Id)
    .min(1)
    .max(1000)
    .optional()
    .describe(
      "the rework steps on the way back (修改申请): a branch of the decision `from`; after the last, the case returns to `to`"
    )
})

/**
 * Input schema of a hand-off between departments: a BPMN message flow from
 * one pool to another. `from` and `to` are step ids, or pool names when the
 * message leaves or reaches a whole pool.
 *
 * @example
 * ```ts
 * import { HandoffInputSchema } from "@tongban/approval"
 *
 * HandoffInputSchema.safeParse({ id: "m", from: "a", to: "b", fromDepartment: "窗口", toDepartment: "住建局" }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const HandoffInputSchema = z.strictObject({
  id: Id,
  name: z.string().max(500).optional(),
  from: Id,
  to: Id,
  fromDepartment: Id.optional(),
  toDepartment: Id.optional()
})

/**
 * Input schema of a flow's trigger: a start event with an event definition
 * (a timer start, a message start), kept as a note.
 *
 * @example
 * ```ts
 * import { TriggerInputSchema } from "@tongban/approval"
 *
 * TriggerInputSchema.safeParse({ id: "s", trigger: "timer", timer: "R/P1M" }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const TriggerInputSchema = z.strictObject({
  id: Id,
  name: z.string().max(500).optional(),
  trigger: EventTriggerSchema,
  timer: z.string().min(1).max(200).optional()
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
  stages: z.array(StageInputSchema).max(1000).optional(),
  departments: z
    .array(
      z.strictObject({ id: Id, name: z.string().max(500).optional(), reviewers: z.number().int().min(1).max(100_000) })
    )
    .max(10_000)
    .optional()
    .describe("departments and how many reviewers each has; when given, every step's department must be listed"),
  steps: z.array(StepInputSchema).max(100_000),
  gateways: z.array(GatewayInputSchema).max(100_000).optional(),
  rework: z
    .array(ReworkInputSchema)
    .max(10_000)
    .optional()
    .describe("rework loops (驳回 → 修改申请 → 重新审核): back edges kept out of the dependencies"),
  handoffs: z
    .array(HandoffInputSchema)
    .max(100_000)
    .optional()
    .describe("hand-offs between departments (BPMN message flows between pools)"),
  triggers: z
    .array(TriggerInputSchema)
    .max(1000)
    .optional()
    .describe("how the flow starts when not by a plain start (a timer start, a message start)")
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
  /** What the step is (`task` unless the input said otherwise). */
  readonly kind: StepKind
  readonly description: string | undefined
  /** Who does it: an assignee, performer or candidate users, as written. */
  readonly role: string | undefined
  readonly candidateGroups: ReadonlyArray<string>
  /**
   * 会签: with `parallel` instances `days` is one instance's days (the
   * longest) and `reviewers` defaults to `instances`; with `sequential`
   * ones `days` is the sum, `instances` times one instance's days.
   */
  readonly multiInstance: MultiInstance | undefined
  /** Events attached to the step (boundary timers: its time limit). */
  readonly events: ReadonlyArray<BoundaryEvent>
  readonly trigger: EventTrigger | undefined
  readonly timer: string | undefined
}

/**
 * A parsed gateway. Exclusive forks always carry `branches` (equal shares
 * when the input gave none) and inclusive forks too (probability 1 each
 * when the input gave none); other gateways have an empty list.
 *
 * @since 0.1.0
 * @category models
 */
export interface Gateway {
  readonly id: string
  readonly name: string | undefined
  readonly kind: "parallel" | "exclusive" | "inclusive"
  readonly role: "fork" | "join"
  readonly fork: string | undefined
  readonly stage: string | undefined
  readonly after: ReadonlyArray<string>
  /** An exclusive fork decided by the first event to arrive. */
  readonly eventBased: boolean
  readonly branches: ReadonlyArray<Branch>
}

/**
 * One branch of an exclusive or inclusive fork. For an exclusive fork the
 * probabilities of its branches sum to 1 (one is taken); for an inclusive
 * fork each is the probability that this branch is taken.
 *
 * @since 0.2.0
 * @category models
 */
export interface Branch {
  readonly to: string
  readonly probability: number
  readonly condition?: string
  readonly isDefault?: boolean
}

/**
 * A stage or sub-process (see {@link StageInputSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type Stage = z.output<typeof StageInputSchema>

/**
 * A rework loop (see {@link ReworkInputSchema}): after `from`, back to `to`
 * with `probability`.
 *
 * @since 0.2.0
 * @category models
 */
export type Rework = z.output<typeof ReworkInputSchema>

/**
 * A hand-off between departments (see {@link HandoffInputSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type Handoff = z.output<typeof HandoffInputSchema>

/**
 * A flow's trigger (see {@link TriggerInputSchema}).
 *
 * @since 0.2.0
 * @category models
 */
export type Trigger = z.output<typeof TriggerInputSchema>

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
 * A validated flow: plain data, acyclic, every reference resolved; a loop
 * back to an earlier step is kept apart in `rework`.
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
  readonly stages: ReadonlyArray<Stage>
  readonly departments: ReadonlyArray<Department>
  readonly steps: ReadonlyArray<Step>
  readonly gateways: ReadonlyArray<Gateway>
  readonly order: ReadonlyArray<string>
  /** Rework loops, outside the dependencies: the order and critical path are the first pass. */
  readonly rework: ReadonlyArray<Rework>
  readonly handoffs: ReadonlyArray<Handoff>
  readonly triggers: ReadonlyArray<Trigger>
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

type Parsed = z.output<typeof FlowInputSchema>

const checkReferences = (input: Parsed, prefix: ReadonlyArray<PathSegment>): Array<Issue> => {
  const issues: Array<Issue> = []
  const seen = new Map<string, ReadonlyArray<PathSegment>>()
  const gateways = input.gateways ?? []
  const declare = (id: string, path: ReadonlyArray<PathSegment>): void => {
    const first = seen.get(id)
    if (first !== undefined) {
      issues.push(codeIssue(flowCodes, "duplicate_id", { path: [...path, "id"], facts: { id } }))
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
  const unknown = (
    kind: "step or gateway" | "stage" | "department",
    id: string,
    path: ReadonlyArray<PathSegment>,
    from: string
  ): Issue =>
    codeIssue(flowCodes, "unknown_reference", {
      path,
      facts: { kind, id, from },
      ...(kind === "step or gateway" ? {} : { variant: kind })
    })
  const checkAfter = (
    after: ReadonlyArray<string> | undefined,
    path: ReadonlyArray<PathSegment>,
    from: string
  ): void => {
    after?.forEach((id, j) => {
      if (!seen.has(id)) issues.push(unknown("step or gateway", id, [...path, "after", j], from))
    })
  }
  input.steps.forEach((s, i) => {
    const path = [...prefix, "steps", i]
    checkAfter(s.after, path, s.id)
    if (s.stage !== undefined && !stages.has(s.stage)) issues.push(unknown("stage", s.stage, [...path, "stage"], s.id))
    if (departments !== undefined && !departments.has(s.department)) {
      issues.push(unknown("department", s.department, [...path, "department"], s.id))
    }
    if (s.duration !== undefined && typeof s.duration === "object" && s.duration.kind === "triangular") {
      const { min, mode, max } = s.duration
      if (!(min <= mode && mode <= max)) {
        issues.push(
          codeIssue(flowCodes, "triangular_out_of_order", { path: [...path, "duration"], facts: { min, mode, max } })
        )
      }
    }
  })
  gateways.forEach((g, i) => {
    const path = [...prefix, "gateways", i]
    checkAfter(g.after, path, g.id)
    if (g.stage !== undefined && !stages.has(g.stage)) issues.push(unknown("stage", g.stage, [...path, "stage"], g.id))
    g.branches?.forEach((b, j) => {
      if (!seen.has(b.to)) issues.push(unknown("step or gateway", b.to, [...path, "branches", j, "to"], g.id))
    })
  })
  input.start?.forEach((id, j) => {
    if (!seen.has(id)) issues.push(unknown("step or gateway", id, [...prefix, "start", j], input.id))
  })
  const stageParent = new Map((input.stages ?? []).map((st) => [st.id, st.parent]))
  input.stages?.forEach((st, i) => {
    if (st.parent === undefined) return
    if (!stages.has(st.parent)) issues.push(unknown("stage", st.parent, [...prefix, "stages", i, "parent"], st.id))
    const chain = new Set([st.id])
    for (let at: string | undefined = st.parent; at !== undefined; ) {
      if (chain.has(at)) {
        issues.push(
          codeIssue(flowCodes, "stage_nesting_cycle", {
            path: [...prefix, "stages", i, "parent"],
            facts: { id: st.id, chain: [...chain] }
          })
        )
        break
      }
      chain.add(at)
      at = stageParent.get(at)
    }
  })
  input.rework?.forEach((r, j) => {
    const path = [...prefix, "rework", j]
    if (!seen.has(r.from)) issues.push(unknown("step or gateway", r.from, [...path, "from"], r.id))
    if (!seen.has(r.to)) issues.push(unknown("step or gateway", r.to, [...path, "to"], r.id))
    if (input.rework?.findIndex((o) => o.id === r.id) !== j) {
      issues.push(
        codeIssue(flowCodes, "duplicate_id", { path: [...path, "id"], facts: { id: r.id }, variant: "rework" })
      )
    }
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
      // Why the join has no fork: the variant that tells it ("" when it has one).
      const reason =
        g.fork === undefined
          ? undefined
          : fork === undefined
            ? "missing"
            : fork.role !== "fork"
              ? "not_fork"
              : fork.kind !== g.kind
                ? fork.kind
                : !ancestorsOf(g.id).has(fork.id)
                  ? "not_before"
                  : ""
      if (reason !== "") {
        issues.push(
          codeIssue(flowCodes, "join_without_fork", {
            path: [...path, "fork"],
            facts: {
              id: g.id,
              fork: g.fork ?? "",
              kind: g.kind,
              ...(fork === undefined ? {} : { forkKind: fork.kind })
            },
            ...(reason === undefined ? {} : { variant: reason })
          })
        )
      }
    } else if (g.fork !== undefined) {
      issues.push(codeIssue(flowCodes, "fork_names_fork", { path: [...path, "fork"], facts: { id: g.id } }))
    }
    if (g.eventBased === true && (g.kind !== "exclusive" || g.role !== "fork")) {
      issues.push(
        codeIssue(flowCodes, "event_based_not_exclusive_fork", { path: [...path, "eventBased"], facts: { id: g.id } })
      )
    }
    if (g.eventBased === true && g.branches?.some((b) => b.condition !== undefined || b.isDefault === true)) {
      issues.push(
        codeIssue(flowCodes, "event_based_branch_condition", { path: [...path, "branches"], facts: { id: g.id } })
      )
    }
    if (g.branches !== undefined) {
      if (g.kind === "parallel" || g.role !== "fork") {
        issues.push(
          codeIssue(flowCodes, "branches_on_non_exclusive_fork", { path: [...path, "branches"], facts: { id: g.id } })
        )
      } else {
        const next = new Set(successors.get(g.id) ?? [])
        g.branches.forEach((b, j) => {
          if (!next.has(b.to)) {
            issues.push(
              codeIssue(flowCodes, "branch_not_successor", {
                path: [...path, "branches", j, "to"],
                facts: { gateway: g.id, to: b.to }
              })
            )
          }
        })
        const total = g.branches.reduce((sum, b) => sum + b.probability, 0)
        const named = new Set(g.branches.map((b) => b.to))
        const missing = [...next].filter((id) => !named.has(id))
        if (g.kind === "inclusive" && missing.length > 0) {
          issues.push(
            codeIssue(flowCodes, "branch_probabilities_invalid", {
              path: [...path, "branches"],
              facts: { gateway: g.id, total, missing },
              variant: "inclusive"
            })
          )
        } else if (g.kind === "exclusive" && (Math.abs(total - 1) > 1e-9 || missing.length > 0)) {
          issues.push(
            codeIssue(flowCodes, "branch_probabilities_invalid", {
              path: [...path, "branches"],
              facts: { gateway: g.id, total, missing },
              ...(missing.length > 0 ? {} : { variant: "sum" })
            })
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
    return fail(codeIssue(flowCodes, "cycle", { path, facts: { cycle: [...cycle], route: cycle.join(" → ") } }))
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
  const reachable0 = (id: string): boolean => predecessors.has(id)
  const unknownVia = (rework: string, id: string, path: ReadonlyArray<PathSegment>): Issue =>
    codeIssue(flowCodes, "rework_via_unknown", { path, facts: { rework, id } })
  data.rework?.forEach((r, j) => {
    r.via?.forEach((v, k) => {
      if (!reachable0(v)) issues.push(unknownVia(r.id, v, [...prefix, "rework", j, "via", k]))
    })
    if (r.from !== r.to && !ancestorsOf(r.from).has(r.to)) {
      issues.push(
        codeIssue(flowCodes, "rework_not_backward", {
          path: [...prefix, "rework", j, "to"],
          facts: { id: r.id, from: r.from, to: r.to }
        })
      )
    }
  })

  const sources = order.filter((id) => (predecessors.get(id) ?? []).length === 0)
  const start = data.start ?? sources
  const reachable = reachableIds(graph, start)
  data.steps.forEach((s, i) => {
    if (!reachable.has(s.id)) {
      issues.push(
        codeIssue(flowCodes, "unreachable_step", {
          path: [...prefix, "steps", i],
          facts: { id: s.id, start: [...start] }
        })
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
    const mi = s.multiInstance
    const once = plannedDays(duration)
    return {
      id: s.id,
      name: s.name,
      department: s.department,
      matter: s.matter,
      stage: s.stage,
      duration,
      days: mi?.mode === "sequential" ? Math.min(MAX_DAYS, once * mi.instances) : once,
      after: s.after ?? [],
      reviewers: s.reviewers ?? (mi?.mode === "parallel" ? mi.instances : 1),
      trips: s.trips ?? 1,
      statutory: days(s.statutory, [...prefix, "steps", i, "statutory"]),
      promised: days(s.promised, [...prefix, "steps", i, "promised"]),
      commitment: s.commitment ?? false,
      jointReview: s.jointReview,
      kind: s.kind ?? "task",
      description: s.description,
      role: s.role,
      candidateGroups: s.candidateGroups ?? [],
      multiInstance: mi,
      events: s.events ?? [],
      trigger: s.trigger ?? (s.kind === "wait" ? "timer" : undefined),
      timer: s.timer
    }
  })
  const gateways: Array<Gateway> = gatewaysIn.map((g) => {
    const next = successors.get(g.id) ?? []
    const branches =
      g.branches ??
      (g.role !== "fork" || g.kind === "parallel"
        ? []
        : next.map((to) => ({ to, probability: g.kind === "inclusive" ? 1 : 1 / next.length })))
    return {
      id: g.id,
      name: g.name,
      kind: g.kind,
      role: g.role,
      fork: g.fork,
      stage: g.stage,
      after: g.after ?? [],
      eventBased: g.eventBased ?? false,
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
    order,
    rework: data.rework ?? [],
    handoffs: data.handoffs ?? [],
    triggers: data.triggers ?? []
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
  stages: flow.stages.map((s) => ({ ...s })),
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
    ...(g.eventBased ? { eventBased: true } : {}),
    ...(g.kind !== "parallel" && g.role === "fork" ? { branches: g.branches.map((b) => ({ ...b })) } : {})
  })),
  ...(flow.rework.length === 0 ? {} : { rework: flow.rework.map((r) => ({ ...r })) }),
  ...(flow.handoffs.length === 0 ? {} : { handoffs: flow.handoffs.map((h) => ({ ...h })) }),
  ...(flow.triggers.length === 0 ? {} : { triggers: flow.triggers.map((t) => ({ ...t })) })
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
  ...(s.jointReview === undefined ? {} : { jointReview: s.jointReview }),
  ...(s.kind === "task" ? {} : { kind: s.kind }),
  ...(s.description === undefined ? {} : { description: s.description }),
  ...(s.role === undefined ? {} : { role: s.role }),
  ...(s.candidateGroups.length === 0 ? {} : { candidateGroups: [...s.candidateGroups] }),
  ...(s.multiInstance === undefined ? {} : { multiInstance: { ...s.multiInstance } }),
  ...(s.events.length === 0 ? {} : { events: s.events.map((e) => ({ ...e })) }),
  ...(s.trigger === undefined ? {} : { trigger: s.trigger }),
  ...(s.timer === undefined ? {} : { timer: s.timer })
})
