/**
 * The issue codes of `@tongban/core`: dates, JSON, CSV, and the codes zod
 * reports through `validate`.
 *
 * @since 0.2.0
 */
import { defineCodes } from "./Codes.js"
import { csvCodes, dateCodes, jsonCodes, zodCodes } from "./internal/codes.js"

/**
 * Every issue code `@tongban/core` reports, with its templates, facts and
 * severity. The `date_` codes come from `parseLocalDate`, the `json_` codes
 * from `parseJson` and `checkJsonValue`, the `csv_` codes from `parseCsv`
 * and `forEachCsvRow`; the others are zod's own codes as {@link validate}
 * passes them on (a schema's custom check reports its package's code).
 *
 * @example
 * ```ts
 * import { coreCodes } from "@tongban/core"
 *
 * coreCodes.issue("csv_quote_unclosed", { path: [2], facts: { line: 2, column: 5 } }).message.en
 * // "line 2, column 5: the quote is never closed"
 * coreCodes.codes.date_nonexistent.facts?.daysInMonth // "number"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const coreCodes = /* @__PURE__ */ defineCodes("@tongban/core", dateCodes, jsonCodes, csvCodes, zodCodes)
