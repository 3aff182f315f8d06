// A client generated from the OpenAPI document at run time, as a Java or
// .NET team would generate one: an operation per `operationId`, its method
// and path read from the document, its examples read from the document.
// No call below names a path by hand.

export interface GeneratedOperation {
  readonly id: string
  readonly method: string
  readonly path: string
  readonly heavy: boolean
  readonly examples: ReadonlyMap<string, unknown>
  readonly statuses: ReadonlyArray<string>
  readonly call: (body?: unknown) => Promise<Response>
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {}

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
      out.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        heavy: op["x-tongban-heavy"] === true,
        examples,
        statuses: Object.keys(record(op.responses)),
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
