/**
 * The HTML report: one self-contained file (styles and figures inline, no
 * script, no network at view time), in Chinese and English, with a print
 * stylesheet for A4 and a page break before each section.
 *
 * 报告 = report, 章节 = section.
 *
 * @since 0.1.0
 */
import { type Issue, type Message, validate } from "@tongban/core"
import * as z from "zod"
import { bilingual, type DataTable, type Figure } from "./Figure.js"
import { invalidFigure } from "./internal/invalid.js"
import { FONT, scopeIds } from "./internal/render.js"
import { fewEnough, TOO_MANY, Num, Text2 } from "./internal/schemas.js"

/**
 * A block of a section: a figure, a table or a paragraph.
 *
 * @since 0.1.0
 * @category models
 */
export type Block =
  | { readonly kind: "figure"; readonly figure: Figure }
  | { readonly kind: "table"; readonly title: Message; readonly table: DataTable }
  | { readonly kind: "text"; readonly text: Message }

/**
 * A section of the report (one a package, say).
 *
 * @since 0.1.0
 * @category models
 */
export interface Section {
  readonly id: string
  readonly title: Message
  readonly intro?: Message
  readonly blocks: ReadonlyArray<Block>
}

/**
 * A whole report. `generated` is a caller-given text (a date, a run id):
 * the report never reads the clock.
 *
 * @since 0.1.0
 * @category models
 */
export interface Report {
  readonly title: Message
  readonly subtitle?: Message
  readonly generated?: string
  readonly sections: ReadonlyArray<Section>
}

/**
 * Escapes text for HTML content and attribute values (anything but a
 * string gives the empty text).
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@tongban/report"
 *
 * escapeHtml('<b title="x">&</b>') // "&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const escapeHtml = (text: string): string =>
  (typeof text === "string" ? text : "").replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  )

const both = (m: Message, tag = "span"): string =>
  m.zh === m.en
    ? `<${tag} lang="zh-CN">${escapeHtml(m.zh)}</${tag}>`
    : `<${tag} lang="zh-CN">${escapeHtml(m.zh)}</${tag}> <${tag} lang="en" class="en">${escapeHtml(m.en)}</${tag}>`

const attr = (text: string): string => escapeHtml(text.replace(/[^A-Za-z0-9_-]/g, "-"))

const tableHtml = (table: DataTable): string => {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(bilingual(c))}</th>`).join("")
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td${typeof cell === "number" ? ' class="num"' : ""}>${escapeHtml(String(cell))}</td>`).join("")}</tr>`
    )
    .join("\n")
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

/** The SVG of a figure without its XML prolog, safe to inline: scripts and event handlers are removed, its names scoped. */
const inlineSvg = (svg: string, scope: string): string =>
  scopeIds(svg, scope)
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<script[\s\S]*?<\/script>/gi, "")
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, "")

const NOTE: Message = {
  zh: "此处的图无法绘制，原因如下：",
  en: "The figure that belongs here could not be drawn, because:"
}

/** At most this many issues are listed in a note; the rest are counted. */
const NOTE_ISSUES = 20

/** A visible bilingual note in place of a figure or table whose data could not be drawn: each issue located. */
const issuesHtml = (issues: ReadonlyArray<Issue>): string => {
  const items = issues
    .slice(0, NOTE_ISSUES)
    .map(
      (i) =>
        `<li><code>${escapeHtml(i.code)}</code> <code>${escapeHtml(i.path.join(".") || "·")}</code> ${both(i.message)}</li>`
    )
    .join("\n")
  const more =
    issues.length > NOTE_ISSUES
      ? `<li>${both({ zh: `另有 ${issues.length - NOTE_ISSUES} 个问题`, en: `and ${issues.length - NOTE_ISSUES} more` })}</li>`
      : ""
  return `<div class="issues" role="note"><p>${both(NOTE, "strong")}</p><ul>\n${items}${more}\n</ul></div>`
}

