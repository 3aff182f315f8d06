/**
 * Conformance over the BPMN Model Interchange Working Group's reference
 * models (github.com/bpmn-miwg/bpmn-miwg-test-suite, `Reference/*.bpmn`)
 * and modeller exports of them. The files are third-party and not
 * committed: set TONGBAN_MIWG_DIR to a directory holding them (searched
 * recursively for `*.bpmn`).
 */
import { criticalPath, parseBpmn, toBpmn } from "@tongban/approval"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const dir = process.env.TONGBAN_MIWG_DIR

const files = (root: string): ReadonlyArray<string> =>
  readdirSync(root)
    .sort()
    .flatMap((name) => {
      const path = join(root, name)
      return statSync(path).isDirectory() ? files(path) : name.endsWith(".bpmn") ? [path] : []
    })

describe("BPMN MIWG reference models", () => {
  if (dir === undefined || dir === "") {
    it.skip("TONGBAN_MIWG_DIR is not set: the MIWG conformance test is skipped", () => {})
    return
  }
  const list = files(dir)
  it(`finds the models in ${dir}`, () => {
    expect(list.length).toBeGreaterThan(0)
  })
  for (const file of list) {
    it(`imports ${file.slice(dir.length + 1)} with warnings at most`, () => {
      const r = parseBpmn(readFileSync(file, "utf8"))
      if (!r.ok) expect(r.issues.map((i) => `${i.code}: ${i.message.en}`)).toEqual([])
      if (!r.ok) return
      expect(r.value.warnings.every((w) => w.severity === "warning")).toBe(true)
      const cpm = criticalPath(r.value.flow)
      expect(Number.isInteger(cpm.makespan)).toBe(true)
      expect(cpm.reworkExcluded).toEqual(r.value.flow.rework.map((x) => x.id))
      // Written back out and read again, it is the same flow.
      const back = parseBpmn(toBpmn(r.value.flow))
      expect(back.ok && back.value.flow).toEqual(r.value.flow)
    })
  }
})
