// A client generated from the OpenAPI document at run time, as a Java or
// .NET team would generate one: an operation per `operationId`, its method
// and path read from the document, its examples read from the document, and
// the request and response schemas turned back into zod schemas from the
// document's JSON Schema (zod's fromJSONSchema), so a test can check each
// answer against what the document promises. No call below names a path by
// hand.
import * as z from "zod"

export interface GeneratedOperation {
  readonly id: string
  readonly method: string
  readonly path: string
  readonly heavy: boolean
  readonly examples: ReadonlyMap<string, unknown>
  readonly statuses: ReadonlyArray<string>
  /** The request body's schema as the document states it, if the operation takes a body. */
  readonly requestSchema: z.ZodType | undefined
  /** The JSON body's schema the document states for a status, if it states one. */
  readonly responseSchema: (status: number) => z.ZodType | undefined
  readonly call: (body?: unknown) => Promise<Response>
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {}

// Follows a local reference such as "#/components/schemas/Failure".
const pointer = (document: unknown, ref: string): unknown =>
  ref
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => record(node)[key], document)

// Inlines the document's references to its components (the schemas made by
// zod carry their own $defs, which stay as they are).
const inline = (document: unknown, node: unknown, depth = 0): unknown => {
  if (depth > 32) return node
  if (Array.isArray(node)) return node.map((n) => inline(document, n, depth + 1))
  if (typeof node !== "object" || node === null) return node
  const ref = record(node).$ref
  if (typeof ref === "string" && ref.startsWith("#/components/"))
    return inline(document, pointer(document, ref), depth + 1)
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(document, v, depth + 1)]))
}

const schemaOf = (document: unknown, node: unknown): z.ZodType | undefined => {
  const schema = inline(document, node)
  return typeof schema === "object" && schema !== null ? z.fromJSONSchema(record(schema)) : undefined
}

export const generateClient = (
  document: unknown,
  request: (path: string, init: RequestInit) => Promise<Response>
): ReadonlyArray<GeneratedOperation> => {
  const out: Array<GeneratedOperation> = []
  for (const [path, item] of Object.entries(record(record(document).paths))) {
    for (const [method, spec] of Object.entries(record(item))) {
      const op = record(spec)
      const content = record(record(record(op.requestBody).content)["application/json"])
      const examples = new Map(Object.entries(record(content.examples)).map(([name, ex]) => [name, record(ex).value]))
      const responses = record(op.responses)
      const responseSchemas = new Map(
        Object.entries(responses).map(([status, response]) => [
          status,
          schemaOf(document, record(record(record(response).content)["application/json"]).schema)
        ])
      )
      out.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        heavy: op["x-tongban-heavy"] === true,
        examples,
        statuses: Object.keys(responses),
        requestSchema: content.schema === undefined ? undefined : schemaOf(document, content.schema),
        responseSchema: (status) => responseSchemas.get(String(status)),
        call: (body) =>
          request(path, {
            method: method.toUpperCase(),
            ...(body === undefined
              ? {}
              : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
          })
      })
    }
  }
  return out
}

/** Sends a raw text body to an operation (for bodies JSON.stringify cannot make: malformed, too deep). */
export const sendRaw = (
  op: GeneratedOperation,
  request: (path: string, init: RequestInit) => Promise<Response>,
  text: string,
  contentType = "application/json"
): Promise<Response> => request(op.path, { method: op.method, headers: { "content-type": contentType }, body: text })
