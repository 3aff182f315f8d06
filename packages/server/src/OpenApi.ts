/**
 * The OpenAPI 3.1 document of the server, generated from the operations:
 * each body's JSON Schema is what zod's `toJSONSchema` makes of the
 * packages' own schemas, each operation carries its valid and invalid
 * example, and every error answers with the one issue shape. Nothing in it
 * is written by hand, so it cannot drift from what the server checks.
 *
 * Glossary: 接口文档 = API document, 示例 = example.
 *
 * @since 0.3.0
 */
import * as z from "zod"
import { FailureSchema } from "./internal/schemas.js"
import type { Operation } from "./Operation.js"

/**
 * A JSON value of the document.
 *
 * @since 0.3.0
 * @category models
 */
export type JsonObject = { readonly [key: string]: unknown }

const jsonSchemaOf = (schema: z.ZodType): JsonObject => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12"
  })
  return rest
}

const failureRef = { $ref: "#/components/schemas/Failure" }

const failure = (description: string, retry = false): JsonObject => ({
  description,
  ...(retry
    ? { headers: { "Retry-After": { description: "seconds to wait before retrying", schema: { type: "integer" } } } }
    : {}),
  content: { "application/json": { schema: failureRef } }
})

const TAGS: ReadonlyArray<{ readonly name: string; readonly description: string }> = [
  {
    name: "deadline",
    description: "到期日、办件计时、工作日历 / due dates, case clocks, calendar days (@tongban/deadline)"
  },
  {
    name: "catalog",
    description:
      "事项目录校验、检索、统计、版本对比、要素完整度 / catalogue validation, search, statistics, diff, completeness (@tongban/catalog)"
  },
  {
    name: "approval",
    description:
      "审批流程校验、BPMN 导入、排期、串并联对比、导出 / flow check, BPMN import, schedule, compare, export (@tongban/approval)"
  },
  {
    name: "simulation",
    description:
      "大厅仿真（有界）、排期风险，在工作线程中运行 / bounded hall simulation, schedule risk, in the worker pool (@tongban/simulation)"
  },
  {
    name: "scoring",
    description: "考核评分、好差评统计 / assessment scores, 好差评 review statistics (@tongban/scoring)"
  },
  { name: "service", description: "健康、就绪与接口文档 / health, readiness and this document" }
]

const operationObject = (op: Operation): JsonObject => ({
  operationId: op.id,
  tags: [op.tag],
  summary: op.summary.en,
  description: `${op.summary.zh}\n\n${op.summary.en}${op.heavy ? "\n\nRuns in the worker pool with a time budget (429 when the pool is full)." : ""}`,
  "x-tongban-heavy": op.heavy,
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: jsonSchemaOf(op.body),
        examples: {
          valid: { summary: "a body answered with 200", value: op.example },
          invalid: { summary: "a body answered with 422 and its issues", value: op.invalidExample }
        }
      }
    }
  },
  responses: {
    "200": {
      description: "the package's result",
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["ok", "value"],
            properties: { ok: { const: true }, value: { description: "what the package's function returns" } }
          }
        }
      }
    },
    "400": failure("the body is not readable JSON (malformed, too deep, a __proto__ key)"),
    "413": failure("the body is larger than the server accepts"),
    "415": failure("the body is not application/json"),
    "422": failure("the body is JSON but not valid for the operation: each issue located by its path"),
    ...(op.heavy ? { "429": failure("the worker pool is full", true) } : {}),
    "503": failure("the server is shutting down", true)
  }
})

const serviceGet = (id: string, summary: string, schema: JsonObject): JsonObject => ({
  get: {
    operationId: id,
    tags: ["service"],
    summary,
    responses: { "200": { description: summary, content: { "application/json": { schema } } } }
  }
})

/**
 * The OpenAPI 3.1 document of the given operations (by default the
 * server's), with the service endpoints and the shared error shape.
 *
 * @param operations - the operations to describe
 * @param info - the version written in `info.version`
 * @returns the document as plain JSON
 *
 * @example
 * ```ts
 * import { openApiDocument, operations } from "@tongban/server"
 *
 * const doc = openApiDocument(operations, { version: "0.3.0" })
 * doc.openapi // "3.1.0"
 * Object.keys(doc.paths).includes("/deadline/due") // true
 * ```
 *
 * @since 0.3.0
 * @category export
 */
export const openApiDocument = (
  operations: ReadonlyArray<Operation>,
  info: { readonly version: string }
): { readonly openapi: "3.1.0"; readonly paths: JsonObject } & JsonObject => {
  const paths: Record<string, JsonObject> = {}
  for (const op of operations) paths[op.path] = { post: operationObject(op) }
  paths["/healthz"] = serviceGet("health", "the process is alive", {
    type: "object",
    properties: { ok: { const: true } }
  })
  paths["/readyz"] = serviceGet("ready", "the server takes requests (503 while shutting down)", {
    type: "object",
    properties: { ok: { type: "boolean" }, pool: { type: "object" } }
  })
  paths["/openapi.json"] = serviceGet("openapi", "this document", { type: "object" })
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "tongban 通办 API",
      version: info.version,
      description:
        "政务服务领域逻辑的 HTTP JSON 接口：每个接口调用 tongban 各包的公开函数，请求体由各包自己的 zod 模式校验。错误一律返回 { ok: false, issues }，每个问题有 code、path、facts、中英文 message 与 severity。\n\nThe tongban packages as an HTTP JSON API: each operation calls a package's public function and its body is checked by the package's own zod schemas. Every error answers { ok: false, issues }, each issue with its code, path, facts, message in Chinese and English, and severity.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" }
    },
    tags: TAGS,
    paths,
    components: { schemas: { Failure: jsonSchemaOf(FailureSchema) } }
  }
}
