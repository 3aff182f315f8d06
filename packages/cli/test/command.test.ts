import {
  type Context,
  defineCommand,
  type Format,
  makeContext,
  numberOption,
  type Outcome,
  printOutcome,
  run
} from "@tongban/cli"
import { makeIssue } from "@tongban/core"
import { Command } from "commander"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const capture = (format?: string): { ctx: Context; out: { stdout: string; stderr: string } } => {
  const out = { stdout: "", stderr: "" }
  const ctx = makeContext({
    lang: "en",
    formatOption: format,
    io: {
      stdout: (s) => {
        out.stdout += s
      },
      stderr: (s) => {
        out.stderr += s
      },
      env: {},
      readFile: () => ({ ok: false, reason: "none" }),
      writeFile: () => ({ ok: false, reason: "none" }),
      now: () => 0,
      clock: () => 0,
      cores: 1
    }
  })
  return { ctx, out }
}

const arbIssue = fc
  .tuple(fc.stringMatching(/^[a-z]{1,8}(_[a-z]{1,8}){0,2}$/), fc.string(), fc.constantFrom("error", "warning" as const))
  .map(([code, text, severity]) => makeIssue({ code, message: { zh: text, en: text }, severity }))
const arbTable = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    columns: fc.array(fc.string({ minLength: 1 }), { minLength: n, maxLength: n }),
    rows: fc.array(
      fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { minLength: n, maxLength: n }),
      {
        maxLength: 8
      }
    )
  })
)
const arbOutcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.record({ json: fc.jsonValue(), table: arbTable }).map((value) => ({ ok: true as const, value })),
  fc.array(arbIssue, { minLength: 1, maxLength: 4 }).map((issues) => ({ ok: false as const, issues }))
)

describe("printOutcome, the one printer", () => {
  it("exit 0 for a value and 1 for issues; JSON output always parses; issues go to stderr unless JSON is asked for", () => {
    fc.assert(
      fc.property(arbOutcome, fc.constantFrom<Format>("table", "json", "csv"), (outcome, format) => {
        const { ctx, out } = capture()
        const code = printOutcome(ctx, outcome, format)
        expect(code).toBe(outcome.ok ? 0 : 1)
        if (format === "json") {
          const parsed: unknown = JSON.parse(out.stdout)
          if (!outcome.ok)
            expect(parsed).toMatchObject({ ok: false, issues: outcome.issues.map((i) => ({ code: i.code })) })
          expect(out.stderr).toBe("")
        } else if (!outcome.ok) {
          expect(out.stdout).toBe("")
          for (const issue of outcome.issues) expect(out.stderr).toContain(issue.code)
        }
      })
    )
  })

  it("a partial value is printed after its issues, and still exits 1", () => {
    const { ctx, out } = capture()
    const issue = makeIssue({ code: "bad_row", message: { zh: "坏行", en: "bad row" } })
    const code = printOutcome(
      ctx,
      { ok: false, issues: [issue], value: { json: [1], table: { columns: ["n"], rows: [[1]] } } },
      "csv"
    )
    expect(code).toBe(1)
    expect(out.stdout).toBe("n\n1\n")
    expect(out.stderr).toContain("bad_row")
  })

  it("text is printed as it is; a footer only under a table; warnings and notes on stderr", () => {
    const warning = makeIssue({ code: "w_x", message: { zh: "警告", en: "heads up" }, severity: "warning" })
    const value = {
      json: { a: 1 },
      table: { columns: ["a"], rows: [[1]] },
      footer: ["total 1"],
      warnings: [warning],
      notes: ["note: n"]
    }
    const table = capture()
    printOutcome(table.ctx, { ok: true, value }, "table")
    expect(table.out.stdout).toContain("total 1")
    expect(table.out.stderr).toContain("w_x")
    expect(table.out.stderr).toContain("note: n")
    const json = capture()
    printOutcome(json.ctx, { ok: true, value }, "json")
    expect(JSON.parse(json.out.stdout)).toEqual({ a: 1 })
    expect(json.out.stderr).toBe("note: n\n")
    const dot = capture()
    printOutcome(dot.ctx, { ok: true, value: { text: "digraph {}" } }, "dot")
    expect(dot.out.stdout).toBe("digraph {}\n")
  })
})

describe("defineCommand", () => {
  const n = numberOption("--n <n>", { zh: "数", en: "n" }, 1, { integer: true, min: 0, max: 9 })
  const twice = defineCommand({
    name: "twice",
    description: { zh: "加倍", en: "double" },
    formats: ["json", "table"],
    options: [n],
    run: ({ get, format }) => ({ ok: true, value: { json: { n: get(n) * 2, format } } })
  })
  const runTwice = async (argv: ReadonlyArray<string>) => {
    const { ctx, out } = capture(argv.includes("--format") ? argv[argv.indexOf("--format") + 1] : undefined)
    const program = new Command("t").exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} })
    let code = -1
    twice.attach(program, ctx, (c) => {
      code = c
    })
    await program.parseAsync([...argv], { from: "user" })
    return { code, out }
  }

  it("passes the parsed option and the default format (the first offered) to run", async () => {
    const r = await runTwice(["twice", "--n", "4"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out.stdout)).toEqual({ n: 8, format: "json" })
    expect(JSON.parse((await runTwice(["twice"])).out.stdout)).toEqual({ n: 2, format: "json" })
  })

  it("an option a command does not declare cannot be read: a programmer error, thrown", async () => {
    const other = numberOption("--m <m>", { zh: "数", en: "m" }, 1, { min: 0, max: 9 })
    const broken = defineCommand({
      name: "broken",
      description: { zh: "坏", en: "broken" },
      formats: ["json"],
      run: ({ get }) => ({ ok: true, value: { json: get(other) } })
    })
    const { ctx } = capture()
    const program = new Command("t").exitOverride()
    broken.attach(program, ctx, () => {})
    await expect(program.parseAsync(["broken"], { from: "user" })).rejects.toThrow(/does not declare/)
  })
})

describe("run", () => {
  it("a wrong option value, a format not offered and an unknown option all exit 2", async () => {
    const io = capture().ctx.io
    expect(await run(["simulate", "mmc", "--customers", "-1"], io)).toBe(2)
    expect(await run(["date", "2026-01-01", "--format", "dot"], io)).toBe(2)
    expect(await run(["date", "2026-01-01", "--nope"], io)).toBe(2)
    expect(await run(["date", "2026-01-01"], io)).toBe(0)
  })
})
