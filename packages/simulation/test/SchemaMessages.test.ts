// The refinements of the model's zod schemas (clock times, distribution
// bounds and weights) tell their problem with the simulation code table's
// templates, not with text of their own (issue 10 point 5).
import { parseModel, simulationCodes } from "@tongban/simulation"
import { describe, expect, it } from "vitest"

const model = (windowMinutes: unknown, openingHours?: unknown) => ({
  departments: [{ id: "market", reviewers: 2 }],
  windows: [{ id: "general", count: 2 }],
  ...(openingHours === undefined ? {} : { openingHours }),
  services: [{ id: "licence", department: "market", arrivals: { perDay: 10 }, windowMinutes }]
})

const issueOf = (input: unknown) => {
  const r = parseModel(input)
  return r.ok ? undefined : r.issues[0]
}

describe("schema refinements speak from the code table", () => {
  it.each([
    ["uniform min > max", model({ type: "uniform", min: 9, max: 3 }), "distribution_bounds", undefined],
    [
      "triangular mode outside",
      model({ type: "triangular", min: 1, mode: 9, max: 3 }),
      "distribution_bounds",
      "triangular"
    ],
    [
      "empirical weights short",
      model({ type: "empirical", values: [1, 2], weights: [1] }),
      "distribution_weights",
      undefined
    ],
    [
      "empirical weights all 0",
      model({ type: "empirical", values: [1], weights: [0] }),
      "distribution_weights",
      undefined
    ],
    ["clock 9:00", model({ type: "fixed", value: 5 }, [{ from: "9:00", to: "12:00" }]), "clock_malformed", undefined]
  ] as const)("%s", (_, input, code, variant) => {
    const issue = issueOf(input)
    expect(issue?.code).toBe(code)
    const spec = simulationCodes.codes[code]
    const expected = variant === undefined ? spec.message : "variants" in spec ? spec.variants[variant] : spec.message
    expect(issue?.message).toEqual(expected)
  })
})
