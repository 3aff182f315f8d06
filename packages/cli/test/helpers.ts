import { type Io, run } from "@tongban/cli"

/** Runs the CLI in memory, with files from `files`, and returns what it printed. */
export const runCli = async (
  argv: ReadonlyArray<string>,
  options?: { readonly env?: Record<string, string>; readonly files?: Record<string, string> }
): Promise<{ code: number; stdout: string; stderr: string; written: Map<string, string> }> => {
  let stdout = ""
  let stderr = ""
  const written = new Map<string, string>()
  const files = options?.files ?? {}
  const io: Io = {
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
    env: options?.env ?? { LANG: "en_US.UTF-8" },
    readFile: (path) => {
      const text = Object.hasOwn(files, path) ? files[path] : undefined
      return text === undefined
        ? { ok: false, reason: "ENOENT: no such file" }
        : { ok: true, bytes: new TextEncoder().encode(text) }
    },
    writeFile: (path, data) => {
      written.set(path, typeof data === "string" ? data : new TextDecoder().decode(data))
      return { ok: true }
    },
    now: () => 0,
    clock: () => Date.parse("2026-03-02T01:00:00Z"),
    cores: 2,
    listDir: (path) => {
      const prefix = path === "." ? "" : path.endsWith("/") ? path : `${path}/`
      const names = Object.keys(files)
        .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/"))
        .map((f) => f.slice(prefix.length))
      return names.length > 0 ? { ok: true, names } : { ok: false, reason: "ENOTDIR: not a directory" }
    }
  }
  const code = await run(argv, io)
  return { code, stdout, stderr, written }
}
