/**
 * `@tongban/deadline`: China's working-day calendar (national data 2004–2026,
 * local layers), statutory time limits and their arithmetic, case clocks and
 * rule presets with citations. Exact, cited, and refusing to guess: a date
 * outside a calendar's coverage is the issue `calendar_out_of_coverage`.
 *
 * @packageDocumentation
 */
export {
  type AnnualDayOff,
  type CalendarLayer,
  type CalendarSource,
  type CancelledWorkday,
  type DateRange,
  type DateText,
  type DayOff,
  type LayerLevel,
  type MakeUpWorkday,
  type Weekday,
  type WorkCalendar,
  withLayers
} from "./Calendar.js"
export {
  CalendarLayerSchema,
  calendarJsonSchema,
  calendarLayerJsonSchema,
  parseCalendar,
  parseCalendarLayer,
  WorkCalendarSchema
} from "./CalendarSchema.js"
export { chinaCalendar, chinaCalendarOf, chinaYears } from "./data/china/index.js"
export { guangxiSanyuesan } from "./data/local/guangxi.js"
export { qiandongnanFoundingDay } from "./data/local/qiandongnan.js"
export { type DueDateOptions, type DueDateTrace, dueDate, explainDueDate, type StartRule } from "./Period.js"
export {
  approximateWorkingDays,
  compressionRate,
  formatTimeLimit,
  isTimeLimit,
  MAX_TIME_LIMIT_AMOUNT,
  makeTimeLimit,
  parseTimeLimit,
  shortTimeLimit,
  TIME_UNITS,
  type TimeLimit,
  TimeLimitSchema,
  type TimeUnit,
  timeLimitJsonSchema,
  WORKING_DAYS_PER_UNIT
} from "./TimeLimit.js"
export {
  addWorkingDays,
  type CalendarOptions,
  checkCalendar,
  type DayInfo,
  type DayKind,
  describeDay,
  isWorkingDay,
  listDays,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween
} from "./WorkingDays.js"
