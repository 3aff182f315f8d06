/**
 * Example: due dates for a county platform, in the order a developer meets
 * them. Run with `npx tsx examples/deadline/01-due-dates.ts` after building.
 *
 * 1. One year of data only (what a browser front end would ship).
 * 2. The full national calendar plus a county's own layer read from JSON.
 * 3. A case clock with a suspension, read on a given day.
 * 4. A date the calendar does not cover: an issue, never a guess.
 */
import { formatIssues, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  addWorkingDays,
  caseClock,
  chinaCalendar,
  chinaCalendarOf,
  dueDate,
  explainDueDate,
  parseCalendarLayer,
  parseTimeLimit,
  withLayers
} from "@tongban/deadline"
import { china2026 } from "@tongban/deadline/china/2026"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

// 1. One year: 5 working days from Friday 2026-02-13, across the Spring Festival.
const y2026 = getOrThrow(chinaCalendarOf([china2026]))
console.log("1.", getOrThrow(addWorkingDays(d("2026-02-13"), 5, { calendar: y2026 }))) // 2026-02-27

// 2. A county layer from JSON: the centre is closed for a move on 2024-03-12.
const layerJson = JSON.stringify({
  id: "t-county-centre",
  name: { zh: "T县政务服务中心", en: "T County service centre" },
  level: "centre",
  sources: [{ id: "T县政务〔2024〕3号", title: "关于大厅搬迁暂停服务的通知" }],
  daysOff: [
    { from: "2024-03-12", to: "2024-03-12", name: { zh: "大厅搬迁", en: "hall move" }, source: "T县政务〔2024〕3号" }
  ],
  workdays: []
})
const calendar = withLayers(chinaCalendar, [getOrThrow(parseCalendarLayer(layerJson))])
const limit = getOrThrow(parseTimeLimit("3个工作日"))
const trace = getOrThrow(explainDueDate(d("2024-03-08"), limit, { calendar }))
console.log("2.", trace.due, trace.skipped.map((s) => `${s.date} ${s.reason.zh}`).join("; "))

// 3. A case clock: accepted 2024-09-27, testing 10-09…10-15, read on 10-30.
const clock = getOrThrow(
  caseClock(
    [
      { type: "accepted", date: d("2024-09-27") },
      { type: "suspended", date: d("2024-10-09"), reason: "testing" },
      { type: "resumed", date: d("2024-10-15") }
    ],
    { calendar, limit: { amount: 20, unit: "working_day" }, asOf: d("2024-10-30") }
  )
)
console.log("3.", clock.due, clock.remaining, clock.level)

// 4. 2027 has no State Council notice yet: refused, with the reason.
const refused = dueDate(d("2026-12-20"), { amount: 20, unit: "working_day" }, { calendar })
if (!refused.ok) console.log("4.", formatIssues(refused.issues, "both"))
