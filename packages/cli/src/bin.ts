#!/usr/bin/env node
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { performance } from "node:perf_hooks"
import { run } from "./program.js"

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  readFile: (path) => {
    try {
      return { ok: true, bytes: readFileSync(path) }
    } catch (error) {
      return { ok: false, reason: reason(error) }
    }
  },
  writeFile: (path, data) => {
    try {
      writeFileSync(path, data)
      return { ok: true }
    } catch (error) {
      return { ok: false, reason: reason(error) }
    }
  },
  now: () => performance.now(),
  clock: () => Date.now(),
  cores: availableParallelism(),
  listDir: (path) => {
    try {
      return { ok: true, names: readdirSync(path) }
    } catch (error) {
      return { ok: false, reason: reason(error) }
    }
  }
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `tongban: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exitCode = 70
  }
)
