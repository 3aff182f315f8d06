import { type FlowInput, flaggedTransforms, parseFlow, whatIf } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

/** A random flow whose steps may carry the commitment flag and joint-review groups. */
const arbFlaggedFlow = (): fc.Arbitrary<FlowInput> =>
  arbFlowInput({ maxSteps: 12 }).chain((input) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: input.steps.length, maxLength: input.steps.length }),
        fc.array(fc.option(fc.constantFrom("g1", "g2")), {
          minLength: input.steps.length,
          maxLength: input.steps.length
        })
      )
      .map(([commitment, groups]) => ({
        ...input,
        steps: input.steps.map((s, i) => ({
          ...s,
          commitment: commitment[i] ?? false,
          ...(groups[i] === null || groups[i] === undefined ? {} : { jointReview: groups[i] })
        }))
      }))
  )

describe("flaggedTransforms", () => {
  it("asks for 告知承诺 exactly when a step is flagged, and for 联合审查 exactly when a step has a group", () => {
    fc.assert(
      fc.property(arbFlaggedFlow(), (input) => {
        const flow = getOrThrow(parseFlow(input))
        const kinds = flaggedTransforms(flow).map((t) => t.kind)
        expect(kinds.includes("commitment")).toBe(flow.steps.some((s) => s.commitment))
        expect(kinds.includes("joint_review")).toBe(flow.steps.some((s) => s.jointReview !== undefined))
        expect(kinds.indexOf("commitment")).toBeLessThanOrEqual(Math.max(0, kinds.indexOf("joint_review")))
      })
    )
  })

  it("a flow without flags asks for nothing, and whatIf then changes nothing", () => {
    fc.assert(
      fc.property(arbFlowInput({ maxSteps: 12 }), (input) => {
        const flow = getOrThrow(parseFlow(input))
        expect(flaggedTransforms(flow)).toEqual([])
        expect(getOrThrow(whatIf(flow, flaggedTransforms(flow))).daysSaved).toBe(0)
      })
    )
  })

  it("企业开办: the commitment on 发票申领 and the 社保公积金 group", () => {
    const flow = getOrThrow(
      parseFlow({
        id: "kaiban",
        name: "企业开办（串联）",
        steps: [
          { id: "yz", name: "营业执照", department: "市场监管", duration: 3 },
          { id: "fp", name: "发票申领", department: "税务", duration: 2, after: ["yz"], commitment: true },
          { id: "cb", name: "参保登记", department: "人社", duration: 1, after: ["fp"], jointReview: "社保公积金" },
          { id: "gj", name: "公积金登记", department: "公积金", duration: 1, after: ["cb"], jointReview: "社保公积金" }
        ]
      })
    )
    expect(flaggedTransforms(flow)).toEqual([{ kind: "commitment" }, { kind: "joint_review" }])
    expect(getOrThrow(whatIf(flow, flaggedTransforms(flow))).daysSaved).toBeGreaterThan(0)
  })
})
