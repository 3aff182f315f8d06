/**
 * The T County demo: a tour of tongban on the county service centre of the
 * paper in ../../shared/seed (39 departments, 1,546 matters, 134 windows).
 * Each section shows one package; run it with `pnpm demo`. It ends by
 * drawing every section's results into one HTML report, out/t-county.html.
 */
import { run as core } from "./01-core.js"
import { run as deadline } from "./02-deadline.js"
import { run as catalog } from "./03-catalog.js"
import { run as approval } from "./04-approval.js"
import { run as simulation } from "./05-simulation.js"
import { run as scoring } from "./06-scoring.js"
import { run as report } from "./07-report.js"
import { run as cli } from "./08-cli.js"

console.log("通办 tongban · T County demo (黔东南州 T 县政务服务中心)")
core()
const results = {
  deadline: deadline(),
  catalog: catalog(),
  approval: approval(),
  simulation: simulation(),
  scoring: scoring()
}
const file = report(results)
await cli()
console.log(`\n演示完成 / demo complete · 报告 report: ${file}`)
