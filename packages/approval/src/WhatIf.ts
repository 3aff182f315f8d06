/**
 * What-if transforms of a flow: run steps in parallel, merge steps into a
 * joint review, apply 告知承诺. Each returns a new validated flow; the
 * argument is not changed.
 *
 * Glossary:
 * - 并联 = parallel; 联合审查 / 联合审图 / 联合验收 = joint review / joint
 *   drawing review / joint acceptance
 * - 告知承诺 = commitment-based approval: the applicant pledges to meet a
 *   condition, so the step that checked it is dropped
 * - 节省工作日 = working days saved; 减少跑动 = trips saved
 *
 * @since 0.1.0
 */
import { codeIssue, fail, type Issue, type PathSegment, type Result } from "@tongban/core"
import { criticalPath } from "./CriticalPath.js"
import { flowCodes, whatIfCodes } from "./IssueCodes.js"
import { type Flow, type FlowInput, flowToInput, parseFlow, type Step, type StepInputSchema } from "./Flow.js"
import type * as z from "zod"

type StepInput = z.input<typeof StepInputSchema>

const unknownSteps = (flow: Flow, ids: ReadonlyArray<string>, path: ReadonlyArray<PathSegment>): Array<Issue> => {
  const known = new Set(flow.steps.map((s) => s.id))
  const issues: Array<Issue> = []
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      issues.push(
        codeIssue(flowCodes, "unknown_reference", {
          path: [...path, i],
          facts: { kind: "step", id, from: flow.id },
          variant: "step"
        })
      )
    }
  })
  return issues
}

const tooFew = (path: ReadonlyArray<PathSegment>, count: number): Issue =>
  codeIssue(whatIfCodes, "too_few_steps", { path, facts: { count } })

type Node = { readonly id: string; readonly after?: ReadonlyArray<string> | undefined }

/** Parses the changed flow; a rework loop through a step the change removed goes with it. */
const rebuild = (input: FlowInput): Result<Flow> => {
  const ids = new Set([...input.steps.map((s) => s.id), ...(input.gateways ?? []).map((g) => g.id)])
  const rework = input.rework?.filter((r) => ids.has(r.from) && ids.has(r.to) && (r.via ?? []).every((v) => ids.has(v)))
  return parseFlow(rework === undefined ? input : { ...input, rework })
}

/**
 * Options of {@link makeParallel}.
 *
 * @since 0.1.0
 * @category models
 */
export interface MakeParallelOptions {
  /** The steps to run side by side. */
  readonly steps: ReadonlyArray<string>
}

/**
 * Runs the given steps side by side: every dependency between two of them is
 * dropped, and each keeps the outside steps it waited for through the
 * others; a step that waited for one of them now waits for all that one
 * waited for inside the group.
 *
 * @example
 * ```ts
 * import { criticalPath, makeParallel, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const serial = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "串联",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "规划", department: "自然资源", duration: 3, after: ["a"] },
 *     { id: "c", name: "消防", department: "消防", duration: 2, after: ["b"] },
 *     { id: "d", name: "发证", department: "中心", duration: 1, after: ["c"] }
 *   ]
 * }))
 * const parallel = getOrThrow(makeParallel(serial, { steps: ["b", "c"] }))
 * criticalPath(serial).makespan // 7
 * criticalPath(parallel).makespan // 5
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const makeParallel = (flow: Flow, options: MakeParallelOptions): Result<Flow> => {
  const members = new Set(options.steps)
  const issues = unknownSteps(flow, options.steps, ["steps"])
  if (issues.length > 0) return fail(issues)
  if (members.size < 2) return fail(tooFew(["steps"], members.size))
  const input = flowToInput(flow)
  const afterOf = new Map<string, ReadonlyArray<string>>()
  for (const node of [...input.steps, ...(input.gateways ?? [])]) afterOf.set(node.id, node.after ?? [])
  // For a member: the members it reaches backwards through members only, and
  // the outside predecessors met on the way.
  const memo = new Map<string, { inner: ReadonlySet<string>; outer: ReadonlySet<string> }>()
  const closure = (id: string): { inner: ReadonlySet<string>; outer: ReadonlySet<string> } => {
    const cached = memo.get(id)
    if (cached !== undefined) return cached
    const inner = new Set<string>()
    const outer = new Set<string>()
    const stack = [id]
    while (stack.length > 0) {
      const cur = stack.pop()
      if (cur === undefined) continue
      for (const p of afterOf.get(cur) ?? []) {
        if (members.has(p)) {
          if (!inner.has(p)) {
            inner.add(p)
            stack.push(p)
          }
        } else outer.add(p)
      }
    }
    const value = { inner, outer }
    memo.set(id, value)
    return value
  }
  const rewire = <T extends Node>(node: T): T => {
    const after = node.after ?? []
    if (members.has(node.id)) return { ...node, after: [...closure(node.id).outer] }
    if (!after.some((p) => members.has(p))) return node
    const next = new Set<string>()
    for (const p of after) {
      next.add(p)
      if (members.has(p)) for (const q of closure(p).inner) next.add(q)
    }
    return { ...node, after: [...next] }
  }
  return rebuild({ ...input, steps: input.steps.map(rewire), gateways: (input.gateways ?? []).map(rewire) })
}

/**
 * Options of {@link mergeJointReview}.
 *
 * @since 0.1.0
 * @category models
 */
