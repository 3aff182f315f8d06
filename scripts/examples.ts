// `pnpm examples`, a step of `pnpm verify` (issue 11, point 4): the
// examples and the Markdown snippets are type-checked and run.
//
// 1. The TypeScript snippets of README.md, docs/*.md and the packages'
//    READMEs are type-checked: each is a module of its own, checked in
//    memory against the packages' sources under tsconfig.json's options, so
//    an import of a name a package no longer exports, or a call with the
//    wrong arguments, fails with the snippet's file and line. (They run,
//    with their `// value` lines asserted, in test/snippets.test.ts; the
//    files under examples/ are type-checked by `pnpm typecheck`, whose
//    tsconfig.json includes them.)
// 2. examples/deadline/01-due-dates.ts and the T County demo
//    (examples/t-county/main.ts) run against the packages' sources, in a
//    temporary directory (the demo writes out/), their output kept quiet
//    unless they fail. Once, under the host's time zone: every result they
//    print comes from functions the suite runs under three zones.
//
// Prints the time each part took; exits 1 if any part failed.
import { mkdtempSync, readdirSync, existsSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import ts from "typescript"
import { collectSnippets } from "./doctest.js"

const root = fileURLToPath(new URL("..", import.meta.url))

/** The type errors of the Markdown snippets, each as `file:line: message`. */
export const snippetDiagnostics = (): ReadonlyArray<string> => {
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
  if (snippets.length === 0) return ["no snippets found"]
  // Files that exist only in memory, in test/ (so that zod and the other
  // dependencies resolve from the repository's node_modules); `export {}`
  // makes a snippet without imports a module too.
  const virtual = new Map(
    snippets.map((s, i) => [join(root, "test", `__snippet_${i}.ts`), `${s.code}\nexport {}\n`] as const)
  )
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  )
  if (config === undefined) return ["tsconfig.json could not be read"]
  // A snippet may end with a value it shows and never uses.
  const options = { ...config.options, noUnusedLocals: false, noEmit: true }
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (file, language, onError, create) => {
    const text = virtual.get(file)
    return text === undefined
      ? getSourceFile.call(host, file, language, onError, create)
      : ts.createSourceFile(file, text, language)
  }
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file)
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file)
  const program = ts.createProgram([...virtual.keys()], options, host)
  const out: Array<string> = []
  ;[...virtual.keys()].forEach((file, i) => {
    const source = program.getSourceFile(file)
    const snippet = snippets[i]
    if (source === undefined || snippet === undefined) return
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const at = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line
      out.push(`${snippet.file}:${snippet.line + at}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)
    }
  })
  return out
}

let failed = false

/** Runs one part, prints its time, and records a failure without stopping the others. */
const timed = async (name: string, task: () => Promise<void> | void): Promise<void> => {
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  try {
    await task()
    console.log(`examples: ${name}: ok (${seconds()} s)`)
  } catch (error) {
    failed = true
    console.error(`examples: ${name}: FAILED (${seconds()} s)`)
    console.error(error)
  }
}

/** Runs a script quietly in `cwd`; its output is printed only if it throws. */
const runQuietly = async (file: string, cwd: string): Promise<void> => {
  const printed: Array<string> = []
  const log = console.log
  const here = process.cwd()
  console.log = (...args: Array<unknown>) => {
    printed.push(args.map(String).join(" "))
  }
  process.chdir(cwd)
  try {
    await import(pathToFileURL(join(root, file)).href)
  } catch (error) {
    console.log = log
    console.log(printed.join("\n"))
    throw error
  } finally {
    console.log = log
    process.chdir(here)
  }
}

const main = async (): Promise<void> => {
  await timed("the Markdown snippets type-check", () => {
    const found = snippetDiagnostics()
    if (found.length > 0) throw new Error(`the snippets do not type-check:\n${found.join("\n")}`)
  })
  const dir = mkdtempSync(join(tmpdir(), "tongban-examples-"))
  try {
    await timed("examples/deadline/01-due-dates.ts runs", () => runQuietly("examples/deadline/01-due-dates.ts", dir))
    await timed("examples/t-county/main.ts (the T County demo) runs", () =>
      runQuietly("examples/t-county/main.ts", dir)
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main()
  process.exitCode = failed ? 1 : 0
}
