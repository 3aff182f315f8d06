/**
 * The what-if transforms a flow asks for by its own flags: 告知承诺 when a
 * step is marked `commitment`, 联合审查 when steps carry a `jointReview`
 * group.
 *
 * Glossary: 告知承诺 = commitment-based approval; 联合审查 = joint review.
 *
 * @since 0.2.0
 */
import type { Flow } from "./Flow.js"
import type { Transform } from "./WhatIf.js"

/**
 * The transforms the flow's flags ask for, in the order `tongban flow
 * compare` applies them: `commitment` when some step may be replaced by a
 * pledge, then `joint_review` when some steps carry a joint-review group.
 * Pass the result to {@link whatIf}.
 *
 * @example
 * ```ts
 * import { flaggedTransforms, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "kaiban",
 *   name: "企业开办",
 *   steps: [
 *     { id: "yz", name: "营业执照", department: "市场监管", duration: 3 },
 *     { id: "fp", name: "发票申领", department: "税务", duration: 2, after: ["yz"], commitment: true },
 *     { id: "cb", name: "参保登记", department: "人社", duration: 1, after: ["fp"], jointReview: "社保公积金" },
 *     { id: "gj", name: "公积金登记", department: "公积金", duration: 1, after: ["cb"], jointReview: "社保公积金" }
 *   ]
 * }))
 * flaggedTransforms(flow) // [{ kind: "commitment" }, { kind: "joint_review" }]
 * ```
 *
 * @since 0.2.0
 * @category analytics
 */
export const flaggedTransforms = (flow: Flow): ReadonlyArray<Transform> => {
  const out: Array<Transform> = []
  if (flow.steps.some((s) => s.commitment)) out.push({ kind: "commitment" })
  if (flow.steps.some((s) => s.jointReview !== undefined)) out.push({ kind: "joint_review" })
  return out
}
