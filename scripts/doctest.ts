/**
 * Runs the `@example` blocks of a package's doc comments as tests, so that
 * every example in the API reference is known to run and to say what it
 * returns.
 *
 * Rules for an example (```ts inside a doc comment):
 * - `import { a, b } from "pkg"` and `import * as x from "pkg"` take names
 *   from the modules given to {@link docExamples}; type-only imports are
 *   dropped.
 * - A line at the top level of the block of the form `expression // value`
 *   is an assertion: the expression must deep-equal the value. A note after
 *   the value is allowed when it is set off as ` (note)` or `: note` and the
 *   whole comment does not parse as a value.
 * - An expression written over several lines carries its value on its last
 *   line, under the same rule.
 * - A value too long for the line goes on the line(s) right after the
 *   expression, each starting with `//`: a top-level expression (one line or
 *   several) followed by comment lines that read as a literal value (they
 *   start with `{`, `[`, a quote, a digit, `-`, `true`, `false`, `null` or
 *   `undefined`) is an assertion too. A comment in prose is left alone.
 * - Every other line simply runs; a throw fails the example.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import ts from "typescript"
import { expect, it } from "vitest"

export interface DocExample {
  readonly file: string
  readonly line: number
  readonly symbol: string
  readonly code: string
}

const walk = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return walk(path)
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : []
  })

/** Every ```ts block under an `@example` tag in the doc comments of `srcDir`. */
export const collectExamples = (srcDir: string, root: string): Array<DocExample> => {
  const out: Array<DocExample> = []
  for (const file of walk(srcDir)) {
    const text = readFileSync(file, "utf8")
    const comment = /\/\*\*([\s\S]*?)\*\//g
    for (const match of text.matchAll(comment)) {
      const body = match[1] ?? ""
      if (!body.includes("@example")) continue
      const lines = body.split("\n").map((l) => l.replace(/^\s*\* ?/, ""))
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 200)
      const symbol = /(?:const|function|class|interface|type)\s+([A-Za-z0-9_$]+)/.exec(after)?.[1] ?? "?"
      const startLine = text.slice(0, match.index).split("\n").length
      let inExample = false
      let block: Array<string> | undefined
      let blockLine = 0
      lines.forEach((l, i) => {
        if (l.startsWith("@")) inExample = l.startsWith("@example")
        if (!inExample) return
        if (block === undefined && /^```(ts|typescript)\s*$/.test(l.trim())) {
          block = []
          blockLine = startLine + i + 1
        } else if (block !== undefined && l.trim() === "```") {
          out.push({ file: relative(root, file), line: blockLine, symbol, code: block.join("\n") })
          block = undefined
        } else if (block !== undefined) {
          block.push(l)
        }
      })
    }
  }
  return out
}

const parsesAsExpression = (text: string): boolean => {
  const result = ts.transpileModule(`(${text});`, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022 }
  })
  return (result.diagnostics ?? []).length === 0
}

const expectedText = (comment: string): string | undefined => {
  const text = comment.trim()
  if (text === "") return undefined
  // A note set off by " (…)", ": …" or "; …" follows the value.
  const note = /^(.*?)(?:\s+\(.*\)|:\s.*|;\s.*)$/.exec(text)
  if (note?.[1] !== undefined && note[1].trim() !== "" && parsesAsExpression(note[1])) return note[1]
  if (parsesAsExpression(text)) return text
  return undefined
}

const depthChange = (line: string): number => {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote !== undefined) {
      if (ch === "\\") i++
      else if (ch === quote) quote = undefined
      continue
    }
    if (ch === "/" && line[i + 1] === "/") break
    if (ch === '"' || ch === "'" || ch === "`") quote = ch
    else if (ch === "(" || ch === "[" || ch === "{") depth++
    else if (ch === ")" || ch === "]" || ch === "}") depth--
  }
  return depth
}

