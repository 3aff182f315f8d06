/**
 * @tongban/report: one self-contained HTML report and standalone SVG
 * figures of every tongban package's results — calendars and case clocks,
 * dated Gantt charts and flows, simulation distributions and sweeps, the
 * four reductions, rankings — rendered on the server by Apache ECharts (no
 * DOM, no browser). It draws what the packages computed.
 *
 * @since 0.1.0
 */
export * from "./Approval.js"
export * from "./Catalog.js"
export * from "./Deadline.js"
export * from "./Figure.js"
export * from "./Html.js"
export * from "./Inputs.js"
export * from "./IssueCodes.js"
export * from "./Results.js"
export * from "./Scoring.js"
export * from "./Sections.js"
export * from "./Simulation.js"
