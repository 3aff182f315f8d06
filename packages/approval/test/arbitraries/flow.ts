import * as fc from "fast-check"
import type { FlowInput } from "@tongban/approval"

/** A random acyclic flow of steps only: each step may wait for earlier ones. */
export const arbFlowInput = (options?: {
  readonly maxSteps?: number
  readonly maxDays?: number
}): fc.Arbitrary<FlowInput> =>
  fc
    .integer({ min: 1, max: options?.maxSteps ?? 25 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: options?.maxDays ?? 10 }), { minLength: n, maxLength: n }),
        fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })
      )
    )
    .map(([days, picks, departments]) => ({
      id: "random",
      name: "随机流程",
      steps: days.map((d, i) => ({
        id: `s${i}`,
        name: `环节${i}`,
        department: `d${departments[i] ?? 0}`,
        duration: d,
        statutory: d * 2,
        after: i === 0 ? [] : [...new Set((picks[i] ?? []).map((p) => `s${p % i}`))]
      }))
    }))

/** A random flow with a pair of step indices (i < j) to add as a dependency. */
export const arbFlowWithExtraEdge = (): fc.Arbitrary<{ input: FlowInput; from: number; to: number }> =>
  arbFlowInput({ maxSteps: 20 })
    .filter((input) => input.steps.length >= 2)
    .chain((input) =>
      fc
        .tuple(fc.nat({ max: input.steps.length - 1 }), fc.nat({ max: input.steps.length - 1 }))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({ input, from: Math.min(a, b), to: Math.max(a, b) }))
    )
