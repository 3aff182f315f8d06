/**
 * A composite's external inputs (votes, surveys) read from a table: one row
 * per input, subject and value, as a centre exports its 值班长投票 and
 * 服务对象投票 from a spreadsheet.
 *
 * Glossary: 外部输入 = input, 投票 = vote, 对象 = subject, 分值 = value.
 *
 * @since 0.2.0
 */
import { codeIssue, fail, type Issue, ok, parseCsv, type Result, validate } from "@tongban/core"
import * as z from "zod"
import type { ScoreOptions } from "./Assessment.js"
import { scoreCodes } from "./IssueCodes.js"

/** The header names each column may have (lower case; Chinese as sheets write them). */
const COLUMNS = {
  input: ["input", "id", "输入", "输入编号", "项目"],
  subject: ["subject", "对象", "对象编号", "窗口", "window", "staff", "工作人员"],
  value: ["value", "points", "score", "分值", "得分", "分数"]
} as const

type Column = keyof typeof COLUMNS

/**
 * Reads a table of a composite's external inputs (`input,subject,value`,
 * the first column also called `id`) into what {@link score} takes as
 * `options.inputs`: input id → subject id → points. Cells are trimmed, a
 * UTF-8 byte-order mark and blank rows are skipped, Chinese headers
 * (输入、对象、分值) are understood. The values are left as written: the
 * score checks each against its input's `max`. A missing column, an empty
 * cell or an input given twice for one subject is a located issue on its
 * row (`line`), never a throw.
 *
 * 读取组合得分的外部输入表（每行一个输入、对象与分值），得到 `score` 的
 * `options.inputs`；缺列、空格、同一对象重复给分均为定位到行的问题。
 *
 * @param text - the CSV text
 * @returns input id → subject id → points as written, or the issues
 *
 * @example
 * ```ts
 * import { parseInputsCsv } from "@tongban/scoring"
 *
 * parseInputsCsv("input,subject,value\nduty_vote,w1,95\nduty_vote,w2, 85.5\ncitizen_vote,w1,90\n") // { ok: true, value: { duty_vote: { w1: "95", w2: "85.5" }, citizen_vote: { w1: "90" } } }
 * const twice = parseInputsCsv("id,subject,value\nduty_vote,w1,95\nduty_vote,w1,90\n")
 * twice.ok ? "" : twice.issues[0]?.code // "inputs_csv_duplicate"
 * twice.ok ? [] : twice.issues[0]?.path // [3, "subject"]
 * const bare = parseInputsCsv("subject,value\nw1,95\n")
 * bare.ok ? {} : bare.issues[0]?.facts // { column: "input" }
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseInputsCsv = (text: unknown): Result<Readonly<Record<string, Readonly<Record<string, string>>>>> => {
  if (typeof text !== "string") return fail([codeIssue(scoreCodes, "inputs_invalid", { path: [] })])
  const rows = parseCsv(text, { maxLength: 64 * 1024 * 1024, maxRows: 1_000_000, maxColumns: 1000 })
  if (!rows.ok) return rows
  const [header = [], ...body] = rows.value
  const names = header.map((h) => h.trim().toLowerCase())
  const issues: Array<Issue> = []
  const indexOf = (column: Column): number => {
    const known: ReadonlyArray<string> = COLUMNS[column]
    const i = names.findIndex((n) => known.includes(n))
    if (i < 0) issues.push(codeIssue(scoreCodes, "inputs_csv_column_missing", { path: [1], facts: { column } }))
    return i
  }
  const at: Readonly<Record<Column, number>> = {
    input: indexOf("input"),
    subject: indexOf("subject"),
    value: indexOf("value")
  }
  if (issues.length > 0) return fail(issues)
  const out = new Map<string, Map<string, string>>()
  const firstRow = new Map<string, number>()
  body.forEach((cells, k) => {
    const line = k + 2
    if (cells.every((c) => c.trim() === "")) return
    const cell = (column: Column): string | undefined => {
      const v = (cells[at[column]] ?? "").trim()
      if (v !== "") return v
      issues.push(codeIssue(scoreCodes, "inputs_csv_cell_empty", { path: [line, column], facts: { line, column } }))
      return undefined
    }
    const input = cell("input")
    const subject = cell("subject")
    const value = cell("value")
    if (input === undefined || subject === undefined || value === undefined) return
    const key = JSON.stringify([input, subject])
    const first = firstRow.get(key)
    if (first !== undefined) {
      issues.push(
        codeIssue(scoreCodes, "inputs_csv_duplicate", {
          path: [line, "subject"],
          facts: { input, subject, first, line }
        })
      )
      return
    }
    firstRow.set(key, line)
    const values = out.get(input) ?? new Map<string, string>()
    out.set(input, values)
    values.set(subject, value)
  })
  if (issues.length > 0) return fail(issues)
  // fromEntries defines own keys, so a "__proto__" id stays an id.
  return ok(Object.fromEntries([...out].map(([input, values]) => [input, Object.fromEntries(values)])))
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const isPoints = (v: unknown): v is number | string => typeof v === "number" || typeof v === "string"

const shown = (v: unknown): string =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v

/**
 * Checks the shape of a composite's external inputs read from JSON (input
 * id → subject id → points, as numbers or text), or reads them from a CSV
 * text by {@link parseInputsCsv}: what {@link score} takes as
 * `options.inputs`. Paths are relative to the value; the score then checks
 * each input and subject against the rubric and each value against its
 * input's `max`. Never throws.
 *
 * 检查外部输入（JSON 对象，或 CSV 文本）的结构，得到 `score` 的 `options.inputs`。
 *
 * @param value - the parsed JSON, or CSV text
 * @returns the inputs, or the issues
 *
 * @example
 * ```ts
 * import { parseInputs } from "@tongban/scoring"
 *
 * parseInputs({ duty_vote: { w1: 95, w2: "85.50" } }) // { ok: true, value: { duty_vote: { w1: 95, w2: "85.50" } } }
 * parseInputs("input,subject,value\nduty_vote,w1,95\n") // { ok: true, value: { duty_vote: { w1: "95" } } }
 * const bad = parseInputs({ duty_vote: { w1: true } })
 * bad.ok ? "" : `${bad.issues[0]?.code} ${bad.issues[0]?.path.join(".")}` // "inputs_invalid duty_vote.w1"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseInputs = (value: unknown): Result<NonNullable<ScoreOptions["inputs"]>> => {
  if (typeof value === "string") return parseInputsCsv(value)
  if (!isRecord(value)) return fail([codeIssue(scoreCodes, "inputs_invalid", { path: [] })])
  const issues: Array<Issue> = []
  const out: Array<[string, Readonly<Record<string, number | string>>]> = []
  for (const [input, values] of Object.entries(value)) {
    if (!isRecord(values)) {
      issues.push(codeIssue(scoreCodes, "inputs_invalid", { path: [input] }))
      continue
    }
    const kept: Array<[string, number | string]> = []
    for (const [subject, v] of Object.entries(values)) {
      if (isPoints(v)) kept.push([subject, v])
      else issues.push(codeIssue(scoreCodes, "inputs_invalid", { path: [input, subject] }))
    }
    out.push([input, Object.fromEntries(kept)])
  }
  return issues.length > 0 ? fail(issues) : ok(Object.fromEntries(out))
}

type SelfScoreValue = NonNullable<ScoreOptions["selfScores"]>[string]

/**
 * Checks the shape of self-scores (自评分) read from JSON: subject id →
 * points, or `{ score, categories: { category id → points } }`: what
 * {@link score} takes as `options.selfScores`. Paths are relative to the
 * value; the score then checks subjects, categories and values. Never
 * throws.
 *
 * 检查自评分 JSON 的结构，得到 `score` 的 `options.selfScores`。
 *
 * @param value - the parsed JSON
 * @returns the self-scores, or the issues
 *
 * @example
 * ```ts
 * import { parseSelfScores } from "@tongban/scoring"
 *
 * parseSelfScores({ s1: 95, s2: { score: "90", categories: { conduct: 13 } } }).ok // true
 * const bad = parseSelfScores({ s1: null })
 * bad.ok ? "" : `${bad.issues[0]?.code} ${bad.issues[0]?.path.join(".")}` // "self_score_invalid s1"
 * parseSelfScores([95]).ok // false
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseSelfScores = (value: unknown): Result<NonNullable<ScoreOptions["selfScores"]>> => {
  if (!isRecord(value)) return fail([codeIssue(scoreCodes, "self_scores_invalid", { path: [] })])
  const issues: Array<Issue> = []
  const out: Array<[string, SelfScoreValue]> = []
  for (const [subject, v] of Object.entries(value)) {
    if (isPoints(v)) {
      out.push([subject, v])
      continue
    }
    if (!isRecord(v)) {
      issues.push(codeIssue(scoreCodes, "self_score_invalid", { path: [subject], facts: { value: shown(v) } }))
      continue
    }
    const total = v.score
    if (!isPoints(total)) {
      issues.push(
        codeIssue(scoreCodes, "self_score_invalid", { path: [subject, "score"], facts: { value: shown(total) } })
      )
      continue
    }
    const cats = v.categories
    if (cats === undefined) {
      out.push([subject, { score: total }])
      continue
    }
    if (!isRecord(cats)) {
      issues.push(codeIssue(scoreCodes, "self_scores_invalid", { path: [subject, "categories"] }))
      continue
    }
    const kept: Array<[string, number | string]> = []
    for (const [category, cv] of Object.entries(cats)) {
      if (isPoints(cv)) kept.push([category, cv])
      else
        issues.push(
          codeIssue(scoreCodes, "self_score_invalid", {
            path: [subject, "categories", category],
            facts: { value: shown(cv) }
          })
        )
    }
    out.push([subject, { score: total, categories: Object.fromEntries(kept) }])
  }
  return issues.length > 0 ? fail(issues) : ok(Object.fromEntries(out))
}

const approvalSchema = z.strictObject({
  by: z.string().min(1).max(200),
  date: z.string(),
  decision: z.enum(["approved", "returned"]),
  note: z.string().max(2000).optional()
})

/**
 * Checks the shape of a committee's approval of the ranking (评审委员会审定)
 * read from JSON: `{ by, date, decision: "approved" | "returned", note? }`,
 * what {@link score} takes as `options.approval`. Paths are relative to the
 * value; the score then checks the date. Never throws.
 *
 * 检查评审委员会审定 JSON 的结构，得到 `score` 的 `options.approval`；日期由评分时检查。
 *
 * @param value - the parsed JSON
 * @returns the approval, or the issues
 *
 * @example
 * ```ts
 * import { parseApproval } from "@tongban/scoring"
 *
 * const a = parseApproval({ by: "考核评审委员会", date: "2026-08-05", decision: "approved" })
 * a.ok ? a.value.decision : "" // "approved"
 * const bad = parseApproval({ by: "考核评审委员会", date: "2026-08-05", decision: "maybe" })
 * bad.ok ? "" : bad.issues[0]?.path.join(".") // "decision"
 * ```
 *
 * @since 0.3.0
 * @category parsing
 */
export const parseApproval = (value: unknown): Result<NonNullable<ScoreOptions["approval"]>> => {
  const shape = validate(approvalSchema, value)
  if (!shape.ok) return shape
  const { by, date, decision, note } = shape.value
  return ok(note === undefined ? { by, date, decision } : { by, date, decision, note })
}
