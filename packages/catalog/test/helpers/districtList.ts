/**
 * A district list shaped like the ones provincial portals publish (issue 13):
 * about a thousand matters of 34 departments, carrying names, departments,
 * matter types, 14-character provincial item codes (511A0138000000) and the
 * implementing bodies' codes, and nothing else. The codes are dirty the way
 * real ones are: most valid unified social credit codes, one temporary TE…
 * code with a wrong check character, 9-character organisation codes, 17-,
 * 13- and 10-character fragments, single characters, a lower-case letter,
 * empty cells. Seeded and deterministic; never typed by hand. Run
 * `npx tsx packages/catalog/test/helpers/districtList.ts` to rewrite
 * examples/t-county/data/district-list.csv from it.
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { creditCodeCheckChar } from "@tongban/catalog"
import { formatCsv } from "@tongban/core"
import { creditCodeFor, rng } from "./generate.js"

/** The 34 implementing departments of the district. */
export const DISTRICT_DEPARTMENTS = [
  "区发展和改革局",
  "区教育局",
  "区科学技术局",
  "区工业和信息化局",
  "区公安分局",
  "区民政局",
  "区司法局",
  "区财政局",
  "区人力资源和社会保障局",
  "区自然资源局",
  "区生态环境分局",
  "区住房和城乡建设局",
  "区交通运输局",
  "区水利局",
  "区农业农村局",
  "区商务局",
  "区文化广播电视和旅游局",
  "区卫生健康局",
  "区退役军人事务局",
  "区应急管理局",
  "区审计局",
  "区市场监督管理局",
  "区统计局",
  "区医疗保障局",
  "区林业局",
  "区城市管理局",
  "区行政审批局",
  "区档案馆",
  "区残疾人联合会",
  "区税务局",
  "区消防救援大队",
  "区气象局",
  "区烟草专卖局",
  "区住房公积金管理中心"
]

const SUBJECTS = [
  "食品经营",
  "药品零售",
  "建筑工程施工",
  "城镇污水排入排水管网",
  "道路运输经营",
  "出租汽车经营",
  "烟草专卖零售",
  "特种设备使用",
  "公共场所卫生",
  "民办学校办学",
  "林木采伐",
  "取水",
  "户外广告设置",
  "人力资源服务",
  "社会团体成立",
  "动物防疫条件",
  "种子生产经营",
  "执业医师",
  "最低生活保障",
  "临时救助",
  "城乡居民养老保险",
  "失业保险金",
  "残疾人证",
  "公证",
  "法律援助",
  "档案查阅"
]
const ACTIONS = ["许可", "变更", "延续", "注销", "登记", "备案", "核准", "补领", "认定", "给付", "申请", "查询"]
const TYPES = ["行政许可", "行政确认", "公共服务", "行政给付", "其他行政权力", "行政检查"]

/** How each department's code is dirty, by department index (the others are valid). */
export const DIRTY_CODES: ReadonlyMap<number, { readonly code: string; readonly looksLike: string }> = (() => {
  const valid = (n: number): string => creditCodeFor(n + 1)
  const temporaryBody = "TE5226000000012A"
  // A TE… code of 18 characters whose check character is wrong on purpose.
  const temporaryCheck = creditCodeCheckChar(`${temporaryBody}0`) === "1" ? "2" : "1"
  return new Map([
    [26, { code: `${temporaryBody}0${temporaryCheck}`, looksLike: "temporary" }],
    [27, { code: "MB0000027", looksLike: "organisation_code" }],
    [28, { code: "78901234X", looksLike: "organisation_code" }],
    [29, { code: valid(29).slice(0, 17), looksLike: "too_short" }],
    [30, { code: valid(30).slice(0, 13), looksLike: "too_short" }],
    [31, { code: valid(31).slice(0, 10), looksLike: "too_short" }],
    [32, { code: "1", looksLike: "too_short" }],
    [33, { code: `${valid(33).slice(0, 9)}b${valid(33).slice(10)}`, looksLike: "lowercase" }]
  ])
})()

/** The header of the list, as the portal writes it. */
export const DISTRICT_HEADER = ["序号", "事项名称", "部门名称", "实施主体统一社会信用代码", "事项类型", "事项编码"]

/** One matter row of the list: the department, and the cells in the order of {@link DISTRICT_HEADER}. */
export interface DistrictRow {
  readonly department: number
  readonly cells: ReadonlyArray<string>
}

/** The list: header and rows (about `matters` of them), seeded. */
export const districtList = (options?: {
  readonly matters?: number
  readonly seed?: number
}): {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<DistrictRow>
} => {
  const next = rng(options?.seed ?? 13)
  const count = options?.matters ?? 1_000
  const rows: Array<DistrictRow> = []
  for (let i = 0; i < count; i++) {
    const department = i % DISTRICT_DEPARTMENTS.length
    const dirty = DIRTY_CODES.get(department)
    // Every 97th row leaves the code empty, as real lists do.
    const code = i % 97 === 5 ? "" : (dirty?.code ?? creditCodeFor(department + 1))
    const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)] ?? "公证"
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)] ?? "申请"
    const local = `511${"ABCDEFGHJK".charAt(i % 10)}${String(i + 1).padStart(4, "0")}000000`
    rows.push({
      department,
      cells: [
        String(i + 1),
        `${subject}${action}`,
        DISTRICT_DEPARTMENTS[department] ?? "",
        code,
        TYPES[Math.floor(next() * TYPES.length)] ?? "公共服务",
        local
      ]
    })
  }
  return { header: DISTRICT_HEADER, rows }
}

/** The list as rows of cells, header first. */
export const districtTable = (options?: { readonly matters?: number }): Array<ReadonlyArray<string>> => {
  const list = districtList(options)
  return [list.header, ...list.rows.map((r) => r.cells)]
}

/** The list as CSV text (RFC 4180, with core's formula guard). */
export const districtCsv = (options?: { readonly matters?: number }): string => formatCsv(districtTable(options))

/** Where the example's copy of the list lives. */
export const DISTRICT_CSV_PATH = fileURLToPath(
  new URL("../../../../examples/t-county/data/district-list.csv", import.meta.url)
)

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DISTRICT_CSV_PATH, districtCsv())
}