export interface MergeOptions {
  /** The steps to merge into one joint review. */
  readonly steps: ReadonlyArray<string>
  /** Id of the merged step (default: the first step's id). */
  readonly id?: string
  /** Name of the merged step (default: 联合审查 and the steps' names). */
  readonly name?: string
}

/**
 * Merges steps into one joint review (联合审图, 联合验收): the departments
 * review together, so the merged step takes as long as the longest of them,
 * needs the citizen's trips only once (the most any of them needed), and
 * waits for everything any of them waited for. The department is the first
 * step's (the lead); reviewers, statutory and promised limits are the
 * largest of the members'; the duration is that of the longest member.
 *
 * @returns the new flow, or `cycle` when one step reaches another only
 * through outside steps (they cannot be reviewed together)
 *
 * @example
 * ```ts
 * import { mergeJointReview, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "验收",
 *   steps: [
 *     { id: "gh", name: "规划核实", department: "自然资源", duration: 5 },
 *     { id: "xf", name: "消防验收", department: "消防", duration: 7, after: ["gh"] },
 *     { id: "rf", name: "人防验收", department: "人防", duration: 4, after: ["xf"] }
 *   ]
 * }))
 * const merged = getOrThrow(mergeJointReview(flow, { steps: ["gh", "xf", "rf"], id: "joint", name: "联合验收" }))
 * merged.steps.map((s) => [s.id, s.days, s.trips]) // [["joint", 7, 1]]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeJointReview = (flow: Flow, options: MergeOptions): Result<Flow> => {
  const ids = [...new Set(options.steps)]
  const issues = unknownSteps(flow, options.steps, ["steps"])
  if (issues.length > 0) return fail(issues)
  if (ids.length < 2) return fail(tooFew(["steps"], ids.length))
  const members = new Set(ids)
  const byId = new Map(flow.steps.map((s) => [s.id, s]))
  const group: Array<Step> = ids.flatMap((id) => {
    const s = byId.get(id)
    return s === undefined ? [] : [s]
  })
  const lead = group[0]
  if (lead === undefined) return fail(tooFew(["steps"], 0))
  const mergedId = options.id ?? lead.id
  const clash =
    flow.steps.some((s) => s.id === mergedId && !members.has(s.id)) || flow.gateways.some((g) => g.id === mergedId)
  if (clash) {
    return fail(codeIssue(flowCodes, "duplicate_id", { path: ["id"], facts: { id: mergedId }, variant: "node" }))
  }
  const longest = group.reduce((a, b) => (b.days > a.days ? b : a), lead)
  const maxOf = (pick: (s: Step) => number | undefined): number | undefined => {
    const values = group.map(pick).filter((v): v is number => v !== undefined)
    return values.length === 0 ? undefined : Math.max(...values)
  }
  const after = new Set<string>()
  for (const s of group) for (const p of s.after) if (!members.has(p)) after.add(p)
  const statutory = maxOf((s) => s.statutory)
  const promised = maxOf((s) => s.promised)
  const merged: StepInput = {
    id: mergedId,
    name: options.name ?? `联合审查：${group.map((s) => s.name).join("、")}`,
    department: lead.department,
    ...(lead.matter === undefined ? {} : { matter: lead.matter }),
    ...(lead.stage === undefined ? {} : { stage: lead.stage }),
    duration: longest.duration,
    after: [...after],
    reviewers: Math.max(...group.map((s) => s.reviewers)),
    trips: Math.max(...group.map((s) => s.trips)),
    ...(statutory === undefined ? {} : { statutory }),
    ...(promised === undefined ? {} : { promised }),
    commitment: false
  }
  const input = flowToInput(flow)
  const redirect = (list: ReadonlyArray<string>): Array<string> => [
    ...new Set(list.map((p) => (members.has(p) ? mergedId : p)))
  ]
  const steps: Array<StepInput> = []
  for (const s of input.steps) {
    if (s.id === lead.id) steps.push(merged)
    else if (!members.has(s.id)) steps.push({ ...s, after: redirect(s.after ?? []) })
  }
  const gateways = (input.gateways ?? []).map((g) => ({
    ...g,
    after: redirect(g.after ?? []),
    ...(g.branches === undefined
      ? {}
      : { branches: g.branches.map((b) => ({ ...b, to: members.has(b.to) ? mergedId : b.to })) })
  }))
  const start = input.start === undefined ? undefined : redirect(input.start)
  return rebuild({ ...input, ...(start === undefined ? {} : { start }), steps, gateways })
}

/**
 * Merges every joint-review group the flow marks (steps with the same
 * `jointReview`), in the order the groups first appear. A group's merged
 * step takes the group's name as its id.
 *
 * @example
 * ```ts
 * import { mergeJointReviewGroups, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "审图",
 *   steps: [
 *     { id: "a", name: "消防审图", department: "消防", duration: 5, jointReview: "审图" },
 *     { id: "b", name: "人防审图", department: "人防", duration: 3, jointReview: "审图" }
 *   ]
 * }))
 * getOrThrow(mergeJointReviewGroups(flow)).steps.map((s) => s.id) // ["审图"]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeJointReviewGroups = (flow: Flow): Result<Flow> => {
  const groups = new Map<string, Array<string>>()
  for (const s of flow.steps) {
    if (s.jointReview === undefined) continue
    const list = groups.get(s.jointReview)
    if (list === undefined) groups.set(s.jointReview, [s.id])
    else list.push(s.id)
  }
  let current: Result<Flow> = { ok: true, value: flow }
  for (const [group, steps] of groups) {
    if (!current.ok) break
    if (steps.length < 2) continue
    const taken = current.value.steps.some((s) => s.id === group && !steps.includes(s.id))
    current = mergeJointReview(current.value, { steps, id: taken ? `${group}#joint` : group, name: group })
  }
  return current
}

/**
 * Options of {@link applyCommitment}.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommitmentOptions {
  /** The steps replaced by a commitment (default: every step marked `commitment`). */
  readonly steps?: ReadonlyArray<string>
}

