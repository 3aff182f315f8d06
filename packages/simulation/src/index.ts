/**
 * `@tongban/simulation`: seeded discrete-event simulation of a service hall
 * and its back offices, textbook queueing models checked against theory, and
 * sweeps whose shards merge associatively.
 *
 * @packageDocumentation
 */
export * from "./Distribution.js"
export * from "./Queueing.js"
export * from "./Random.js"
export * from "./Summary.js"
export * from "./Hall.js"
export * from "./Results.js"
export * from "./Model.js"
export * from "./ScenarioFile.js"
export * from "./Csv.js"
export * from "./Sweep.js"
export * from "./Replications.js"
export * from "./Xes.js"
export * from "./ScheduleRisk.js"
export * from "./SweepFile.js"
export * from "./Calibration.js"
export * from "./IssueCodes.js"