const figureHtml = (f: Figure, scope: string): string =>
  f.issues !== undefined && f.issues.length > 0
    ? `<figure class="figure figure-issues" id="fig-${attr(f.id)}" data-figure="${attr(f.id)}">
${issuesHtml(f.issues)}
<figcaption>${both(f.title, "strong")}${f.caption === undefined ? "" : `<br>${both(f.caption)}`}</figcaption>
</figure>`
    : `<figure class="figure" id="fig-${attr(f.id)}" data-figure="${attr(f.id)}">
<div class="chart" role="img" aria-label="${escapeHtml(bilingual(f.title))}" style="max-width:${f.width}px">${inlineSvg(f.svg, scope)}</div>
<figcaption>${both(f.title, "strong")}${f.caption === undefined ? "" : `<br>${both(f.caption)}`}</figcaption>
<details><summary>数据表 Data table (${f.table.rows.length})</summary>${tableHtml(f.table)}</details>
</figure>`

const blockHtml = (b: Block, scope: string): string =>
  b.kind === "figure"
    ? figureHtml(b.figure, scope)
    : b.kind === "table"
      ? `<div class="table-block"><h3>${both(b.title)}</h3>${b.table.issues !== undefined && b.table.issues.length > 0 ? issuesHtml(b.table.issues) : tableHtml(b.table)}</div>`
      : `<p>${both(b.text)}</p>`

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: ${FONT}; color: #1f2633; background: #f6f7fa; margin: 0; line-height: 1.5; }
header.cover { background: #2f5aa8; color: #fff; padding: 32px 40px; }
header.cover h1 { margin: 0 0 6px; font-size: 28px; }
header.cover p { margin: 0; opacity: 0.9; }
nav.toc { padding: 12px 40px; background: #fff; border-bottom: 1px solid #dde2ea; }
nav.toc a { margin-right: 18px; color: #2f5aa8; text-decoration: none; }
main { max-width: 1120px; margin: 0 auto; padding: 8px 24px 40px; }
section.section { background: #fff; border: 1px solid #dde2ea; border-radius: 6px; margin: 24px 0; padding: 8px 24px 20px; }
section.section > h2 { border-bottom: 2px solid #2f5aa8; padding-bottom: 6px; }
.en { color: #4a5568; }
figure.figure { margin: 20px 0; }
figure.figure .chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 13px; margin-top: 6px; }
details { margin-top: 6px; font-size: 12px; }
table { border-collapse: collapse; margin: 6px 0; font-size: 12px; }
th, td { border: 1px solid #dde2ea; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-block h3 { font-size: 15px; }
.issues { border: 1px solid #d9534f; border-left: 6px solid #d9534f; background: #fdf1f0; padding: 8px 14px; font-size: 13px; }
.issues ul { margin: 4px 0; padding-left: 20px; }
footer { text-align: center; font-size: 12px; color: #6b7280; padding: 16px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  header.cover { background: #fff; color: #1f2633; padding: 0 0 12px; border-bottom: 2px solid #2f5aa8; }
  nav.toc { display: none; }
  main { max-width: none; padding: 0; }
  section.section { border: 0; padding: 0; margin: 0; break-before: page; page-break-before: always; }
  figure.figure { break-inside: avoid; page-break-inside: avoid; }
  .issues { background: #fff; }
  figure.figure .chart { max-width: 100% !important; }
  figure.figure .chart svg { width: auto; max-width: 100%; max-height: 240mm; margin: 0 auto; }
  details > summary { display: none; }
  table { break-inside: auto; }
  tr { break-inside: avoid; }
}
`

const IssueSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])).refine(fewEnough, TOO_MANY),
  message: Text2
})
const Issues = z.array(IssueSchema).refine(fewEnough, TOO_MANY).optional()
const TableSchema = z.object({
  columns: z.array(Text2).refine(fewEnough, TOO_MANY),
  rows: z.array(z.array(z.union([z.string(), z.number()])).refine(fewEnough, TOO_MANY)).refine(fewEnough, TOO_MANY),
  issues: Issues
})
const BlockSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("figure"),
    figure: z.object({
      id: z.string(),
      title: Text2,
      caption: Text2.optional(),
      width: Num,
      height: Num,
      svg: z.string(),
      table: TableSchema,
      issues: Issues
    })
  }),
  z.object({ kind: z.literal("table"), title: Text2, table: TableSchema }),
  z.object({ kind: z.literal("text"), text: Text2 })
])
const ReportSchema = z.object({
  title: Text2,
  subtitle: Text2.optional(),
  generated: z.string().optional(),
  sections: z
    .array(
      z.object({
        id: z.string(),
        title: Text2,
        intro: Text2.optional(),
        blocks: z.array(z.unknown()).refine(fewEnough, TOO_MANY)
      })
    )
    .refine(fewEnough, TOO_MANY)
})

const UNDRAWN: Message = { zh: "无法生成的报告", en: "A report that cannot be drawn" }

/**
 * The report as it can be drawn: a block of the wrong shape (from plain
 * JavaScript) becomes a figure carrying its located issues, and a report of
 * the wrong shape one section holding such a figure.
 */
const drawable = (report: Report): Report => {
  const frame = validate(ReportSchema, report, { path: ["report"] })
  if (!frame.ok) {
    const invalid = invalidFigure("renderHtml", [frame])
    return {
      title: UNDRAWN,
      sections:
        invalid === undefined ? [] : [{ id: "report", title: UNDRAWN, blocks: [{ kind: "figure", figure: invalid }] }]
    }
  }
  // The frame fits, so the report's own values (with any extra fields they carry) are read from here on.
  return {
    ...report,
    sections: report.sections.map((section, i) => ({
      ...section,
      blocks: section.blocks.map((block, j): Block => {
        const checked = validate(BlockSchema, block, { path: ["report", "sections", i, "blocks", j] })
        if (checked.ok) return block
        const invalid = invalidFigure("renderHtml", [checked])
        return invalid === undefined
          ? { kind: "text", text: UNDRAWN }
          : { kind: "figure", figure: { ...invalid, id: `invalid-${i + 1}-${j + 1}` } }
      })
    }))
  }
}

/**
 * Renders a report as one self-contained HTML document: a cover, a table of
 * contents, each section with its figures (inline SVG with an ARIA label,
 * a bilingual caption and the data table beside it). A figure that
 * carries issues (its data could not be drawn) is shown as a visible
 * bilingual note listing them, in its place; so is a block of the wrong
 * shape. Never throws.
 *
 * @example
 * ```ts
 * import { renderHtml } from "@tongban/report"
 *
 * const html = renderHtml({ title: { zh: "报告", en: "Report" }, sections: [{ id: "a", title: { zh: "一", en: "One" }, blocks: [{ kind: "text", text: { zh: "<你好>", en: "hello" } }] }] })
 * html.startsWith("<!doctype html>") // true
 * html.includes("&lt;你好&gt;") // true
 * html.includes("<script") // false
 * const broken = renderHtml({ title: { zh: "报告", en: "Report" }, sections: [{ id: "a", title: { zh: "一", en: "One" }, blocks: [JSON.parse('{ "kind": "figure" }')] }] })
 * broken.includes('class="issues" role="note"') // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const renderHtml = (input: Report): string => {
  const report = drawable(input)
  const toc = report.sections.map((s) => `<a href="#${attr(s.id)}">${escapeHtml(bilingual(s.title))}</a>`).join("")
  const sections = report.sections
    .map(
      (s, i) => `<section class="section" id="${attr(s.id)}">
<h2>${both(s.title)}</h2>
${s.intro === undefined ? "" : `<p>${both(s.intro)}</p>`}
${s.blocks.map((b, j) => blockHtml(b, `${i}-${j}`)).join("\n")}
</section>`
    )
    .join("\n")
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(bilingual(report.title))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="cover"><h1>${both(report.title)}</h1>${report.subtitle === undefined ? "" : `<p>${both(report.subtitle)}</p>`}${report.generated === undefined ? "" : `<p>${escapeHtml(report.generated)}</p>`}</header>
<nav class="toc">${toc}</nav>
<main>
${sections}
</main>
<footer>通办 tongban · @tongban/report</footer>
</body>
</html>
`
}

/**
 * Every figure of a report, in order (to write each as its own SVG file); a
 * block of the wrong shape is a figure carrying its issues, as in
 * {@link renderHtml}.
 *
 * @example
 * ```ts
 * import { reportFigures } from "@tongban/report"
 *
 * reportFigures({ title: { zh: "报告", en: "Report" }, sections: [] }) // []
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const reportFigures = (report: Report): ReadonlyArray<Figure> =>
  drawable(report).sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "figure" ? [b.figure] : [])))
