/**
 * The one place that calls Apache ECharts: server-side SVG rendering, no DOM.
 * Every figure module builds an option object and hands it here.
 */
import { BarChart, CustomChart, GraphChart, LineChart, ScatterChart } from "echarts/charts"
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent
} from "echarts/components"
import { type EChartsCoreOption, init, use } from "echarts/core"
import { SVGRenderer } from "echarts/renderers"

let registered = false

const register = (): void => {
  if (registered) return
  use([
    BarChart,
    CustomChart,
    GraphChart,
    LineChart,
    ScatterChart,
    AriaComponent,
    GridComponent,
    LegendComponent,
    MarkAreaComponent,
    MarkLineComponent,
    TitleComponent,
    SVGRenderer
  ])
  registered = true
}

/** The font stack of every figure: a CJK sans-serif first, so Chinese labels render wherever the SVG is shown. */
export const FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif"

/** The palette of the report, one colour per role. */
export const COLOURS = {
  primary: "#2f5aa8",
  secondary: "#e39b2d",
  tertiary: "#4b9b6e",
  quaternary: "#8a5cb8",
  critical: "#c0392b",
  muted: "#9aa3b2",
  rest: "#d9dde5",
  holiday: "#d9534f",
  makeUp: "#f0ad4e",
  cancelled: "#7d5ba6",
  provisional: "#5bc0de",
  working: "#eef1f6",
  normal: "#4b9b6e",
  yellow: "#e3b72d",
  red: "#d9534f",
  overdue: "#7b1f1f"
} as const

/** The series colours in order. */
export const SERIES_COLOURS: ReadonlyArray<string> = [
  COLOURS.primary,
  COLOURS.secondary,
  COLOURS.tertiary,
  COLOURS.quaternary,
  COLOURS.critical,
  COLOURS.muted
]

// zrender caches text widths in a plain object keyed by the text: a label
// that is exactly "__proto__" (or "constructor", …) writes to
// Object.prototype and then throws. Such a line gets a zero-width space.
const guardLine = (line: string): string => (line in Object.prototype ? `${line}\u200b` : line)

// Control characters other than tab and newline are not allowed in XML.
const isControl = (code: number): boolean => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d

const dropControls = (text: string): string => {
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) return [...text].filter((c) => !isControl(c.charCodeAt(0))).join("")
  }
  return text
}

const guardText = (text: string): string => {
  const clean = dropControls(text)
  return clean.includes("\n") ? clean.split("\n").map(guardLine).join("\n") : guardLine(clean)
}

/** The option with every string guarded, and every formatter's result too. */
const guard = (value: unknown, depth = 0): unknown => {
  if (typeof value === "string") return guardText(value)
  if (typeof value === "function")
    return (...args: ReadonlyArray<unknown>): unknown => {
      const out: unknown = Reflect.apply(value, undefined, args)
      return typeof out === "string" ? guardText(out) : out
    }
  if (depth > 64 || typeof value !== "object" || value === null) return value
  if (Array.isArray(value)) return value.map((v) => guard(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = guard(v, depth + 1)
  return out
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  )

/**
 * zrender names classes and clip paths after a global instance counter
 * (`zr7-cls-3`), so the same figure would differ with the number rendered
 * before it. Each name becomes `tbz<k>`, numbered by first appearance.
 */
const normaliseIds = (svg: string): string => {
  const names = new Map<string, string>()
  return svg.replace(/\bzr\d+-[a-z]+\d*(?:-\d+)?\b/g, (name) => {
    const known = names.get(name)
    if (known !== undefined) return known
    const next = `tbz${names.size}`
    names.set(name, next)
    return next
  })
}

/** Prefixes a figure's `tbz<k>` names, so several figures inlined in one HTML page keep their styles apart. */
export const scopeIds = (svg: string, scope: string): string => svg.replace(/\btbz(\d+)\b/g, `tb${scope}-$1`)

/**
 * Renders an ECharts option to an SVG string of the given size, with
 * animation off, UTC dates (the output never depends on the host time zone),
 * every text guarded against prototype keys, and the title as the SVG's
 * accessible name (`role="img"`, `aria-label` and a `<title>` element).
 */
export const renderSvg = (option: EChartsCoreOption, width: number, height: number, label: string): string => {
  register()
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height })
  try {
    const guarded = guard(option)
    chart.setOption({
      animation: false,
      useUTC: true,
      aria: { enabled: true },
      color: [...SERIES_COLOURS],
      textStyle: { fontFamily: FONT },
      ...(typeof guarded === "object" && guarded !== null ? guarded : {})
    })
    const svg = normaliseIds(chart.renderToSVGString())
    const name = escapeXml(dropControls(label))
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${name}" `).replace(/>/, `><title>${name}</title>`)
  } finally {
    chart.dispose()
  }
}