/**
 * Applies 告知承诺: the steps replaced by the applicant's pledge are removed
 * and whatever waited for them waits for what they waited for. A step that
 * is one branch of an exclusive gateway stays as a step of zero days and
 * zero trips, so the branch keeps its probability.
 *
 * @example
 * ```ts
 * import { applyCommitment, criticalPath, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "开办",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "场所核查", department: "市场监管", duration: 5, after: ["a"], commitment: true },
 *     { id: "c", name: "发照", department: "市场监管", duration: 1, after: ["b"] }
 *   ]
 * }))
 * const pledged = getOrThrow(applyCommitment(flow))
 * pledged.steps.map((s) => s.id) // ["a", "c"]
 * criticalPath(pledged).makespan // 2
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const applyCommitment = (flow: Flow, options?: CommitmentOptions): Result<Flow> => {
  const chosen = options?.steps ?? flow.steps.filter((s) => s.commitment).map((s) => s.id)
  const issues = unknownSteps(flow, chosen, ["steps"])
  if (issues.length > 0) return fail(issues)
  const branchTargets = new Set(flow.gateways.flatMap((g) => g.branches.map((b) => b.to)))
  const removed = new Set(chosen.filter((id) => !branchTargets.has(id)))
  const zeroed = new Set(chosen.filter((id) => branchTargets.has(id)))
  const input = flowToInput(flow)
  const afterOf = new Map<string, ReadonlyArray<string>>()
  for (const node of [...input.steps, ...(input.gateways ?? [])]) afterOf.set(node.id, node.after ?? [])
  const expand = (list: ReadonlyArray<string>): Array<string> => {
    const out = new Set<string>()
    const stack = [...list]
    while (stack.length > 0) {
      const id = stack.pop()
      if (id === undefined) continue
      if (removed.has(id)) stack.push(...(afterOf.get(id) ?? []))
      else out.add(id)
    }
    return [...out]
  }
  const steps = input.steps
    .filter((s) => !removed.has(s.id))
    .map((s) => ({
      ...s,
      after: expand(s.after ?? []),
      ...(zeroed.has(s.id) ? { duration: 0, trips: 0, name: `${s.name}（告知承诺）`, commitment: false } : {})
    }))
  const gateways = (input.gateways ?? []).map((g) => ({ ...g, after: expand(g.after ?? []) }))
  // A removed start step hands the start to the steps that followed it.
  const successors = new Map<string, Array<string>>()
  for (const node of [...input.steps, ...(input.gateways ?? [])]) {
    for (const p of node.after ?? []) {
      const list = successors.get(p)
      if (list === undefined) successors.set(p, [node.id])
      else list.push(node.id)
    }
  }
  const start = new Set<string>()
  const stack = [...(input.start ?? [])]
  while (stack.length > 0) {
    const id = stack.pop()
    if (id === undefined) continue
    if (removed.has(id)) stack.push(...(successors.get(id) ?? []))
    else start.add(id)
  }
  return rebuild({ ...input, ...(input.start === undefined ? {} : { start: [...start] }), steps, gateways })
}

/**
 * A what-if transform, as data.
 *
 * @since 0.1.0
 * @category models
 */
