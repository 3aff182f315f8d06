// Every operation of the server, in the order of the document: one module
// per package.
import type { Operation } from "../Operation.js"
import { deadlineOperations } from "./deadline.js"

/**
 * Every operation the server offers, in the order of the document.
 *
 * @example
 * ```ts
 * import { operations } from "@tongban/server"
 *
 * operations.find((op) => op.id === "dueDate")?.path // "/deadline/due"
 * ```
 *
 * @since 0.3.0
 * @category constants
 */
export const operations: ReadonlyArray<Operation> = [...deadlineOperations]
