/**
 * What the sweep runner hands a worker thread: the scenarios (already
 * validated models) and the calendar. Data crosses the thread boundary by
 * structured clone, so the worker re-reads it without casts.
 */
import type { WorkCalendar } from "@tongban/deadline"
import type { Model } from "../Model.js"
import type { Scenario } from "../Sweep.js"

export interface WorkerData {
  readonly scenarios: ReadonlyArray<Scenario>
  readonly calendar: WorkCalendar | undefined
}

const isScenario = (v: unknown): v is Scenario =>
  typeof v === "object" && v !== null && typeof Reflect.get(v, "name") === "string" && isModel(Reflect.get(v, "model"))

// The runner only ever sends models that parseModel accepted; this guard
// checks the fields the engine reads first, to fail clearly on misuse.
const isModel = (v: unknown): v is Model =>
  typeof v === "object" &&
  v !== null &&
  typeof Reflect.get(v, "dayMinutes") === "number" &&
  Array.isArray(Reflect.get(v, "services")) &&
  Array.isArray(Reflect.get(v, "windows")) &&
  Array.isArray(Reflect.get(v, "departments"))

const isCalendar = (v: unknown): v is WorkCalendar =>
  typeof v === "object" &&
  v !== null &&
  typeof Reflect.get(v, "id") === "string" &&
  typeof Reflect.get(v, "coverage") === "object"

export const readWorkerData = (v: unknown): WorkerData | undefined => {
  if (typeof v !== "object" || v === null) return undefined
  const scenarios: unknown = Reflect.get(v, "scenarios")
  const calendar: unknown = Reflect.get(v, "calendar")
  if (!Array.isArray(scenarios) || !scenarios.every(isScenario)) return undefined
  if (calendar !== undefined && !isCalendar(calendar)) return undefined
  return { scenarios, calendar }
}
