import type { FlowInputSchema } from "@tongban/approval"
import type { ModelSchema } from "@tongban/simulation"
import type * as z from "zod"

// Example bodies of the document, small and valid: a catalogue of two
// matters in one department, a flow of three steps, a hall of one window
// group, two scoring events. Each operation's valid example is built from
// these, and the OpenAPI test proves the server answers them with 200.

// Two matters of the T County example catalogue (examples/t-county/data),
// as its 2019 and its 2020 version list them.
export const exampleCatalogue2019 = {
  region: { code: "522699", name: "黔东南苗族侗族自治州 T 县（示意）" },
  version: "2019.12",
  asOf: "2019-12-31",
  departments: [{ id: "fgj", name: "县发展和改革局", creditCode: "11522699MB0001001A", kind: "government" }],
  windows: [],
  matters: [
    {
      name: "企业投资项目备案",
      basicCode: "100100100000",
      implementationCode: "11522699MB0001001A4100100100000",
      type: "10",
      level: "4",
      department: "fgj",
      serviceObjects: ["2", "5"],
      handlingForms: ["1", "2"],
      onlineDepth: ["1", "2", "3", "4", "5", "6"],
      kind: "promised",
      statutoryLimit: { amount: 5, unit: "working_day" },
      promisedLimit: { amount: 1, unit: "working_day" },
      trips: 0,
      materials: [
        {
          id: "sqb",
          name: "《企业投资项目备案申请表》",
          form: "original",
          medium: "both",
          necessity: "required",
          source: "10",
          copies: 2,
          sharedData: false
        },
        {
          id: "yyzz",
          name: "营业执照",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: false
        }
      ],
      conditions: ["申请人为依法设立的市场主体或组织", "申请材料齐全、符合法定形式"],
      steps: [
        { name: "受理", actor: "窗口", limit: { amount: 1, unit: "working_day" }, materials: ["sqb"] },
        { name: "审查", actor: "业务股室" },
        { name: "决定", actor: "分管领导" },
        { name: "送达", actor: "窗口" }
      ],
      specialProcedures: [],
      fees: [],
      legalBasis: ["《企业投资项目核准和备案管理条例》"],
      result: "备案回执",
      place: "T县政务服务中心（示意）",
      hours: "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）",
      consultPhone: "0855-0000000",
      complaintPhone: "12345",
      windowAuthority: "approve",
      validFrom: "2019-01-23",
      version: "2019.1"
    },
    {
      name: "企业投资项目核准",
      basicCode: "010100200000",
      implementationCode: "11522699MB0001001A4010100200000",
      type: "01",
      level: "4",
      department: "fgj",
      serviceObjects: ["2", "5"],
      handlingForms: ["1", "2"],
      onlineDepth: ["1", "2", "3"],
      kind: "promised",
      statutoryLimit: { amount: 20, unit: "working_day" },
      promisedLimit: { amount: 10, unit: "working_day" },
      trips: 1,
      tripsReason: "提交纸质原件核验",
      materials: [
        {
          id: "sqb",
          name: "《企业投资项目核准申请表》",
          form: "original",
          medium: "both",
          necessity: "required",
          source: "10",
          copies: 2,
          sharedData: false
        },
        {
          id: "yyzz",
          name: "营业执照",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: false
        },
        {
          id: "yd",
          name: "用地批准文件",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: false
        },
        {
          id: "hp",
          name: "环境影响评价文件",
          form: "either",
          medium: "paper",
          necessity: "required",
          source: "10",
          copies: 1,
          sharedData: false
        }
      ],
      conditions: ["申请人为依法设立的市场主体或组织", "申请材料齐全、符合法定形式"],
      steps: [
        { name: "受理", actor: "窗口", limit: { amount: 1, unit: "working_day" }, materials: ["sqb"] },
        { name: "审查", actor: "业务股室" },
        { name: "决定", actor: "分管领导" },
        { name: "送达", actor: "窗口" }
      ],
      specialProcedures: [],
      fees: [],
      legalBasis: ["《中华人民共和国行政许可法》；《企业投资项目核准和备案管理条例》"],
      result: "准予行政许可决定书（或不予许可决定书）",
      place: "T县政务服务中心（示意）",
      hours: "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）",
      consultPhone: "0855-0000000",
      complaintPhone: "12345",
      windowAuthority: "collect",
      validFrom: "2019-01-23",
      version: "2019.1"
    }
  ],
  bundles: []
}

