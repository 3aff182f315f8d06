// Issue 11, point 4: the TypeScript snippets of README.md, docs/*.md and the
// packages' READMEs run, and every `expression // value` line in them is
// asserted, under the rules of the doc comments' examples
// (scripts/doctest.ts). scripts/examples.ts (`pnpm examples`, in verify)
// type-checks the same snippets.
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { collectSnippets, compileExample, importsOf, runExamples } from "../scripts/doctest.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const markdown = [
  join(root, "README.md"),
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(root, "docs", f)),
  ...readdirSync(join(root, "packages"))
    .map((p) => join(root, "packages", p, "README.md"))
    .filter((f) => existsSync(f))
]
const snippets = collectSnippets(markdown, root)
const specifiers = [...new Set(snippets.flatMap(importsOf))]
const modules: Record<string, unknown> = Object.fromEntries(
  await Promise.all(specifiers.map(async (spec) => [spec, await import(/* @vite-ignore */ spec)] as const))
)

describe("TypeScript snippets of the Markdown docs", () => {
  it("finds the snippets", () => {
    expect(snippets.length).toBeGreaterThan(10)
  })
  runExamples(snippets, modules)
})

describe("an import spread over lines, as Biome formats a long one in Markdown", () => {
  it("is read as one import, and the lines after it keep their places", () => {
    const code = ["import {", "  alpha,", "  beta as b", '} from "m"', "alpha // 1"].join("\n")
    const compiled = compileExample({ file: "x.md", line: 10, symbol: "x", code })
    expect(compiled).toContain('const { alpha, beta: b } = __mods["m"];')
    expect(compiled).not.toContain("import")
    // the check of line 5 of the example still names line 10 + 4
    expect(compiled).toContain("14)")
  })
})
