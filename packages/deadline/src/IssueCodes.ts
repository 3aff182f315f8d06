/**
 * The issue codes of `@tongban/deadline`: calendars and their coverage,
 * working-day arithmetic, periods, time limits, case clocks, national years,
 * notices and the provisional calendar.
 *
 * Glossary: 错误码 = issue code, 覆盖范围 = coverage, 通知 = notice, 预测 =
 * projection.
 *
 * @since 0.2.0
 */
import { defineCodes } from "@tongban/core"
import { caseClockCodes } from "./CaseClock.js"
import { chinaCodes } from "./data/china/index.js"
import { indexCodes } from "./internal/calendarIndex.js"
import { fileCodes } from "./internal/fileCodes.js"
import { provisionalCodes } from "./internal/provisionalCodes.js"
import { noticeCodes } from "./Notice.js"
import { periodCodes } from "./Period.js"
import { timeLimitCodes } from "./TimeLimit.js"
import { workingDaysCodes } from "./WorkingDays.js"

/**
 * Every issue code `@tongban/deadline` reports, with its templates, facts
 * and severity. `calendar_out_of_coverage` carries the coverage and the
 * year past it; past a national calendar it says that the notice for that
 * year is not published yet and how to go on (variant `notice`), and a
 * case clock's issue keeps the days used so far (`elapsed`, `asOf`). The
 * groups live beside the code that reports them, so that an app's bundle
 * keeps only the templates it can reach.
 *
 * @example
 * ```ts
 * import { deadlineCodes } from "@tongban/deadline"
 *
 * deadlineCodes.codes.calendar_out_of_coverage.facts.elapsed // "number?"
 * deadlineCodes.issue("case_not_started").message.en // "the events have neither a receipt nor an acceptance"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const deadlineCodes = /* @__PURE__ */ defineCodes(
  "@tongban/deadline",
  indexCodes,
  workingDaysCodes,
  periodCodes,
  timeLimitCodes,
  caseClockCodes,
  chinaCodes,
  noticeCodes,
  fileCodes,
  provisionalCodes
)
