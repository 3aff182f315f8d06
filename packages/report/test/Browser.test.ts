/**
 * The report in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (which never downloads a browser). The page must log no
 * error, fetch nothing, and show every figure with a size and content;
 * screenshots and an A4 PDF go to out/report-test/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { ganttFigure, renderHtml, reportFigures, sweepFigure } from "@tongban/report"
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
    expect(view.notes).toEqual([])
    // On paper: each section starts a new A4 page, no figure is split, the table of contents is gone.
    expect(view.print.sectionBreaks).toEqual(view.sections.map(() => "page"))
    expect(view.print.figureBreaks).toEqual(view.figures.map(() => "avoid"))
    expect(view.print.tocHidden).toBe(true)
    expect(view.print.pages).toBeGreaterThanOrEqual(view.sections.length + 1)
  }, 120_000)

  it("shows a figure that could not be drawn as a visible note of its issues, beside a drawn one", async (context) => {
    if (chromium === undefined) {
      if (process.env.CI === "true") expect.fail(HOW_TO_ENABLE)
      context.skip()
      return
    }
    const broken = ganttFigure(JSON.parse('{ "flow": "f", "name": "开办", "steps": [{ "name": "执照" }] }'))
    const good = sweepFigure([{ name: "Wq", points: [2, 3, 4].map((x) => ({ x, y: 6 / x })) }], {
      x: { zh: "窗口数", en: "windows" },
      y: { zh: "等候", en: "wait" }
    })
    mkdirSync(out, { recursive: true })
    const file = `${out}issues.html`
    writeFileSync(
      file,
      renderHtml({
        title: { zh: "报告", en: "Report" },
        sections: [
          {
            id: "s",
            title: { zh: "一", en: "One" },
            blocks: [
              { kind: "figure", figure: broken },
              { kind: "figure", figure: good }
            ]
          }
        ]
      })
    )
    const view = await viewReport(chromium, file, out, "issues")
    expect(view.consoleErrors).toEqual([])
    expect(view.figures.map((f) => f.id)).toEqual([good.id])
    expect(view.notes.map((n) => n.id)).toEqual([broken.id])
    const [note] = view.notes
    expect(note?.visible).toBe(true)
    expect(note?.height ?? 0).toBeGreaterThan(40)
    expect(note?.text).toContain("此处的图无法绘制")
    expect(note?.text).toContain("could not be drawn")
    expect(note?.text).toContain("figure_input_invalid")
  }, 120_000)
})
