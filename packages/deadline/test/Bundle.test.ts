// Tree-shaking: an app that imports isWorkingDay, addWorkingDays and one year
// of data (@tongban/deadline/china/2024) must not carry the other years. The
// bundle is built here with esbuild, as an app's bundler would, from the built
// package (dist/) when it exists and always from the sources.
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { chinaYears } from "@tongban/deadline"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

const pkg = fileURLToPath(new URL("..", import.meta.url))
const core = fileURLToPath(new URL("../../core/src/index.ts", import.meta.url))

const bundle = async (index: string, year: string): Promise<string> => {
  const result = await build({
    stdin: {
      contents: [
        `import { addWorkingDays, chinaCalendarOf, isWorkingDay } from ${JSON.stringify(index)}`,
        `import { china2024 } from ${JSON.stringify(year)}`,
        "const calendar = chinaCalendarOf([china2024])",
        "export const check = (d) => calendar.ok && [isWorkingDay(d, { calendar: calendar.value }), addWorkingDays(d, 20, { calendar: calendar.value })]"
      ].join("\n"),
      resolveDir: pkg,
      loader: "ts"
    },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    charset: "utf8",
    treeShaking: true,
    platform: "neutral",
    alias: { "@tongban/core": core },
    logLevel: "silent"
  })
  return result.outputFiles[0]?.text ?? ""
}

const otherYearsDates = chinaYears
  .filter((y) => y.id !== "cn-2024")
  .flatMap((y) => [...y.daysOff.map((x) => x.from), ...y.workdays.map((x) => x.date)])

describe("one year of data alone", () => {
  const sources: Array<readonly [string, string, string]> = [
    ["sources", `${pkg}src/index.ts`, `${pkg}src/data/china/2024.ts`]
  ]
  if (existsSync(`${pkg}dist/index.js`)) sources.push(["dist", `${pkg}dist/index.js`, `${pkg}dist/china/2024.js`])
  for (const [label, index, year] of sources) {
    it(`bundles 2024 and no other year (${label})`, async () => {
      const text = await bundle(index, year)
      expect(text).toContain("2024-10-01")
      expect(text).toContain("国办发明电〔2023〕7号")
      expect(otherYearsDates.length).toBeGreaterThan(250)
      expect(otherYearsDates.filter((date) => text.includes(date))).toEqual([])
      expect(text).not.toContain("toJSONSchema")
      // No lunar library: tyme4ts is reached only through the provisional entry.
      expect(text).not.toContain("LunarDay")
      expect(text).not.toContain("全国年节及纪念日放假办法")
    })
  }

  it("the provisional entry does carry tyme4ts and the statute (so the check above can fail)", async () => {
    const result = await build({
      stdin: {
        contents: `export { provisionalChinaCalendar } from ${JSON.stringify(`${pkg}src/Provisional.ts`)}`,
        resolveDir: pkg,
        loader: "ts"
      },
      bundle: true,
      write: false,
      format: "esm",
      minify: true,
      charset: "utf8",
      platform: "neutral",
      mainFields: ["module", "main"],
      alias: { "@tongban/core": core },
      logLevel: "silent"
    })
    const text = result.outputFiles[0]?.text ?? ""
    expect(text).toContain("LunarDay")
    expect(text).toContain("全国年节及纪念日放假办法")
  })
})
