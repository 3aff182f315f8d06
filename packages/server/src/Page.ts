/**
 * The human page of the API at `/`: every operation with its summary in
 * Chinese and English and its example body, and a link to `/openapi.json`.
 * Self-contained (no script, no style sheet or font from elsewhere), so it
 * works on a government intranet with no way out.
 *
 * Glossary: 接口文档 = API document.
 *
 * @since 0.3.0
 */
import type { Operation } from "./Operation.js"

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${String(c.codePointAt(0) ?? 0)};`)

/**
 * The HTML page that lists the operations.
 *
 * @param operations - the operations to list
 * @param version - the version shown in the title
 * @returns a complete HTML document
 *
 * @example
 * ```ts
 * import { apiPage, operations } from "@tongban/server"
 *
 * const html = apiPage(operations, "0.3.0")
 * html.startsWith("<!doctype html>") // true
 * html.includes("/deadline/due") // true
 * html.includes("<script") // false
 * ```
 *
 * @since 0.3.0
 * @category rendering
 */
export const apiPage = (operations: ReadonlyArray<Operation>, version: string): string => {
  const rows = operations
    .map(
      (op) => `<section id="${escapeHtml(op.id)}">
<h2><code>POST ${escapeHtml(op.path)}</code> <small>${escapeHtml(op.id)}${op.heavy ? " · worker pool" : ""}</small></h2>
<p lang="zh">${escapeHtml(op.summary.zh)}</p>
<p lang="en">${escapeHtml(op.summary.en)}</p>
<details><summary>示例 / example</summary><pre>${escapeHtml(JSON.stringify(op.example, null, 2))}</pre></details>
</section>`
    )
    .join("\n")
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>tongban 通办 API ${escapeHtml(version)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:.5rem;overflow:auto}
section{border-top:1px solid #ddd;padding:.5rem 0}small{color:#666;font-weight:normal}</style></head>
<body><h1>tongban 通办 API ${escapeHtml(version)}</h1>
<p>机器可读的接口文档：<a href="/openapi.json">/openapi.json</a>（OpenAPI 3.1，由各包的 zod 模式生成，可据此生成 Java、.NET、PHP、Python 客户端）。所有接口均为 POST，请求体为 JSON；错误返回 <code>{ ok: false, issues }</code>。</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1, generated from the packages' zod schemas; generate a Java, .NET, PHP or Python client from it). Every operation is a POST with a JSON body; errors answer <code>{ ok: false, issues }</code>.</p>
${rows}
</body></html>
`
}
