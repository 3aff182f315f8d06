/**
 * `@tongban/catalog`: the matter catalogue (政务服务事项目录) after
 * GB/T 39046—2020: schemas, validation with located bilingual issues, code
 * check characters, JSON/CSV/XLSX import and export, search by name, pinyin
 * and code, reform metrics (四减), version diffs and bundles (一件事).
 *
 * @packageDocumentation
 */
export * from "./Analytics.js"
export * from "./Bundle.js"
export * from "./Codes.js"
export * from "./Completeness.js"
export * from "./DetectFormat.js"
export * from "./Diff.js"
export * from "./Headers.js"
export * from "./Identifiers.js"
export * from "./Io.js"
export * from "./IssueCodes.js"
export * from "./Schema.js"
export * from "./Search.js"
export * from "./Tabular.js"
export * from "./Text.js"
export * from "./Validate.js"
