/**
 * The report in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (which never downloads a browser). The page must log no
 * error, fetch nothing, and show every figure with a size and content;
 * screenshots and an A4 PDF go to out/report-test/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { renderHtml, reportFigures } from "@tongban/report"
import { describe, expect, it } from "vitest"
import { findChromium, HOW_TO_ENABLE, viewReport } from "./browser.js"
import { smallReport } from "./fixtures.js"

const chromium = findChromium()
const out = fileURLToPath(new URL("../../../out/report-test/", import.meta.url))

if (chromium === undefined) console.warn(HOW_TO_ENABLE)

describe("the report in headless Chromium", () => {
  it("shows every figure, visible and non-empty, with no console error and no request", async (context) => {
    if (chromium === undefined) {
      // CI installs Chromium (.ci/run): there, a missing browser is a failure, not a skip.
      if (process.env.CI === "true") expect.fail(HOW_TO_ENABLE)
      context.skip()
      return
    }
    const report = smallReport()
    mkdirSync(out, { recursive: true })
    const file = `${out}report.html`
    writeFileSync(file, renderHtml(report))
    const view = await viewReport(chromium, file, out, `tz-${(process.env.TZ ?? "host").replace(/\W/g, "-")}`)
    expect(view.consoleErrors).toEqual([])
    expect(view.requests).toEqual([])
    expect(view.sections).toEqual(["deadline", "approval", "simulation", "catalog", "scoring"])
    const expected = reportFigures(report).map((f) => f.id)
    expect(view.figures.map((f) => f.id)).toEqual(expected)
    for (const f of view.figures) {
      expect(f.visible, f.id).toBe(true)
      expect(f.width, f.id).toBeGreaterThan(100)
      expect(f.height, f.id).toBeGreaterThan(100)
      expect(f.shapes, f.id).toBeGreaterThan(3)
      expect(f.texts, f.id).toBeGreaterThan(1)
    }
  }, 120_000)
})
