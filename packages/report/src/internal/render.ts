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

/**
 * Renders an ECharts option to an SVG string of the given size, with
 * animation off, UTC dates (the output never depends on the host time zone)
 * and ARIA on (the SVG carries a description a screen reader can read).
 */
export const renderSvg = (option: EChartsCoreOption, width: number, height: number): string => {
  register()
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height })
  try {
    chart.setOption({
      animation: false,
      useUTC: true,
      aria: { enabled: true },
      color: [...SERIES_COLOURS],
      textStyle: { fontFamily: FONT },
      ...option
    })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
