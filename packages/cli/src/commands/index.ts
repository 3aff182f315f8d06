/**
 * The commands of every package, in the order they are listed in
 * `tongban --help`.
 *
 * @since 0.1.0
 */
import type { CommandDefinition } from "../command.js"
import { flowCommand } from "./approval.js"
import { catalogCommand } from "./catalog.js"
import { dateCommand } from "./core.js"
import { calendarCommand, dueCommand } from "./deadline.js"
import { reportCommand } from "./report.js"
import { reviewsCommand, scoreCommand } from "./scoring.js"
import { serveCommand } from "./server.js"
import { simulateCommand } from "./simulation.js"

/**
 * Every command of the `tongban` program.
 *
 * @since 0.2.0
 * @category commands
 */
export const commands: ReadonlyArray<CommandDefinition> = [
  dateCommand,
  calendarCommand,
  dueCommand,
  catalogCommand,
  flowCommand,
  simulateCommand,
  scoreCommand,
  reviewsCommand,
  reportCommand,
  serveCommand
]
