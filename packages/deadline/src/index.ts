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
  type CaseClock,
  type CaseClockOptions,
  type CaseEvent,
  CaseEventSchema,
  caseClock,
  DEFAULT_WARNINGS,
  type ExcludedPeriod,
  SUSPENSION_REASONS,
  type SuspensionReason,
  type Threshold,
  type TraceStep,
  type WarningLevel,
  type WarningThresholds
} from "./CaseClock.js"
export {
  CalendarLayerSchema,
  calendarJsonSchema,
  calendarLayerJsonSchema,
  parseCalendar,
  parseCalendarLayer,
  WorkCalendarSchema
} from "./CalendarSchema.js"
export { chinaCalendar, chinaCalendarOf, chinaYears } from "./data/china/index.js"
export * from "./IssueCodes.js"
export { guangxiSanyuesan } from "./data/local/guangxi.js"
export { qiandongnanFoundingDay } from "./data/local/qiandongnan.js"
export {
  type CalendarChange,
  casesMovedBy,
  diffCalendars,
  type HolidayNotice,
  type MovedCase,
  parseNotice,
  type TrackedCase
} from "./Notice.js"
export { type DueDateOptions, type DueDateTrace, dueDate, explainDueDate, type StartRule } from "./Period.js"
export {
  badReviewRectification,
  type Citation,
  type ExtendableRulePreset,
  LICENSING_EXCLUDED_PROCEDURES,
  LICENSING_WORKING_DAYS,
  licenceIssue,
  licensingDecision,
  licensingJointDecision,
  licensingLowerReview,
  licensingSupplementNotice,
  penaltyDecision,
  penaltyLawDays,
  petitionAcceptance,
  petitionHandling,
  RULE_PRESETS,
  type RulePreset
} from "./Presets.js"
export {
  type HolidayKey,
  type HolidayPractice,
  STATUTE_VERSIONS,
  type StatuteVersion,
  type StatutoryDayRule,
  type StatutoryHoliday,
  statuteInForce
} from "./Statute.js"
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
