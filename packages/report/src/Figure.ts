/**
 * Figures and their data. A figure is an SVG string rendered on the server
 * together with the table of the values it draws, so a screen reader, a
 * printed page and a test can all read the numbers.
 *
 * 图 = figure, 数据表 = data table.
 *
 * @since 0.1.0
 */
import type { Issue, Message } from "@tongban/core"

/**
 * A cell of a data table: text or a number.
 *
 * @since 0.1.0
 * @category models
 */
export type Cell = string | number

/**
 * The values a figure draws, as rows under bilingual column headings.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTable {
  readonly columns: ReadonlyArray<Message>
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>
  /**
   * Present when the data could not be tabulated (the wrong shape, from
   * plain JavaScript or a foreign file): the located issues; the table is
   * then empty and the HTML report shows the issues in its place.
   */
  readonly issues?: ReadonlyArray<Issue>
}

/**
 * One figure: a standalone SVG (no script, no external reference), its
 * bilingual title and caption, its size in pixels and the table of its data.
 *
 * @since 0.1.0
 * @category models
 */
export interface Figure {
  /** A stable id, used as the file name by `--svg DIR` and as the HTML anchor. */
  readonly id: string
  readonly title: Message
  readonly caption?: Message
  readonly width: number
  readonly height: number
  readonly svg: string
  readonly table: DataTable
  /**
   * Present when the data could not be drawn (the wrong shape, from plain
   * JavaScript or a foreign file): the located issues, in Chinese and
   * English; the SVG then draws nothing but its title.
   */
  readonly issues?: ReadonlyArray<Issue>
}

/**
 * Joins a bilingual message into one label, Chinese first (anything but a
 * message gives the empty text).
 *
 * @example
 * ```ts
 * import { bilingual } from "@tongban/report"
 *
 * bilingual({ zh: "等候时间", en: "waiting time" }) // "等候时间 waiting time"
 * bilingual({ zh: "同", en: "同" }) // "同"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const bilingual = (m: Message): string => {
  if (typeof m !== "object" || m === null || typeof m.zh !== "string" || typeof m.en !== "string") return ""
  return m.zh === m.en ? m.zh : `${m.zh} ${m.en}`
}

/**
 * A figure id made safe for a file name and an HTML id: lower-case letters,
 * digits and hyphens only (`figure` when nothing is left, or for anything
 * but a string).
 *
 * @example
 * ```ts
 * import { figureId } from "@tongban/report"
 *
 * figureId("Gantt: 工程建设 <2024>") // "gantt-2024"
 * figureId("") // "figure"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const figureId = (text: string): string => {
  if (typeof text !== "string") return "figure"
  const id = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
  return id === "" ? "figure" : id
}
