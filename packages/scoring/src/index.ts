/**
 * `@tongban/scoring`: staff and window assessment that a county configures
 * as data. Rubrics, events from JSON or CSV, exact scores with itemised
 * reasons, rankings with a stated tie rule, awards within quotas, and
 * 好差评 statistics.
 *
 * @packageDocumentation
 */
export * from "./Assessment.js"
export * from "./Events.js"
export * from "./EventSchema.js"
export * from "./Inputs.js"
export { scoringCodes } from "./IssueCodes.js"
export * from "./Period.js"
export * from "./Points.js"
export * from "./Ranking.js"
export * from "./ReadEvents.js"
export * from "./Rollup.js"
export * from "./Reviews.js"
export * from "./Rubric.js"
export * from "./Score.js"
export * from "./Totals.js"
export * from "./rubrics/jointLiability.js"
export * from "./rubrics/quarterlyDeduction.js"
export * from "./rubrics/windowMaximum110.js"
export * from "./rubrics/minimal.js"
export * from "./rubrics/windowStaffMonthly.js"
export * from "./rubrics/windowComposite.js"
export * from "./rubrics/redFlagWindow.js"
export * from "./rubrics/serviceStar.js"
export * from "./rubrics/unitGrading.js"
export * from "./rubrics/townshipStar.js"
