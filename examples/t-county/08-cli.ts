/**
 * Section 8: the same packages from the command line. Every `tongban`
 * command has one shape (its formats, its options each with a parser, a
 * `run` that returns a result the shape prints and turns into the exit
 * code), so a county's scripts and systems not written in TypeScript get
 * the same answers, and an option always reaches the command it is written
 * after: `simulate mmc --seed 7` runs seed 7 (it used to run seed 1 whatever
 * the seed, the parent command's `--seed` swallowing it). The CLI runs here
 * in memory, with the county's catalogue as its one file.
 */
import { type Io, run as tongban } from "@tongban/cli"
import { readFileSync } from "node:fs"
import { heading, line } from "./print.js"

const catalogue = readFileSync(new URL("./data/catalogue-2020.json", import.meta.url))

const call = async (argv: ReadonlyArray<string>): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
    env: { LANG: "zh_CN.UTF-8" },
    readFile: (path) =>
      path === "catalogue-2020.json" ? { ok: true, bytes: catalogue } : { ok: false, reason: "ENOENT: no such file" },
    writeFile: () => ({ ok: false, reason: "read-only demo" }),
    now: () => 0,
    clock: () => Date.parse("2026-03-02T01:00:00Z"),
    cores: 1
  }
  const code = await tongban(argv, io)
  return { code, stdout, stderr }
}

const field = (json: string, key: string): unknown => {
  const value: unknown = JSON.parse(json)
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined
}

export const run = async (): Promise<void> => {
  heading("八、命令行", "8. The command line")
  const search = await call(["catalog", "search", "catalogue-2020.json", "yyzz", "--limit", "3", "--format", "csv"])
  line(`$ tongban catalog search catalogue-2020.json yyzz --limit 3 --format csv   (exit ${search.code})`)
  line(search.stdout.trimEnd())

  const mmc = (seed: string) =>
    call([
      "simulate",
      "mmc",
      "--lambda",
      "9",
      "--servers",
      "10",
      "--customers",
      "200000",
      "--seed",
      seed,
      "--format",
      "json"
    ])
  for (const seed of ["7", "8"]) {
    const r = await mmc(seed)
    line(
      `$ tongban simulate mmc … --seed ${seed}: seed ${String(field(r.stdout, "seed"))}, 平均等候 mean wait ${Number(field(r.stdout, "meanWait")).toFixed(4)} (Erlang C ${Number(field(r.stdout, "erlangCMeanWait")).toFixed(4)})`
    )
  }

  const bad = await call(["due", "--from", "2026-02-30", "--limit", "20wd"])
  line(`$ tongban due --from 2026-02-30 --limit 20wd   (exit ${bad.code}: 输入无效 invalid input)`)
  line(bad.stderr.trimEnd())
  const wrong = await call(["simulate", "mmc", "--servers", "2.5"])
  line(`$ tongban simulate mmc --servers 2.5   (exit ${wrong.code}: 命令行有误 a wrong command line)`)
  line(wrong.stderr.trimEnd())
}
