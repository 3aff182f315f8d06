/**
 * The guard every figure function runs first: its arguments checked against
 * their schemas, and, when one fails, a figure that draws nothing but
 * carries the located issues (never a throw on data from plain JavaScript).
 */
import type { Issue, Message, Result } from "@tongban/core"
import { bilingual, type Figure, figureId } from "../Figure.js"
import { reportCodes } from "../IssueCodes.js"
import { renderSvg } from "./render.js"

const TITLE: Message = { zh: "无法绘制的图", en: "A figure that cannot be drawn" }

/** The figure of `name` whose arguments failed their checks, or undefined when every check passed. */
export const invalidFigure = (name: string, checks: ReadonlyArray<Result<unknown>>): Figure | undefined => {
  const issues: Array<Issue> = []
  for (const check of checks) if (!check.ok) issues.push(...check.issues)
  if (issues.length === 0) return undefined
  const all = [reportCodes.issue("figure_input_invalid", { path: [name], facts: { figure: name } }), ...issues]
  const width = 760
  const height = 120
  const subtext = all
    .slice(1, 4)
    .map((i) => `${i.path.join(".") || "·"}: ${i.message.en}`)
    .join("\n")
  return {
    id: figureId(`${name}-invalid`),
    title: TITLE,
    caption: { zh: all[0]?.message.zh ?? TITLE.zh, en: all[0]?.message.en ?? TITLE.en },
    width,
    height,
    svg: renderSvg(
      { title: { text: bilingual(TITLE), subtext, left: "center", textStyle: { fontSize: 14 } } },
      width,
      height,
      bilingual(TITLE)
    ),
    table: { columns: [], rows: [] },
    issues: all
  }
}
