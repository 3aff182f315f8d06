/**
 * Section 3: the matter catalogue. T County's centre handles 1,546 matters
 * for 39 departments (the paper, section 1.1); the catalogue in ./data is an
 * ILLUSTRATIVE subset — real matter names of county catalogues, not T
 * County's own list — in two versions, before (2019) and after (2020) a
 * reform. This section validates both, prints the statistics and the diff's
 * four reductions (四减), searches by pinyin initials, and merges the
 * materials of the 企业开办 bundle.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import {
  analyseBundle,
  type Catalogue,
  catalogueFromJson,
  catalogueStats,
  diffCatalogues,
  type MatterStats,
  searchMatters
} from "@tongban/catalog"
import { formatIssues, getOrThrow } from "@tongban/core"
import { heading, line } from "./print.js"

const load = (file: string): Catalogue => {
  const bytes = readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)))
  const result = catalogueFromJson(bytes)
  if (!result.ok) throw new Error(formatIssues(result.issues, "both"))
  return result.value
}

const pct = (share: number | undefined): string => (share === undefined ? "—" : `${(share * 100).toFixed(1)}%`)

const statsLine = (label: string, s: MatterStats): string =>
  `${label.padEnd(10)} 事项 matters ${String(s.matters).padStart(4)} · 即办件 ${pct(s.immediateShare)} · 全程网办 ${pct(s.fullyOnlineShare)} · ` +
  `最多跑一次 ${pct(s.atMostOneTripShare)} · 零跑动 ${pct(s.zeroTripShare)} · 时限压缩 ${pct(s.meanCompression)} · 窗口授权 ${pct(s.windowApprovedShare)}`

export const run = (): void => {
  heading("三、事项目录与四减", "3. The matter catalogue and the four reductions (四减)")
  line("示例数据仅作说明，不是 T 县的实际事项清单 / illustrative data, not T County's own list")
  const before = load("catalogue-2019.json")
  const after = load("catalogue-2020.json")
  line(
    `${before.version}: ${before.departments.length} 个部门 departments, ${before.windows.length} 个窗口 windows, ${before.matters.length} 项事项 matters, ${before.bundles.length} 个一件事 bundles`
  )

  const s2019 = catalogueStats(before)
  const s2020 = catalogueStats(after)
  line(statsLine("2019", s2019.overall))
  line(statsLine("2020", s2020.overall))
  const scj = s2020.departments.find((d) => d.id === "scj")
  if (scj !== undefined) line(statsLine("市场监管 2020", scj.stats))
  line("数据共享候选（多个部门重复要求的材料）/ data-sharing candidates (materials several departments demand), 2019:")
  for (const c of s2019.sharedMaterialCandidates.slice(0, 5))
    line(`  ${c.name}: ${c.departments.length} 个部门 departments, ${c.matters.length} 项事项 matters`)

  const diff = diffCatalogues(before, after)
  line(
    `\n版本比较 diff 2019 → 2020: 新增 added ${diff.added.length}, 取消 removed ${diff.removed.length}, 变更 changed ${diff.changed.length}`
  )
  const rows = [
    ["减环节 steps", diff.fourReductions.steps],
    ["减材料 materials", diff.fourReductions.materials],
    ["减时限 time (工作日 working days)", diff.fourReductions.time],
    ["减跑动 trips", diff.fourReductions.trips]
  ] as const
  for (const [label, r] of rows) {
    line(
      `  ${label.padEnd(34)} ${r.before.toFixed(0).padStart(6)} → ${r.after.toFixed(0).padStart(6)}  −${r.reduction.toFixed(0)} (${r.percent === undefined ? "—" : `${r.percent.toFixed(1)}%`})`
    )
  }

  line("\n检索 search “yyzz”, “spjy”:")
  for (const q of ["yyzz", "spjy"]) {
    line(
      `  ${q} → ${searchMatters(after, q, { limit: 3 })
        .map((h) => h.matter.name)
        .join("；")}`
    )
  }

  const bundle = getOrThrow(analyseBundle(after, "qykb"))
  line(`\n一件事 bundle ${bundle.name}: ${bundle.members.length} 项事项 matters`)
  for (const m of bundle.materials.filter((x) => x.matters.length > 1))
    line(`  共用材料 shared material ${m.name}: ${m.matters.length} 项事项 matters`)
  const f = bundle.fourReductions
  line(
    `  环节 steps ${f.steps.before} → ${f.steps.after}; 须交材料 materials to hand in ${f.materials.before} → ${f.materials.after}; 跑动 trips ${f.trips.before} → ${f.trips.after}`
  )
}