export type Transform =
  | { readonly kind: "parallel"; readonly steps: ReadonlyArray<string> }
  | {
      readonly kind: "joint_review"
      readonly steps?: ReadonlyArray<string>
      readonly id?: string
      readonly name?: string
    }
  | { readonly kind: "commitment"; readonly steps?: ReadonlyArray<string> }

/**
 * The effect of one transform in a what-if sequence.
 *
 * @since 0.1.0
 * @category models
 */
export interface WhatIfStep {
  readonly transform: Transform
  readonly makespan: number
  readonly trips: number
  /** Working days saved against the flow before this transform. */
  readonly daysSaved: number
  /** Citizen trips saved against the flow before this transform. */
  readonly tripsSaved: number
}

/**
 * The result of {@link whatIf}.
 *
 * @since 0.1.0
 * @category models
 */
export interface WhatIfResult {
  readonly before: { readonly makespan: number; readonly trips: number }
  readonly after: { readonly makespan: number; readonly trips: number }
  readonly daysSaved: number
  readonly tripsSaved: number
  readonly steps: ReadonlyArray<WhatIfStep>
  /** The transformed flow. */
  readonly flow: Flow
}

const tripsOf = (flow: Flow): number => flow.steps.reduce((sum, s) => sum + s.trips, 0)

const applyOne = (flow: Flow, t: Transform): Result<Flow> => {
  switch (t.kind) {
    case "parallel":
      return makeParallel(flow, { steps: t.steps })
    case "commitment":
      return applyCommitment(flow, t.steps === undefined ? {} : { steps: t.steps })
    case "joint_review":
      return t.steps === undefined
        ? mergeJointReviewGroups(flow)
        : mergeJointReview(flow, {
            steps: t.steps,
            ...(t.id === undefined ? {} : { id: t.id }),
            ...(t.name === undefined ? {} : { name: t.name })
          })
  }
}

/**
 * Applies transforms in order and reports, for each, the makespan, the
 * trips and what it saved in working days and in the citizen's trips.
 *
 * @returns the report, or the issues of the first transform that fails
 * (located at `["transforms", i]`)
 *
 * @example
 * ```ts
 * import { parseFlow, whatIf } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "开办",
 *   steps: [
 *     { id: "yz", name: "营业执照", department: "市场监管", duration: 3 },
 *     { id: "kz", name: "公章刻制", department: "公安", duration: 1, after: ["yz"] },
 *     { id: "fp", name: "发票申领", department: "税务", duration: 2, after: ["kz"] }
 *   ]
 * }))
 * const r = getOrThrow(whatIf(flow, [{ kind: "parallel", steps: ["kz", "fp"] }]))
 * r.daysSaved // 1
 * r.after.makespan // 5
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const whatIf = (flow: Flow, transforms: ReadonlyArray<Transform>): Result<WhatIfResult> => {
  const before = { makespan: criticalPath(flow).makespan, trips: tripsOf(flow) }
  let current = flow
  let last = before
  const steps: Array<WhatIfStep> = []
  for (const [i, t] of transforms.entries()) {
    const next = applyOne(current, t)
    if (!next.ok) return fail(next.issues.map((issue) => ({ ...issue, path: ["transforms", i, ...issue.path] })))
    current = next.value
    const now = { makespan: criticalPath(current).makespan, trips: tripsOf(current) }
    steps.push({ transform: t, ...now, daysSaved: last.makespan - now.makespan, tripsSaved: last.trips - now.trips })
    last = now
  }
  return {
    ok: true,
    value: {
      before,
      after: last,
      daysSaved: before.makespan - last.makespan,
      tripsSaved: before.trips - last.trips,
      steps,
      flow: current
    }
  }
}
