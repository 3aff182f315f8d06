// Every operation of the server, in the order of the document: one module
// per package.
import type { Operation } from "../Operation.js"
import { approvalOperations } from "./approval.js"
import { catalogOperations } from "./catalog.js"
import { deadlineOperations } from "./deadline.js"
import { scoringOperations } from "./scoring.js"
import { simulationOperations } from "./simulation.js"

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
export const operations: ReadonlyArray<Operation> = [
  ...deadlineOperations,
  ...catalogOperations,
  ...approvalOperations,
  ...simulationOperations,
  ...scoringOperations
]
