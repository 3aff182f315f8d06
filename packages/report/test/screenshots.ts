/**
 * Screenshots of an HTML report for the guides: `tsx packages/report/test/screenshots.ts out/t-county.html docs/images`
 * writes one PNG per figure (report-<figure id>.png) beside a full page and an A4 PDF in out/report/.
 * It refuses to run on a machine without a Chinese font (fontconfig's `fc-list :lang=zh`): every Chinese
 * label would be drawn as empty boxes, and the guides would show that.
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { findChromium, HOW_TO_ENABLE, viewReport } from "./browser.js"

const [html = "out/t-county.html", images = "docs/images"] = process.argv.slice(2)
const chineseFonts = (): string => {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim()
  } catch {
    return ""
  }
}
if (chineseFonts() === "") {
  console.error(
    "screenshots: no Chinese font found (fc-list :lang=zh is empty), so Chinese labels would be empty boxes. Install one, e.g. apt-get install -y fonts-noto-cjk"
  )
  process.exit(1)
}
const chromium = findChromium()
if (chromium === undefined) {
  console.error(HOW_TO_ENABLE)
  process.exit(1)
}
const shots = resolve("out/report")
const view = await viewReport(chromium, resolve(html), shots, "t-county")
mkdirSync(images, { recursive: true })
for (const f of view.figures)
  copyFileSync(join(shots, `t-county-figure-${f.id}.png`), join(images, `report-${f.id}.png`))
console.log(`${view.figures.length} figures → ${images}; console errors: ${view.consoleErrors.length}`)
