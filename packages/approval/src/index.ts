/**
 * `@tongban/approval`: approval-flow model, critical path on the
 * working-day calendar, serial-vs-parallel comparison, BPMN import and
 * Mermaid/GraphViz export.
 *
 * @packageDocumentation
 */
export * from "./Flow.js"
export * from "./CriticalPath.js"
export * from "./Compare.js"
export * from "./WhatIf.js"
export * from "./FlaggedWhatIf.js"
export { parsePsplib, parsePsplibOptima, type PsplibInstance, type PsplibLimits, type PsplibOptimum } from "./Psplib.js"
export type { RcpspActivity, RcpspLimits, RcpspProject } from "./rcpsp/Project.js"
export {
  type PriorityRule,
  type RcpspMethod,
  type RcpspSchedule,
  scheduleRcpsp,
  type ScheduleRcpspOptions
} from "./rcpsp/Solve.js"
export {
  type ReviewSchedule,
  type ReviewTask,
  scheduleReviewTasks,
  type ScheduledReview,
  type ScheduleReviewOptions
} from "./rcpsp/Reviewers.js"
export * from "./Export.js"
export * from "./Bpmn.js"
export * from "./PsplibDeviation.js"
export * from "./BpmnOut.js"
export { approvalCodes } from "./IssueCodes.js"
