/**
 * Example: due dates for a county platform, in the order a developer meets
 * them. Run with `npx tsx examples/deadline/01-due-dates.ts` after building.
 *
 * 1. One year of data only (what a browser front end would ship).
 * 2. The full national calendar plus a county's own layer read from JSON.
 * 3. A case clock with a suspension, read on a given day.
 * 4. A date the calendar does not cover: an issue, never a guess.
 * 5. The same case on the provisional calendar: an estimate, flagged.
 * 6. The 2027 notice lands: read it, see what changed and which cases move.
 */
import { formatIssues, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  addWorkingDays,
  caseClock,
  chinaCalendar,
  chinaCalendarOf,
  dueDate,
  explainDueDate,
  casesMovedBy,
  chinaYears,
  diffCalendars,
  parseCalendarLayer,
  parseNotice,
  parseTimeLimit,
  withLayers
} from "@tongban/deadline"
import { china2026 } from "@tongban/deadline/china/2026"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"

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

// 5. The provisional calendar projects 2027 from the statute: the due date is an estimate, and says so.
const provisional = getOrThrow(provisionalChinaCalendar({ through: 2031 }))
const estimate = getOrThrow(
  explainDueDate(d("2026-12-20"), { amount: 20, unit: "working_day" }, { calendar: provisional })
)
console.log(
  "5.",
  estimate.due,
  estimate.provisional,
  estimate.skipped.filter((x) => x.provisional).length,
  "projected days skipped"
)

// 6. The 2027 notice lands. Invented here (the real one is not out): as projected, but the make-up
// day of 春节 on Saturday 02-20 instead of Sunday 02-14.
const projected2027 = provisional.layers.find((l) => l.id === "cn-2027-provisional")
const notice = getOrThrow(
  parseNotice({
    notice: "国办发明电〔2026〕9号",
    title: "国务院办公厅关于2027年部分节假日安排的通知",
    signed: "2026-11-20",
    year: 2027,
    daysOff: (projected2027?.daysOff ?? []).map((x) => ({ from: x.from, to: x.to, name: x.name })),
    workdays: (projected2027?.workdays ?? []).map((x) => ({
      date: x.date === "2027-02-14" ? "2027-02-20" : x.date,
      name: x.name
    }))
  })
)
const announced = getOrThrow(provisionalChinaCalendar({ years: [...chinaYears, notice], through: 2031 }))
const changed = getOrThrow(diffCalendars(provisional, announced))
console.log(
  "6.",
  changed.map((c) => `${c.date} ${c.before.working ? "work" : "off"} → ${c.after.working ? "work" : "off"}`)
)
const cases = [
  { id: "X-1", events: [{ type: "accepted" as const, date: d("2026-12-20") }], limit: "20wd" },
  { id: "X-2", events: [{ type: "accepted" as const, date: d("2027-02-01") }], limit: "5wd" }
]
console.log("  ", getOrThrow(casesMovedBy(cases, provisional, announced, { asOf: d("2027-02-02") })))
