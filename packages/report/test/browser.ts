/**
 * Opens an HTML report in the Chromium installed on the machine (Debian's
 * `chromium` package; never a downloaded browser), through playwright-core,
 * and reports what a reader would see: console errors, network requests
 * other than the file itself, and each figure's size and content.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"

/** The Chromium binary: $TONGBAN_CHROMIUM when set (a path that does not exist means none), else Debian's. */
export const findChromium = (): string | undefined => {
  const chosen = process.env.TONGBAN_CHROMIUM
  if (chosen !== undefined && chosen !== "") return existsSync(chosen) ? chosen : undefined
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p))
}

export const HOW_TO_ENABLE =
  "browser test skipped: no Chromium found. Install Debian's package (apt-get update && apt-get install -y chromium) or set TONGBAN_CHROMIUM=/path/to/chromium"

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

export interface FigureView {
  readonly id: string
  readonly width: number
  readonly height: number
  readonly visible: boolean
  /** Drawn elements (paths, rects, texts…) inside the figure's SVG. */
  readonly shapes: number
  readonly texts: number
}

/** A note shown in place of a figure whose data could not be drawn. */
export interface NoteView {
  readonly id: string
  readonly visible: boolean
  readonly height: number
  readonly text: string
}

/** What the print stylesheet does, read under `@media print`. */
export interface PrintView {
  /** Each section's computed `break-before` (`page` starts it on a new page). */
  readonly sectionBreaks: ReadonlyArray<string>
  /** Each figure's computed `break-inside` (`avoid` keeps it on one page). */
  readonly figureBreaks: ReadonlyArray<string>
  /** Whether the table of contents is hidden on paper. */
  readonly tocHidden: boolean
  /** The pages of the A4 PDF. */
  readonly pages: number
}

export interface PageView {
  readonly consoleErrors: ReadonlyArray<string>
  readonly requests: ReadonlyArray<string>
  readonly figures: ReadonlyArray<FigureView>
  readonly notes: ReadonlyArray<NoteView>
  readonly sections: ReadonlyArray<string>
  readonly print: PrintView
}

/**
 * Opens `htmlFile`, saves a full-page screenshot and one per section under
 * `shotsDir` (named `<prefix>-<section>.png`, `<prefix>-figure-<id>.png`),
 * prints it to `<prefix>.pdf` on A4, and returns what it saw.
 */
export const viewReport = async (
  executablePath: string,
  htmlFile: string,
  shotsDir: string,
  prefix: string
): Promise<PageView> => {
  const userDataDir = mkdtempSync(join(tmpdir(), "tongban-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1200, height: 900 }
  })
  try {
    const page = await context.newPage()
    const consoleErrors: Array<string> = []
    const requests: Array<string> = []
    const url = pathToFileURL(htmlFile).href
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text())
    })
    page.on("pageerror", (e) => consoleErrors.push(e.message))
    page.on("request", (r) => {
      if (r.url() !== url) requests.push(r.url())
    })
    await page.goto(url, { waitUntil: "load" })
    const notes = await page.$$eval("figure.figure-issues", (nodes) =>
      nodes.map((n) => {
        const note = n.querySelector(".issues")
        const box = note?.getBoundingClientRect()
        const style = note === null ? undefined : n.ownerDocument.defaultView?.getComputedStyle(note)
        return {
          id: n.getAttribute("data-figure") ?? "",
          visible: style !== undefined && style.visibility !== "hidden" && style.display !== "none",
          height: box?.height ?? 0,
          text: note?.textContent ?? ""
        }
      })
    )
    const figures = await page.$$eval("figure.figure:not(.figure-issues)", (nodes) =>
      nodes.map((n) => {
        const svg = n.querySelector(".chart svg")
        const box = svg?.getBoundingClientRect()
        const style = svg === null ? undefined : n.ownerDocument.defaultView?.getComputedStyle(svg)
        return {
          id: n.getAttribute("data-figure") ?? "",
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          visible: style !== undefined && style.visibility !== "hidden" && style.display !== "none",
          shapes: svg?.querySelectorAll("path, rect, circle, polyline, polygon, line").length ?? 0,
          texts: svg?.querySelectorAll("text").length ?? 0
        }
      })
    )
    mkdirSync(shotsDir, { recursive: true })
    await page.screenshot({ path: join(shotsDir, `${prefix}-full.png`), fullPage: true })
    const sections = await page.$$eval("section.section", (nodes) => nodes.map((n) => n.id))
    for (const id of sections) {
      await page.locator(`section#${id}`).screenshot({ path: join(shotsDir, `${prefix}-${id}.png`) })
    }
    for (const f of figures) {
      await page
        .locator(`figure[data-figure="${f.id}"]`)
        .screenshot({ path: join(shotsDir, `${prefix}-figure-${f.id}.png`) })
    }
    await page.emulateMedia({ media: "print" })
    const styles = {
      sectionBreaks: await page.$$eval("section.section", (nodes) =>
        nodes.map((n) => n.ownerDocument.defaultView?.getComputedStyle(n).breakBefore ?? "")
      ),
      figureBreaks: await page.$$eval("figure.figure", (nodes) =>
        nodes.map((n) => n.ownerDocument.defaultView?.getComputedStyle(n).breakInside ?? "")
      ),
      tocHidden: await page.$$eval("nav.toc", (nodes) =>
        nodes.every((n) => n.ownerDocument.defaultView?.getComputedStyle(n).display === "none")
      )
    }
    const pdf = await page.pdf({ path: join(shotsDir, `${prefix}.pdf`), format: "A4", printBackground: true })
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length
    return { consoleErrors, requests, figures, notes, sections, print: { ...styles, pages } }
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
