/**
 * One operation of the API: its route, its summary in Chinese and English,
 * the zod schema of its body (composed from the packages' own schemas), a
 * valid and an invalid example, and the call into the package that does the
 * work. The OpenAPI document, the router, the worker pool and the tests all
 * read the same list of operations, so none of them can drift from another.
 *
 * Glossary: 接口 = operation, 请求体 = request body, 示例 = example.
 *
 * @since 0.3.0
 */
import type { Catalogue } from "@tongban/catalog"
import { type Message, type Result, validate } from "@tongban/core"
import type * as z from "zod"

/**
 * The groups of operations, one per package.
 *
 * @since 0.3.0
 * @category models
 */
export type OperationTag = "deadline" | "catalog" | "approval" | "simulation" | "scoring"

/**
 * What the server holds for every request: a catalogue loaded at start-up
 * (`tongban serve --catalogue FILE`), searched when a request brings none.
 *
 * @since 0.3.0
 * @category models
 */
export interface OperationContext {
  /** The catalogue loaded at start-up, if any (validated by `validateCatalogue`). */
  readonly catalogue?: Catalogue
}

/**
 * An operation, with its body's type erased: `handle` validates the body
 * against `body` and then calls the package.
 *
 * @since 0.3.0
 * @category models
 */
export interface Operation {
  /** The OpenAPI `operationId`. */
  readonly id: string
  /** The route, under the server's root, always called with POST. */
  readonly path: string
  readonly tag: OperationTag
  readonly summary: Message
  /** Runs in the worker pool with a time budget (simulations, RCPSP, risk). */
  readonly heavy: boolean
  /** The body's schema, from which the OpenAPI document is generated. */
  readonly body: z.ZodType
  /** A body that the operation answers with 200. */
  readonly example: unknown
  /** A body that the operation answers with 422 and located issues. */
  readonly invalidExample: unknown
  /** Validates the body and calls the package: the value, or the issues. */
  readonly handle: (input: unknown, context: OperationContext) => Result<unknown>
}

/**
 * Defines an operation: the body is validated against `body` (every issue
 * located under the body's path) before `run` receives it typed. An
 * optional `check` reads the common shape of a small body by hand, without
 * zod (a hot route's fast path): it gives the body as zod would give it, or
 * `undefined` whenever it cannot vouch for the body, which zod then reads,
 * so every refusal and its issues are zod's. A property test holds each
 * `check` to its schema.
 *
 * @example
 * ```ts
 * import { defineOperation } from "@tongban/server"
 * import * as z from "zod"
 *
 * const twice = defineOperation({
 *   id: "twice", path: "/twice", tag: "deadline", summary: { zh: "加倍", en: "double" }, heavy: false,
 *   body: z.strictObject({ n: z.number() }), example: { n: 2 }, invalidExample: { n: "2" },
 *   run: ({ n }) => ({ ok: true, value: n * 2 })
 * })
 * twice.handle({ n: 2 }, {}) // { ok: true, value: 4 }
 * twice.handle({ n: "2" }, {}).ok // false
 *
 * const quick = defineOperation({
 *   id: "quick", path: "/quick", tag: "deadline", summary: { zh: "加倍", en: "double" }, heavy: false,
 *   body: z.strictObject({ n: z.number() }), example: { n: 2 }, invalidExample: { n: "2" },
 *   check: (input) => (typeof input === "object" && input !== null && Object.keys(input).length === 1 && "n" in input && typeof input.n === "number" ? { n: input.n } : undefined),
 *   run: ({ n }) => ({ ok: true, value: n * 2 })
 * })
 * quick.handle({ n: 3 }, {}) // { ok: true, value: 6 }
 * quick.handle({ n: "3" }, {}).ok // false
 * ```
 *
 * @since 0.3.0
 * @category constructors
 */
export const defineOperation = <S extends z.ZodType>(spec: {
  readonly id: string
  readonly path: string
  readonly tag: OperationTag
  readonly summary: Message
  readonly heavy: boolean
  readonly body: S
  readonly example: z.input<S>
  readonly invalidExample: unknown
  readonly check?: (input: unknown) => z.output<S> | undefined
  readonly run: (body: z.output<S>, context: OperationContext) => Result<unknown>
}): Operation => ({
  id: spec.id,
  path: spec.path,
  tag: spec.tag,
  summary: spec.summary,
  heavy: spec.heavy,
  body: spec.body,
  example: spec.example,
  invalidExample: spec.invalidExample,
  handle: (input, context) => {
    const quick = spec.check?.(input)
    if (quick !== undefined) return spec.run(quick, context)
    const checked = validate(spec.body, input)
    return checked.ok ? spec.run(checked.value, context) : checked
  }
})
