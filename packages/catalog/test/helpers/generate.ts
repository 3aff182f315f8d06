/**
 * A generator of large, valid catalogues for tests and benchmarks: seeded,
 * deterministic, no I/O. Not part of the public API.
 */
import type { Catalogue, Department, Material, Matter } from "@tongban/catalog"
import { creditCodeCheckChar, makeImplementationCode } from "@tongban/catalog"

const SUBJECTS = [
  "食品经营",
  "药品零售",
  "医疗器械经营",
  "营业执照",
  "建筑工程施工",
  "建设用地规划",
  "城镇污水排入排水管网",
  "道路运输经营",
  "出租汽车经营",
  "烟草专卖零售",
  "危险化学品经营",
  "特种设备使用",
  "娱乐场所经营",
  "公共场所卫生",
  "民办学校办学",
  "林木采伐",
  "取水",
  "河道管理范围内建设项目",
  "户外广告设置",
  "城市建筑垃圾处置",
  "人力资源服务",
  "劳务派遣经营",
  "社会团体成立",
  "民办非企业单位成立",
  "个体工商户",
  "农民专业合作社",
  "动物防疫条件",
  "种子生产经营",
  "农药经营",
  "生猪定点屠宰",
  "执业医师",
  "护士执业",
  "母婴保健技术服务",
  "放射诊疗",
  "消防安全检查",
  "大型群众性活动安全",
  "机动车驾驶证",
  "居民身份证",
  "户口迁移",
  "残疾人证",
  "最低生活保障",
  "临时救助",
  "城乡居民养老保险",
  "失业保险金",
  "不动产登记",
  "房屋预售",
  "商品房买卖合同备案",
  "公证",
  "法律援助",
  "档案查阅",
  "契税缴纳",
  "增值税发票"
]
const ACTIONS = [
  "许可",
  "许可证核发",
  "许可证变更",
  "许可证延续",
  "许可证注销",
  "设立登记",
  "变更登记",
  "注销登记",
  "备案",
  "审批",
  "核准",
  "补领",
  "换领",
  "年度报告",
  "证明出具",
  "资格认定",
  "申请",
  "查询"
]
const MATERIAL_NAMES = [
  "居民身份证",
  "营业执照",
  "申请表",
  "法定代表人身份证明",
  "授权委托书",
  "场所使用证明",
  "房屋产权证明",
  "户口簿",
  "结婚证",
  "健康证明",
  "消防验收意见",
  "环境影响评价文件",
  "建设工程规划许可证",
  "土地使用权证明",
  "章程",
  "股东会决议",
  "从业人员资格证明",
  "设备清单",
  "平面布置图",
  "安全管理制度"
]

/** A seeded generator (mulberry32). */
export const rng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <A>(next: () => number, list: ReadonlyArray<A>): A => {
  const item = list[Math.floor(next() * list.length)]
  if (item === undefined) throw new RangeError("empty list")
  return item
}

/** A valid unified social credit code of a government body in region 522600. */
export const creditCodeFor = (n: number): string => {
  const body = `11522600MB${String(n).padStart(7, "0")}`
  return `${body}${creditCodeCheckChar(body) ?? "0"}`
}

/** A valid catalogue of `matters` matters over `departments` departments. */
export const generateCatalogue = (options: {
  readonly matters: number
  readonly departments?: number
  readonly seed?: number
}): Catalogue => {
  const next = rng(options.seed ?? 1)
  const departmentCount = options.departments ?? 39
  const departments: Array<Department> = []
  for (let d = 0; d < departmentCount; d++) {
    departments.push({ id: `d${d}`, name: `县第${d + 1}局`, creditCode: creditCodeFor(d + 1), kind: "government" })
  }
  const matters: Array<Matter> = []
  for (let i = 0; i < options.matters; i++) {
    const department = departments[i % departmentCount]
    if (department === undefined) continue
    const basicCode = String(i).padStart(12, "0")
    const statutory = 5 + Math.floor(next() * 40)
    const immediate = next() < 0.3
    const promised = immediate ? 0 : 1 + Math.floor(next() * statutory)
    const online = next() < 0.5
    const trips = online ? 0 : Math.floor(next() * 3)
    const materials: Array<Material> = []
    const materialCount = 1 + Math.floor(next() * 5)
    for (let k = 0; k < materialCount; k++) {
      materials.push({
        id: `m${k}`,
        name: pick(next, MATERIAL_NAMES),
        form: pick(next, ["original", "copy", "either"] as const),
        medium: pick(next, ["paper", "electronic", "both"] as const),
        necessity: pick(next, ["required", "optional", "deferrable"] as const),
        source: pick(next, ["10", "20", "99"] as const),
        copies: 1,
        sharedData: next() < 0.2
      })
    }
    matters.push({
      name: `${pick(next, SUBJECTS)}${pick(next, ACTIONS)}`,
      basicCode,
      implementationCode: makeImplementationCode(department.creditCode, "4", basicCode),
      type: pick(next, ["01", "07", "10", "20"] as const),
      level: "4",
      department: department.id,
      serviceObjects: next() < 0.5 ? ["1"] : ["2", "5"],
      handlingForms: online ? ["1", "2"] : ["1"],
      onlineDepth: online ? ["1", "2", "3", "4", "5"] : ["1"],
      kind: immediate ? "immediate" : "promised",
      statutoryLimit: { amount: statutory, unit: "working_day" },
      promisedLimit: { amount: promised, unit: "working_day" },
      trips,
      ...(trips > 0 ? { tripsReason: "现场核验原件" } : {}),
      materials,
      conditions: ["申请人具有完全民事行为能力"],
      steps: [
        { name: "受理", actor: "窗口", materials: ["m0"] },
        { name: "审查", actor: "业务股室" },
        { name: "决定", actor: "分管领导" }
      ].slice(0, 1 + Math.floor(next() * 3)),
      specialProcedures: [],
      fees: [],
      legalBasis: ["《中华人民共和国行政许可法》"],
      result: "许可证",
      windowAuthority: next() < 0.6 ? "approve" : "collect",
      version: "1"
    })
  }
  return {
    region: { code: "522600", name: "黔东南苗族侗族自治州" },
    version: "bench",
    asOf: "2026-01-01",
    departments,
    windows: [{ id: "w1", name: "综合窗口", kind: "comprehensive", departments: departments.map((d) => d.id) }],
    matters,
    bundles: []
  }
}
