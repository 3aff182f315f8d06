/** Reads values back out of the SVG ECharts renders: the rectangles it draws for bars. */
export interface Bar {
  readonly series: number
  readonly index: number
  readonly x: number
  readonly y: number
  /** Horizontal extent in pixels (always positive). */
  readonly width: number
  /** Vertical extent in pixels (always positive). */
  readonly height: number
}

const NUMBER = "(-?[0-9.]+(?:e-?[0-9]+)?)"
const RECT = new RegExp(`^M${NUMBER} ${NUMBER}l${NUMBER} 0l0 ${NUMBER}l${NUMBER} 0Z$`)

/** Every bar of the chart (not the legend): `<path d="M x y l w 0 l 0 h l -w 0Z" ecmeta_ssr_type="chart">`. */
export const barsOf = (svg: string): ReadonlyArray<Bar> => {
  const out: Array<Bar> = []
  for (const m of svg.matchAll(/<path d="([^"]+)"([^>]*)>/g)) {
    const attrs = m[2] ?? ""
    if (!attrs.includes('ecmeta_ssr_type="chart"') || attrs.includes("transform=")) continue
    const r = RECT.exec(m[1] ?? "")
    const series = /ecmeta_series_index="(\d+)"/.exec(attrs)?.[1]
    const index = /ecmeta_data_index="(\d+)"/.exec(attrs)?.[1]
    if (r === null || series === undefined || index === undefined) continue
    out.push({
      series: Number(series),
      index: Number(index),
      x: Number(r[1]),
      y: Number(r[2]),
      width: Math.abs(Number(r[3])),
      height: Math.abs(Number(r[4]))
    })
  }
  return out
}

/** The bar of a series and data index. */
export const barAt = (svg: string, series: number, index: number): Bar | undefined =>
  barsOf(svg).find((b) => b.series === series && b.index === index)

/** Every text the SVG shows. */
export const textsOf = (svg: string): ReadonlyArray<string> =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
  )