const splitComment = (line: string): { code: string; comment: string } | undefined => {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote !== undefined) {
      if (ch === "\\") i++
      else if (ch === quote) quote = undefined
      continue
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch
    else if (ch === "/" && line[i + 1] === "/") return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2) }
  }
  return undefined
}

const LITERAL = /^(?:[{["'`\d]|-\s*\d|(?:true|false|null|undefined)\b)/

/**
 * The value written on comment lines from line `i` on, after an expression:
 * one or more lines of `// …` that together read as a literal, and how many
 * lines it takes.
 */
const ownLineValue = (
  lines: ReadonlyArray<string>,
  i: number
): { readonly value: string; readonly lines: number } | undefined => {
  const parts: Array<string> = []
  for (let k = i; k < lines.length; k++) {
    const m = /^\s*\/\/\s?(.*)$/.exec(lines[k] ?? "")
    if (m === null) return undefined
    parts.push(m[1] ?? "")
    const text = parts.join("\n").trim()
    if (!LITERAL.test(text)) return undefined
    const expected = expectedText(text)
    if (expected !== undefined) return { value: expected, lines: k - i + 1 }
  }
  return undefined
}

const STATEMENT =
  /^(const|let|var|import|export|if|for|while|do|switch|try|catch|finally|return|throw|function|class|type|interface|await\s+using)\b/

/** Turns an example into the body of an async function over `__mods` and `__check`. */
export const compileExample = (example: DocExample): string => {
  // A line starting with "." continues the expression above it, and an
  // import spread over lines (as the formatter writes a long one) is read
  // as one line; an empty line keeps each joined line's place.
  const lines: Array<string> = []
  let openImport: number | undefined
  for (const line of example.code.split("\n")) {
    const last = lines.length - 1
    if (openImport !== undefined) {
      lines[openImport] = `${lines[openImport] ?? ""} ${line.trim()}`
      lines.push("")
      if (/\bfrom\s+["']/.test(line)) openImport = undefined
      continue
    }
    if (/^\s*import\s+(type\s+)?\{[^}]*$/.test(line)) {
      openImport = lines.length
      lines.push(line)
      continue
    }
    if (line.trim().startsWith(".") && last >= 0 && splitComment(lines[last] ?? "") === undefined) {
      lines[last] = `${lines[last]}${line.trim()}`
    } else {
      lines.push(line)
    }
  }
  const out: Array<string> = []
  let depth = 0
  let continuation = false
  // The top-level expression statement that ended on the line before, if
  // any: where it starts in `out`, and the example line it starts on.
  let ended: { readonly from: number; readonly line: number } | undefined
  let statementFrom = 0
  let statementLine = 0
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ""
    const own = ended === undefined ? undefined : ownLineValue(lines, i)
    if (ended !== undefined && own !== undefined) {
      const code = out.splice(ended.from).join("\n").trim().replace(/;$/, "")
      out.push(`__check(${code}, (${own.value}), ${example.line + ended.line});`)
      for (let k = 0; k < own.lines; k++) out.push("")
      i += own.lines - 1
      ended = undefined
      continue
    }
    ended = undefined
    // An exported declaration runs as a local one (the example is a function body).
    const line = raw.replace(/^export\s+(?=(const|let|function|class)\s)/, "")
    const importMatch = /^\s*import\s+(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+["']([^"']+)["']/.exec(line)
    if (importMatch !== null) {
      if (importMatch[1] !== undefined) continue
      const what = importMatch[2] ?? ""
      const from = JSON.stringify(importMatch[3])
      if (what.startsWith("*")) out.push(`const ${what.replace(/^\*\s+as\s+/, "")} = __mods[${from}];`)
      else {
        const names = what
          .slice(1, -1)
          .split(",")
          .map((n) => n.trim())
          .filter((n) => n !== "" && !n.startsWith("type "))
          .map((n) => n.replace(/\s+as\s+/, ": "))
        out.push(`const { ${names.join(", ")} } = __mods[${from}];`)
      }
      continue
    }
    const split = splitComment(line)
    const startsAtTop = depth === 0 && !continuation
    if (startsAtTop) {
      statementFrom = out.length
      statementLine = i
    }
    depth += depthChange(line)
    const trimmed = (split?.code ?? line).trim()
    continuation = depth === 0 && /[=+\-*/,(&|?:]$/.test(trimmed)
    if (
      split !== undefined &&
      startsAtTop &&
      depth === 0 &&
      split.code.trim() !== "" &&
      !STATEMENT.test(split.code.trim())
    ) {
      const expected = expectedText(split.comment)
      if (expected !== undefined) {
        const code = split.code.trim().replace(/;$/, "")
        out.push(`__check(${code}, (${expected}), ${example.line + i});`)
        continue
      }
    }
    const first = lines[statementLine] ?? ""
    // The last line of an expression over several lines, with its value.
    if (
      split !== undefined &&
      !startsAtTop &&
      depth === 0 &&
      !continuation &&
      split.code.trim() !== "" &&
      !STATEMENT.test(first.trim()) &&
      !/^[})\]]/.test(first.trim()) &&
      LITERAL.test(split.comment.trim())
    ) {
      const expected = expectedText(split.comment)
      if (expected !== undefined) {
        const code = [...out.splice(statementFrom), split.code].join("\n").trim().replace(/;$/, "")
        out.push(`__check(${code}, (${expected}), ${example.line + statementLine});`)
        continue
      }
    }
    out.push(line)
    if (
      depth === 0 &&
      !continuation &&
      split === undefined &&
      trimmed !== "" &&
      !trimmed.startsWith("//") &&
      !STATEMENT.test(first.trim()) &&
      !first.trim().startsWith("}")
    ) {
      ended = { from: statementFrom, line: statementLine }
    }
  }
  const transpiled = ts.transpileModule(out.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false }
  })
  return transpiled.outputText
}

/**
 * Every ```ts block of the Markdown files `files` (README.md, docs/*.md), as
 * examples under the same rules as the doc comments' ones.
 */
export const collectSnippets = (files: ReadonlyArray<string>, root: string): Array<DocExample> => {
  const out: Array<DocExample> = []
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n")
    let block: Array<string> | undefined
    let blockLine = 0
    lines.forEach((l, i) => {
      if (block === undefined && /^```(ts|typescript)\s*$/.test(l.trim())) {
        block = []
        blockLine = i + 2
      } else if (block !== undefined && l.trim() === "```") {
        out.push({ file: relative(root, file), line: blockLine, symbol: "snippet", code: block.join("\n") })
        block = undefined
      } else if (block !== undefined) {
        block.push(l)
      }
    })
  }
  return out
}

/** The module specifiers an example imports (type-only imports left out). */
export const importsOf = (example: DocExample): Array<string> =>
  [...example.code.matchAll(/^\s*import\s+(?!type\s)[^"']*from\s+["']([^"']+)["']/gm)].map((m) => m[1] ?? "")

/**
 * Registers one vitest test per example. `modules` maps each import
 * specifier the examples use to the module namespace.
 */
export const runExamples = (examples: ReadonlyArray<DocExample>, modules: Readonly<Record<string, unknown>>): void => {
  for (const example of examples) {
    it(`${example.file}:${example.line} (${example.symbol})`, async () => {
      const body = compileExample(example)
      const check = (actual: unknown, expected: unknown, line: number): void => {
        expect(actual, `${example.file}:${line}`).toEqual(expected)
      }
      const fn = new Function("__mods", "__check", `return (async () => {\n${body}\n})()`)
      const done: unknown = fn(modules, check)
      await done
    })
  }
}

/**
 * Registers one vitest test per example found in `srcDir`. `modules` maps
 * each import specifier the examples use to the module namespace.
 */
export const docExamples = (srcDir: string, root: string, modules: Readonly<Record<string, unknown>>): void => {
  const examples = collectExamples(srcDir, root)
  it("has examples", () => {
    expect(examples.length).toBeGreaterThan(0)
  })
  runExamples(examples, modules)
}
