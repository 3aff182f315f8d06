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
  /** Horizontal extent with its sign: `x + dx` is the end of a horizontal bar drawn from its origin at `x`. */
  readonly dx: number
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
      height: Math.abs(Number(r[4])),
      dx: Number(r[3])
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

/** A symbol the chart draws (a scatter cell, a line's point, a graph node): its transform's scale and translation. */
export interface Mark {
  readonly series: number
  readonly index: number
  readonly x: number
  readonly y: number
  readonly scaleX: number
  readonly scaleY: number
  readonly fill: string
}

/** Every chart symbol: `<path … transform="matrix(a,b,c,d,e,f)" … ecmeta_ssr_type="chart">` with no rotation. */
export const symbolsOf = (svg: string): ReadonlyArray<Mark> => {
  const out: Array<Mark> = []
  for (const m of svg.matchAll(/<path d="[^"]+"([^>]*)>/g)) {
    const attrs = m[1] ?? ""
    if (!attrs.includes('ecmeta_ssr_type="chart"')) continue
    const t = /transform="matrix\(([^)]+)\)"/.exec(attrs)?.[1]?.split(",").map(Number)
    const series = /ecmeta_series_index="(\d+)"/.exec(attrs)?.[1]
    const index = /ecmeta_data_index="(\d+)"/.exec(attrs)?.[1]
    if (t === undefined || t.length !== 6 || series === undefined || index === undefined) continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = t
    if (b !== 0 || c !== 0) continue
    out.push({
      series: Number(series),
      index: Number(index),
      x: e,
      y: f,
      scaleX: a,
      scaleY: d,
      fill: /fill="([^"]*)"/.exec(attrs)?.[1] ?? ""
    })
  }
  return out
}

/** The points of every untransformed polyline (`M x y L x y …`) stroked in `stroke`: the lines of a line chart. */
export const polylinesOf = (svg: string, stroke: string): ReadonlyArray<ReadonlyArray<readonly [number, number]>> =>
  [...svg.matchAll(/<path d="(M[^"]+)"([^>]*)>/g)]
    .filter((m) => (m[2] ?? "").includes(`stroke="${stroke}"`) && !(m[2] ?? "").includes("transform="))
    .map((m) =>
      [...(m[1] ?? "").matchAll(/[ML](-?[0-9.]+) (-?[0-9.]+)/g)].map((p): readonly [number, number] => [
        Number(p[1]),
        Number(p[2])
      ])
    )
    .filter((points) => points.length > 2)

/**
 * Whether pixels are one affine image of values (`pixel = a + b·value`), to
 * `tolerance` pixels: what an axis does to its data. Needs two distinct values.
 */
export const isAffine = (values: ReadonlyArray<number>, pixels: ReadonlyArray<number>, tolerance = 0.6): boolean => {
  if (values.length !== pixels.length || values.length < 2) return false
  let lo = 0
  let hi = 0
  values.forEach((v, i) => {
    if (v < (values[lo] ?? 0)) lo = i
    if (v > (values[hi] ?? 0)) hi = i
  })
  const v0 = values[lo] ?? 0
  const v1 = values[hi] ?? 0
  if (v0 === v1) return false
  const b = ((pixels[hi] ?? 0) - (pixels[lo] ?? 0)) / (v1 - v0)
  const a = (pixels[lo] ?? 0) - b * v0
  return values.every((v, i) => Math.abs(a + b * v - (pixels[i] ?? 0)) <= tolerance)
}

/** The whiskers of an interval series: each data index's horizontal line, from its low end to its high end, in pixels. */
export const whiskersOf = (
  svg: string,
  series: number
): ReadonlyArray<{ readonly index: number; readonly from: number; readonly to: number }> =>
  [...svg.matchAll(/<path d="M(-?[0-9.]+) (-?[0-9.]+)L(-?[0-9.]+) (-?[0-9.]+)"([^>]*)>/g)]
    .filter((m) => (m[5] ?? "").includes(`ecmeta_series_index="${series}"`) && m[2] === m[4])
    .map((m) => ({
      index: Number(/ecmeta_data_index="(\d+)"/.exec(m[5] ?? "")?.[1] ?? -1),
      from: Math.min(Number(m[1]), Number(m[3])),
      to: Math.max(Number(m[1]), Number(m[3]))
    }))
