/**
 * The result types of a hall run: options, one record per case, the event
 * log, busy time of resource pools, the sampled series, the mergeable run
 * summary and the whole result. Plain, JSON-safe data, so other packages
 * (reports, servers) read them without the engine.
 *
 * Glossary: 办件记录 = case record, 事件日志 = event log, 利用率 =
 * utilisation, 排队长度 = queue length.
 *
 * @since 0.1.0
 */
import type { LocalDate } from "@tongban/core"
import type { WorkCalendar } from "@tongban/deadline"
import type { Summary } from "./Summary.js"

/**
 * Options of {@link simulate}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulateOptions {
  /** The seed of the run: the same model and seed give the same result. */
  readonly seed: number
  /** A working calendar (e.g. `chinaCalendar`), to turn day indices into dates from the model's `start`. */
  readonly calendar?: WorkCalendar
  /** Keep one record per case (default true; sweeps turn it off). */
  readonly keepCases?: boolean
  /** Keep the event log for process mining (default false). */
  readonly eventLog?: boolean
}

/**
 * One case's story.
 *
 * @since 0.1.0
 * @category models
 */
export interface CaseRecord {
  readonly id: number
  readonly service: string
  readonly channel: "onsite" | "online"
  /** The priority class id, or `"normal"`. */
  readonly priority: string
  /** Working minutes from the first opening. */
  readonly arrival: number
  readonly completed: number | null
  /** Minutes waited for a window over all visits. */
  readonly waitMinutes: number
  /** Submissions (the first and each 补正). */
  readonly visits: number
  /** Trips to the hall or a department. */
  readonly trips: number
  /** Working days from arrival to conclusion. */
  readonly cycleDays: number | null
  readonly reneged: boolean
  readonly arrivalDate: LocalDate | null
  readonly completedDate: LocalDate | null
  readonly statutoryDue: LocalDate | null
  readonly promisedDue: LocalDate | null
  /** Concluded by the statutory limit (null: no limit, or not concluded). */
  readonly onTimeStatutory: boolean | null
  readonly onTimePromised: boolean | null
}

/**
 * One line of the event log: an activity of a case on a resource, with the
 * times it was enabled (ready), started and completed, in working minutes.
 * The activities: `arrival` (resource `hall` or `online`), `call` (the
 * ticket is called; enabled when it was taken), `window` (service at the
 * window), then the window's outcome `return_materials` (sent back, 补正),
 * `decide` (decided at the window, 即办) or `forward` (to the back office);
 * `resubmit` (the applicant comes back; enabled when sent back); each
 * back-office step under its name; `renege` (left the queue, 弃号; enabled
 * when the ticket was taken). Resources are individual: window `general#3`,
 * reviewer `market#2`.
 *
 * @since 0.1.0
 * @category models
 */
export interface EventLogEntry {
  readonly case: number
  readonly activity: string
  readonly resource: string
  readonly enabled: number
  readonly started: number
  readonly completed: number
}

/**
 * Busy time of a resource pool over the run: from the first opening to the
 * end of the last working day on which the pool was busy (at least the
 * arrival period), so a department reached only after the arrivals stop
 * (the last step of a serial flow) shows its real load.
 *
 * @since 0.1.0
 * @category models
 */
export interface PoolUse {
  readonly id: string
  /** Server-minutes busy over the run. */
  readonly busyMinutes: number
  /** Server-minutes available over the same working days. */
  readonly capacityMinutes: number
}

/**
 * What happened to the hall's tickets in one period (a clock hour, a
 * weekday): sums and counts, so periods of runs, shards and machines add up.
 * A ticket belongs to the period in which it was taken; its wait ends when
 * it is called or when the visitor leaves (弃号).
 *
 * @since 0.2.0
 * @category models
 */
export interface PeriodUse {
  /** On-site tickets taken (each visit, the first and each 补正, takes one). */
  readonly tickets: number
  /** Minutes those tickets waited, until called or until the visitor left. */
  readonly waitMinutes: number
  /** Tickets that waited longer than the service level's threshold. */
  readonly waitedLonger: number
  /** Tickets whose visitor left before being called. */
  readonly reneged: number
  /** The sum of the sampled hall-queue lengths in the period, and how many samples. */
  readonly queueSum: number
  readonly queueSamples: number
}

/**
 * Queue lengths and busy servers sampled every `every` working minutes over
 * the arrival period; in a merged summary, the sums over runs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Series {
  readonly every: number
  readonly hallQueue: ReadonlyArray<number>
  readonly windowsBusy: ReadonlyArray<number>
  readonly backOfficeQueue: ReadonlyArray<number>
  readonly backOfficeBusy: ReadonlyArray<number>
}

/**
 * The mergeable summary of one or more runs of a model: counts, sums and
 * sketches only, so that runs, shards and machines combine with
 * {@link mergeRunSummaries}.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunSummary {
  readonly runs: number
  readonly cases: number
  readonly completed: number
  readonly reneged: number
  readonly online: number
  /** Submissions sent back for missing materials (补正). */
  readonly returns: number
  /** Cases decided at the window (即办). */
  readonly atWindow: number
  /** Minutes each case waited for windows, over all its visits (on-site cases). */
  readonly wait: Summary
  /** Working days from arrival to conclusion (concluded cases). */
  readonly cycleDays: Summary
  /** Trips per concluded case. */
  readonly trips: Summary
  readonly statutory: { readonly checked: number; readonly onTime: number }
  readonly promised: { readonly checked: number; readonly onTime: number }
  readonly windows: ReadonlyArray<PoolUse>
  readonly departments: ReadonlyArray<PoolUse>
  readonly series: Series
  /** Events processed. */
  readonly events: number
  /** The threshold of the service level, in minutes (the model's `serviceLevelMinutes`). */
  readonly serviceLevelMinutes: number
  /** Per clock hour of the ticket (index 0–23): tickets, waits, reneging and queue samples. */
  readonly hours: ReadonlyArray<PeriodUse>
  /** Per weekday of the ticket (index 0 = Monday … 6 = Sunday); all zero when the run has no dates. */
  readonly weekdays: ReadonlyArray<PeriodUse>
}

/**
 * The result of {@link simulate}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulationResult {
  readonly summary: RunSummary
  readonly cases: ReadonlyArray<CaseRecord>
  readonly eventLog: ReadonlyArray<EventLogEntry>
  /** Minutes the hall is open per working day (the clock's day length). */
  readonly dayMinutes: number
  readonly openingHours: ReadonlyArray<{ readonly from: string; readonly to: string }>
  /** The date of each working-day index up to the run's last event (empty without a start and calendar). */
  readonly dates: ReadonlyArray<LocalDate>
}
