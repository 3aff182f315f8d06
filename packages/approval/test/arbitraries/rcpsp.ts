import * as fc from "fast-check"
import type { RcpspProject } from "@tongban/approval"

/**
 * A random feasible resource-constrained project: each activity may follow
 * earlier ones (so the precedence graph is acyclic), demands never exceed
 * capacities, durations include zero.
 */
export const arbRcpspProject = (options?: {
  readonly maxActivities?: number
  readonly maxResources?: number
  readonly maxDuration?: number
}): fc.Arbitrary<RcpspProject> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: options?.maxActivities ?? 12 }),
      capacities: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: options?.maxResources ?? 3 })
    })
    .chain(({ n, capacities }) =>
      fc.record({
        capacities: fc.constant(capacities),
        activities: fc.tuple(
          ...Array.from({ length: n }, (_, j) =>
            fc.record({
              duration: fc.integer({ min: 0, max: options?.maxDuration ?? 6 }),
              demands: fc.tuple(...capacities.map((c) => fc.integer({ min: 0, max: c }))),
              predecessors:
                j === 0
                  ? fc.constant([])
                  : fc.uniqueArray(fc.integer({ min: 0, max: j - 1 }), { maxLength: Math.min(j, 3) })
            })
          )
        )
      })
    )

/** A project with a pair (i < j) that is not yet a dependency of j, to add as one. */
export const arbRcpspWithExtraEdge = (options?: {
  readonly maxActivities?: number
}): fc.Arbitrary<{ project: RcpspProject; from: number; to: number }> =>
  arbRcpspProject({ maxActivities: options?.maxActivities ?? 6, maxResources: 2, maxDuration: 4 })
    .filter((p) => p.activities.length >= 2)
    .chain((project) =>
      fc
        .integer({ min: 1, max: project.activities.length - 1 })
        .chain((to) =>
          fc.record({ project: fc.constant(project), from: fc.integer({ min: 0, max: to - 1 }), to: fc.constant(to) })
        )
    )