export const exampleCatalogue = {
  region: { code: "522699", name: "黔东南苗族侗族自治州 T 县（示意）" },
  version: "2020.12",
  asOf: "2020-12-31",
  departments: [{ id: "fgj", name: "县发展和改革局", creditCode: "11522699MB0001001A", kind: "government" }],
  windows: [],
  matters: [
    {
      name: "企业投资项目备案",
      basicCode: "100100100000",
      implementationCode: "11522699MB0001001A4100100100000",
      type: "10",
      level: "4",
      department: "fgj",
      serviceObjects: ["2", "5"],
      handlingForms: ["1", "2"],
      onlineDepth: ["1", "2", "3", "4", "5", "6"],
      kind: "promised",
      statutoryLimit: { amount: 5, unit: "working_day" },
      promisedLimit: { amount: 1, unit: "working_day" },
      trips: 0,
      materials: [
        {
          id: "sqb",
          name: "《企业投资项目备案申请表》",
          form: "original",
          medium: "both",
          necessity: "required",
          source: "10",
          copies: 2,
          sharedData: false
        },
        {
          id: "yyzz",
          name: "营业执照",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: true
        }
      ],
      conditions: ["申请人为依法设立的市场主体或组织", "申请材料齐全、符合法定形式"],
      steps: [
        { name: "受理", actor: "窗口", limit: { amount: 1, unit: "working_day" }, materials: ["sqb"] },
        { name: "审查", actor: "业务股室" },
        { name: "决定", actor: "分管领导" }
      ],
      specialProcedures: [],
      fees: [],
      legalBasis: ["《企业投资项目核准和备案管理条例》"],
      result: "备案回执",
      place: "T县政务服务中心（示意）",
      hours: "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）",
      consultPhone: "0855-0000000",
      complaintPhone: "12345",
      windowAuthority: "approve",
      validFrom: "2019-01-23",
      version: "2020.1"
    },
    {
      name: "企业投资项目核准",
      basicCode: "010100200000",
      implementationCode: "11522699MB0001001A4010100200000",
      type: "01",
      level: "4",
      department: "fgj",
      serviceObjects: ["2", "5"],
      handlingForms: ["1", "2"],
      onlineDepth: ["1", "2", "3", "4", "5", "6", "7"],
      kind: "promised",
      statutoryLimit: { amount: 20, unit: "working_day" },
      promisedLimit: { amount: 6, unit: "working_day" },
      trips: 0,
      materials: [
        {
          id: "sqb",
          name: "《企业投资项目核准申请表》",
          form: "original",
          medium: "both",
          necessity: "required",
          source: "10",
          copies: 2,
          sharedData: false
        },
        {
          id: "yyzz",
          name: "营业执照",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: true
        },
        {
          id: "yd",
          name: "用地批准文件",
          form: "original",
          medium: "paper",
          necessity: "required",
          source: "20",
          copies: 1,
          sharedData: true
        },
        {
          id: "hp",
          name: "环境影响评价文件",
          form: "either",
          medium: "paper",
          necessity: "required",
          source: "10",
          copies: 1,
          sharedData: false
        }
      ],
      conditions: ["申请人为依法设立的市场主体或组织", "申请材料齐全、符合法定形式"],
      steps: [
        { name: "受理", actor: "窗口", limit: { amount: 1, unit: "working_day" }, materials: ["sqb"] },
        { name: "审查", actor: "业务股室" },
        { name: "决定", actor: "分管领导" }
      ],
      specialProcedures: [],
      fees: [],
      legalBasis: ["《中华人民共和国行政许可法》；《企业投资项目核准和备案管理条例》"],
      result: "准予行政许可决定书（或不予许可决定书）",
      place: "T县政务服务中心（示意）",
      hours: "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）",
      consultPhone: "0855-0000000",
      complaintPhone: "12345",
      windowAuthority: "collect",
      validFrom: "2019-01-23",
      version: "2020.1"
    }
  ],
  bundles: []
}

export const exampleFlow: z.input<typeof FlowInputSchema> = {
  id: "qiye-kaiban",
  name: "企业开办",
  promised: 3,
  steps: [
    { id: "licence", name: "营业执照", department: "scjg", duration: 1 },
    { id: "seal", name: "公章刻制", department: "police", duration: 1, after: ["licence"] },
    {
      id: "tax",
      name: "税务登记",
      department: "tax",
      duration: { kind: "triangular", min: 1, mode: 1, max: 3 },
      after: ["licence"]
    }
  ]
}

export const exampleModel: z.input<typeof ModelSchema> = {
  departments: [{ id: "market", reviewers: 4 }],
  windows: [{ id: "general", count: 2 }],
  services: [
    {
      id: "licence",
      department: "market",
      arrivals: { perDay: 30 },
      windowMinutes: { type: "exponential", mean: 10 }
    }
  ]
}

export const exampleEvents = [
  { kind: "attendance", date: "2026-07-06", staff: "s1", window: "w1", code: "late" },
  { kind: "case", date: "2026-07-07", staff: "s2", window: "w1", code: "on_time" }
]
