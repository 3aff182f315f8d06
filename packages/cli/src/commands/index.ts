/**
 * The command modules, one per package, in the order their commands are
 * listed in `tongban --help`.
 *
 * @since 0.1.0
 */
import type { Registrar } from "../program.js"
import { registerApproval } from "./approval.js"
import { registerCatalog } from "./catalog.js"
import { registerCore } from "./core.js"
import { registerDeadline } from "./deadline.js"
import { registerScoring } from "./scoring.js"
import { registerSimulation } from "./simulation.js"

/**
 * Every package's command module.
 *
 * @since 0.1.0
 * @category commands
 */
export const commandModules: ReadonlyArray<(registrar: Registrar) => void> = [
  registerCore,
  registerDeadline,
  registerCatalog,
  registerApproval,
  registerSimulation,
  registerScoring
]
