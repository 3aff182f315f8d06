/**
 * Builds the T County example catalogue: `catalogue-2019.json` (before the
 * reform) and `catalogue-2020.json` (after it), in this folder. Run with
 * `npx tsx examples/t-county/data/build.ts`; the JSON files are committed.
 *
 * ILLUSTRATIVE DATA. The 39 departments are those a Guizhou county centre of
 * this kind typically hosts and the matter names are real matters of county
 * catalogues, but this is NOT T County's own list: the paper does not
 * publish it. Codes are invented but well formed (credit codes carry valid
 * GB 32100 check characters; region 522699 is a placeholder, not a real
 * county of 黔东南州); limits, trips and materials are plausible, not
 * official.
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import {
  type Bundle,
  type Catalogue,
  creditCodeCheckChar,
  type Department,
  type DepartmentKind,
  makeImplementationCode,
  type Material,
  type Matter,
  type ServiceObject,
  validateCatalogue,
  type Window
} from "@tongban/catalog"
import { getOrThrow } from "@tongban/core"
import { parseTimeLimit } from "@tongban/deadline"

const REGION = "522699"

// id, name, kind, legal basis shared by its matters
const DEPARTMENTS: ReadonlyArray<readonly [string, string, DepartmentKind, string]> = [
  ["fgj", "县发展和改革局", "government", "《企业投资项目核准和备案管理条例》"],
  ["jkj", "县教育和科技局", "government", "《中华人民共和国教育法》"],
  ["gxj", "县工业和信息化局", "government", "《中华人民共和国行政许可法》"],
  ["gaj", "县公安局", "government", "《中华人民共和国居民身份证法》"],
  ["mzj", "县民政局", "government", "《社会救助暂行办法》"],
  ["sfj", "县司法局", "government", "《中华人民共和国法律援助法》"],
  ["czj", "县财政局", "government", "《中华人民共和国会计法》"],
  ["rsj", "县人力资源和社会保障局", "government", "《中华人民共和国社会保险法》"],
  ["zrj", "县自然资源局", "government", "《中华人民共和国土地管理法》"],
  ["sthj", "黔东南州生态环境局T县分局", "vertical", "《中华人民共和国环境影响评价法》"],
  ["zjj", "县住房和城乡建设局", "government", "《中华人民共和国建筑法》"],
  ["jtj", "县交通运输局", "government", "《中华人民共和国道路运输条例》"],
  ["slj", "县水务局", "government", "《中华人民共和国水法》"],
  ["nyj", "县农业农村局", "government", "《中华人民共和国动物防疫法》"],
  ["lyj", "县林业局", "government", "《中华人民共和国森林法》"],
  ["swj", "县商务局", "government", "《中华人民共和国对外贸易法》"],
  ["wlj", "县文体广电旅游局", "government", "《娱乐场所管理条例》"],
  ["wjj", "县卫生健康局", "government", "《中华人民共和国基本医疗卫生与健康促进法》"],
  ["tyj", "县退役军人事务局", "government", "《中华人民共和国退役军人保障法》"],
  ["yjj", "县应急管理局", "government", "《中华人民共和国安全生产法》"],
  ["scj", "县市场监督管理局", "government", "《中华人民共和国市场主体登记管理条例》"],
  ["ybj", "县医疗保障局", "government", "《中华人民共和国社会保险法》"],
  ["tjj", "县统计局", "government", "《中华人民共和国统计法》"],
  ["mzz", "县民族宗教事务局", "government", "《宗教事务条例》"],
  ["zfj", "县综合行政执法局", "government", "《城市市容和环境卫生管理条例》"],
  ["xfj", "县消防救援大队", "vertical", "《中华人民共和国消防法》"],
  ["swu", "国家税务总局T县税务局", "vertical", "《中华人民共和国税收征收管理法》"],
  ["bdc", "县不动产登记中心", "institution", "《不动产登记暂行条例》"],
  ["gjj", "黔东南州住房公积金管理中心T县管理部", "institution", "《住房公积金管理条例》"],
  ["sbj", "县社会保险事业局", "institution", "《中华人民共和国社会保险法》"],
  ["gzc", "县公证处", "institution", "《中华人民共和国公证法》"],
  ["cl", "县残疾人联合会", "other", "《中华人民共和国残疾人保障法》"],
  ["ycj", "县烟草专卖局", "vertical", "《中华人民共和国烟草专卖法》"],
  ["qxj", "县气象局", "vertical", "《中华人民共和国气象法》"],
  ["dag", "县档案馆", "institution", "《中华人民共和国档案法》"],
  ["gdj", "供电局T县分局", "enterprise", "《供电营业规则》"],
  ["sgs", "县自来水公司", "enterprise", "《城市供水条例》"],
  ["yzj", "中国邮政T县分公司", "enterprise", "《中华人民共和国邮政法》"],
  ["zwzx", "县政务服务中心", "institution", "《优化营商环境条例》"]
]

// Material shorthands: the names that recur across departments.
const M: Readonly<Record<string, string>> = {
  sfz: "居民身份证",
  yyzz: "营业执照",
  sqb: "申请表",
  wts: "授权委托书",
  hkb: "户口簿",
  cs: "经营场所使用证明",
  cq: "房屋所有权证明",
  jkz: "从业人员健康证明",
  zd: "管理制度文本",
  pmt: "平面布置图",
  zc: "章程",
  ht: "合同",
  hz: "婚姻状况证明",
  zm: "相关证明材料",
  tz: "设计图纸",
  xm: "项目备案证明",
  gh: "建设工程规划许可证",
  yd: "用地批准文件",
  hp: "环境影响评价文件",
  yszm: "竣工验收报告",
  zp: "近期免冠照片",
  jsz: "机动车驾驶证",
  cbzm: "参保缴费证明",
  cjz: "残疾人证",
  srzm: "家庭收入证明"
}

type Online = 0 | 1 | 2 // 0 counter only; 1 online pre-review; 2 fully online
// name, A.1 type, objects (p person / e enterprise / b both), statutory, promised, trips, online, materials, window approves
type Spec = readonly [string, string, "p" | "e" | "b", string, string, number, Online, string, boolean]

const MATTERS: Readonly<Record<string, ReadonlyArray<Spec>>> = {
  fgj: [
    ["企业投资项目备案", "10", "e", "5wd", "1wd", 0, 2, "sqb,yyzz", true],
    ["企业投资项目核准", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,yd,hp", false],
    ["政府投资项目可行性研究报告审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,xm", false],
    ["固定资产投资项目节能审查", "01", "e", "15wd", "8wd", 1, 1, "sqb,xm", false]
  ],
  jkj: [
    ["民办学校（幼儿园）设立审批", "01", "e", "3m", "30wd", 2, 0, "sqb,zc,cs,cq,zd", false],
    ["教师资格认定", "07", "p", "60d", "20wd", 1, 1, "sqb,sfz,zp", true],
    ["校外培训机构审批", "01", "e", "30wd", "15wd", 1, 1, "sqb,zc,cs,zd", false],
    ["适龄儿童少年入学申请", "20", "p", "0", "0", 1, 1, "sfz,hkb,cq", true]
  ],
  gxj: [
    ["无线电台（站）设置审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz", false],
    ["新建扩建改建建设工程避免危害气象探测环境审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,tz", false]
  ],
  gaj: [
    ["居民身份证申领", "20", "p", "60d", "30d", 1, 0, "hkb,zp", true],
    ["临时居民身份证申领", "20", "p", "3d", "0", 1, 0, "hkb", true],
    ["户口迁移", "07", "p", "20wd", "5wd", 1, 1, "hkb,sfz,zm", true],
    ["出生登记", "07", "p", "20wd", "0", 1, 1, "hkb,zm", true],
    ["死亡注销户口", "07", "p", "20wd", "0", 1, 0, "hkb,zm", true],
    ["居住证核发", "20", "p", "15d", "10d", 1, 1, "sfz,cq,zp", true],
    ["公章刻制备案", "10", "e", "1wd", "0", 0, 2, "yyzz,sfz", true],
    ["旅馆业特种行业许可证核发", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,pmt,zd", false],
    ["机动车驾驶证补领", "20", "p", "1wd", "0", 1, 0, "sfz,zp", true],
    ["机动车登记", "07", "b", "2wd", "1wd", 1, 0, "sfz,ht", true],
    ["大型群众性活动安全许可", "01", "e", "20wd", "7wd", 1, 1, "sqb,zd,pmt", false],
    ["无犯罪记录证明开具", "20", "p", "15d", "3wd", 0, 2, "sfz", true]
  ],
  mzj: [
    ["结婚登记", "07", "p", "0", "0", 1, 0, "sfz,hkb,zp", true],
    ["离婚登记", "07", "p", "30d", "30d", 2, 0, "sfz,hkb,hz", true],
    ["最低生活保障审核确认", "05", "p", "30wd", "20wd", 1, 1, "sqb,sfz,hkb,srzm", false],
    ["特困人员救助供养审核确认", "05", "p", "30wd", "20wd", 1, 0, "sqb,sfz,hkb,srzm", false],
    ["临时救助", "05", "p", "20wd", "5wd", 1, 1, "sqb,sfz,srzm", true],
    ["社会团体成立登记", "01", "e", "60d", "20wd", 1, 1, "sqb,zc,cs,sfz", false],
    ["民办非企业单位成立登记", "01", "e", "60d", "20wd", 1, 1, "sqb,zc,cs,sfz", false],
    ["养老机构备案", "10", "e", "5wd", "1wd", 0, 2, "yyzz,cs,zd", true],
    ["困难残疾人生活补贴和重度残疾人护理补贴", "05", "p", "30wd", "15wd", 1, 1, "sqb,sfz,cjz", true]
  ],
  sfj: [
    ["法律援助申请", "20", "p", "7wd", "3wd", 1, 1, "sqb,sfz,srzm", true],
    ["基层法律服务工作者执业核准", "01", "p", "20wd", "10wd", 1, 0, "sqb,sfz,zp", false],
    ["人民调解", "20", "b", "30d", "30d", 1, 0, "sqb,sfz", true]
  ],
  czj: [
    ["代理记账机构设立审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,zd", false],
    ["会计专业技术资格考试报名审核", "07", "p", "10wd", "5wd", 0, 2, "sfz,zp", true]
  ],
  rsj: [
    ["劳务派遣经营许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["人力资源服务许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["就业创业证申领", "20", "p", "5wd", "0", 0, 2, "sfz", true],
    ["失业保险金申领", "05", "p", "10wd", "5wd", 0, 2, "sfz,zm", true],
    ["企业实行不定时工作制和综合计算工时工作制审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,zd", false],
    ["创业担保贷款申请", "20", "p", "20wd", "15wd", 1, 1, "sqb,sfz,yyzz", false]
  ],
  zrj: [
    ["建设项目用地预审与选址意见书核发", "01", "e", "20wd", "10wd", 1, 1, "sqb,xm,tz", false],
    ["建设用地规划许可证核发", "01", "e", "20wd", "7wd", 1, 1, "sqb,xm,yd,tz", false],
    ["建设工程规划许可证核发", "01", "e", "20wd", "7wd", 1, 1, "sqb,yd,tz", false],
    ["乡村建设规划许可证核发", "01", "p", "20wd", "10wd", 1, 1, "sqb,sfz,tz", false],
    ["建设工程规划条件核实", "07", "e", "20wd", "5wd", 1, 1, "sqb,gh,yszm", false],
    ["采矿权新立登记", "01", "e", "40wd", "20wd", 2, 0, "sqb,yyzz,hp", false],
    ["临时用地审批", "01", "b", "20wd", "10wd", 1, 1, "sqb,ht,tz", false]
  ],
  sthj: [
    ["建设项目环境影响报告表审批", "01", "e", "30d", "15wd", 1, 1, "sqb,hp", false],
    ["建设项目环境影响登记表备案", "10", "e", "0", "0", 0, 2, "hp", true],
    ["排污许可证核发", "01", "e", "30d", "15wd", 1, 1, "sqb,yyzz,hp", false]
  ],
  zjj: [
    ["建筑工程施工许可证核发", "01", "e", "15d", "3wd", 1, 1, "sqb,gh,ht,tz", false],
    ["建设工程消防设计审查", "01", "e", "15wd", "10wd", 1, 1, "sqb,tz", false],
    ["建设工程消防验收", "01", "e", "15wd", "10wd", 1, 1, "sqb,yszm", false],
    ["房屋建筑和市政基础设施工程竣工验收备案", "10", "e", "15d", "5wd", 1, 1, "yszm,gh", false],
    ["商品房预售许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,gh,tz", false],
    ["建筑业企业资质核准", "01", "e", "20wd", "15wd", 1, 1, "sqb,yyzz,zd", false],
    ["城镇污水排入排水管网许可", "01", "e", "20wd", "7wd", 1, 1, "sqb,yyzz,pmt", false],
    ["公共租赁住房资格审核", "07", "p", "30wd", "20wd", 1, 1, "sqb,sfz,hkb,srzm", false],
    ["城建档案验收", "07", "e", "10wd", "5wd", 1, 1, "yszm,tz", false]
  ],
  jtj: [
    ["道路普通货物运输经营许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,zd", false],
    ["道路旅客运输经营许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,zd", false],
    ["出租汽车经营许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["机动车维修经营备案", "10", "e", "5wd", "1wd", 0, 2, "yyzz,cs", true],
    ["公路超限运输许可", "01", "e", "5wd", "2wd", 0, 2, "sqb,yyzz", true],
    ["涉路施工许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,tz", false]
  ],
  slj: [
    ["取水许可", "01", "e", "45d", "20wd", 1, 1, "sqb,yyzz,hp", false],
    ["生产建设项目水土保持方案审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,xm", false],
    ["河道管理范围内建设项目工程建设方案审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,tz", false],
    ["洪水影响评价类审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,tz", false]
  ],
  nyj: [
    ["动物防疫条件合格证核发", "01", "e", "20wd", "10wd", 1, 1, "sqb,pmt,zd", false],
    ["农药经营许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["农作物种子生产经营许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs", false],
    ["兽药经营许可证核发", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["农村村民宅基地审批", "01", "p", "20wd", "15wd", 1, 0, "sqb,sfz,hkb", false],
    ["拖拉机和联合收割机驾驶证核发", "01", "p", "20wd", "5wd", 1, 0, "sqb,sfz,zp", true],
    ["生猪定点屠宰厂（场）设置审查", "01", "e", "20wd", "15wd", 2, 0, "sqb,yyzz,pmt", false]
  ],
  lyj: [
    ["林木采伐许可证核发", "01", "b", "20wd", "5wd", 1, 1, "sqb,zm", true],
    ["使用林地审核审批", "01", "e", "20wd", "10wd", 1, 1, "sqb,yd,tz", false],
    ["林草种子生产经营许可证核发", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs", false],
    ["野生动物人工繁育许可", "01", "b", "20wd", "15wd", 1, 0, "sqb,cs,zd", false]
  ],
  swj: [
    ["对外贸易经营者备案登记", "10", "e", "5wd", "1wd", 0, 2, "yyzz", true],
    ["成品油零售经营资格审批初审", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs", false],
    ["再生资源回收经营者备案", "10", "e", "5wd", "1wd", 0, 2, "yyzz", true]
  ],
  wlj: [
    ["娱乐场所经营许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,cs,pmt", false],
    ["营业性演出审批", "01", "e", "3wd", "2wd", 1, 1, "sqb,yyzz", false],
    ["互联网上网服务营业场所经营许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,cs", false],
    ["高危险性体育项目经营许可", "01", "e", "30d", "15wd", 1, 1, "sqb,yyzz,zd", false],
    ["旅行社分社设立备案", "10", "e", "3wd", "1wd", 0, 2, "yyzz", true]
  ],
  wjj: [
    ["医疗机构执业登记", "01", "e", "45d", "20wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["医师执业注册", "01", "p", "20wd", "5wd", 0, 2, "sqb,sfz,zp", true],
    ["护士执业注册", "01", "p", "20wd", "5wd", 0, 2, "sqb,sfz,zp", true],
    ["公共场所卫生许可", "01", "e", "20wd", "5wd", 1, 1, "sqb,yyzz,jkz,pmt", true],
    ["生活饮用水供水单位卫生许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,jkz", false],
    ["出生医学证明补发", "20", "p", "20wd", "10wd", 1, 0, "sfz,zm", false],
    ["计划生育家庭特别扶助金审核", "05", "p", "30wd", "20wd", 1, 1, "sqb,sfz,hkb", false]
  ],
  tyj: [
    ["退役士兵自主就业一次性经济补助金给付", "05", "p", "30wd", "15wd", 1, 1, "sqb,sfz", false],
    ["优抚对象抚恤补助金给付", "05", "p", "30wd", "15wd", 1, 1, "sqb,sfz,zm", false],
    ["退役军人优待证申领", "20", "p", "20wd", "10wd", 0, 2, "sfz,zp", true]
  ],
  yjj: [
    ["危险化学品经营许可", "01", "e", "30d", "15wd", 1, 1, "sqb,yyzz,cs,zd", false],
    ["烟花爆竹经营（零售）许可", "01", "e", "20d", "10wd", 1, 1, "sqb,yyzz,cs", false],
    ["生产经营单位生产安全事故应急预案备案", "10", "e", "5wd", "3wd", 0, 2, "zd", true]
  ],
  scj: [
    ["公司设立登记", "01", "e", "15wd", "1wd", 0, 2, "sqb,zc,sfz,cs", true],
    ["公司变更登记", "01", "e", "15wd", "1wd", 0, 2, "sqb,yyzz,zm", true],
    ["公司注销登记", "01", "e", "15wd", "3wd", 1, 1, "sqb,yyzz,zm", true],
    ["个体工商户设立登记", "01", "p", "15wd", "0", 0, 2, "sqb,sfz,cs", true],
    ["营业执照遗失补领、换发", "20", "b", "15wd", "1wd", 1, 1, "sqb,sfz", true],
    ["个体工商户变更登记", "01", "p", "15wd", "0", 0, 2, "sqb,sfz,yyzz", true],
    ["个体工商户注销登记", "01", "p", "15wd", "0", 1, 1, "sqb,yyzz", true],
    ["农民专业合作社设立登记", "01", "e", "15wd", "1wd", 1, 1, "sqb,zc,sfz", true],
    ["食品经营许可", "01", "b", "20wd", "5wd", 1, 1, "sqb,yyzz,cs,jkz,pmt,zd", true],
    ["食品生产许可", "01", "e", "20wd", "10wd", 1, 1, "sqb,yyzz,cs,pmt,zd", false],
    ["药品零售企业许可", "01", "e", "30wd", "15wd", 1, 1, "sqb,yyzz,cs,pmt,zd", false],
    ["第二类医疗器械经营备案", "10", "e", "5wd", "1wd", 0, 2, "yyzz,cs", true],
    ["特种设备使用登记", "07", "e", "15wd", "5wd", 1, 1, "sqb,yyzz,zm", true],
    ["计量器具型式批准", "01", "e", "20wd", "15wd", 1, 1, "sqb,yyzz", false],
    ["小作坊登记", "01", "p", "20wd", "10wd", 1, 1, "sqb,sfz,cs,jkz", true]
  ],
  ybj: [
    ["基本医疗保险参保登记", "20", "b", "5wd", "0", 0, 2, "sfz", true],
    ["异地就医备案", "20", "p", "5wd", "0", 0, 2, "sfz", true],
    ["门诊慢特病待遇认定", "07", "p", "20wd", "10wd", 1, 1, "sqb,sfz,zm", false],
    ["医疗费用零星报销", "05", "p", "30wd", "20wd", 1, 1, "sfz,zm", false]
  ],
  tjj: [["统计调查项目审批", "01", "e", "20wd", "10wd", 0, 2, "sqb", false]],
  mzz: [
    ["宗教活动场所设立审批初审", "01", "e", "30d", "20wd", 1, 0, "sqb,cs", false],
    ["少数民族成份变更审核", "07", "p", "30wd", "20wd", 1, 0, "sqb,sfz,hkb", false]
  ],
  zfj: [
    ["城市建筑垃圾处置核准", "01", "e", "20d", "5wd", 1, 1, "sqb,yyzz,ht", true],
    ["设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", "01", "b", "20wd", "5wd", 1, 1, "sqb,tz", true],
    ["临时占用城市道路审批", "01", "b", "20wd", "3wd", 1, 1, "sqb,tz", true],
    ["工程建设涉及城市绿地、树木审批", "01", "e", "20wd", "5wd", 1, 1, "sqb,tz", false]
  ],
  xfj: [["公众聚集场所投入使用、营业前消防安全检查", "01", "e", "10wd", "5wd", 1, 1, "sqb,yyzz,pmt", false]],
  swu: [
    ["发票领用", "20", "e", "5wd", "0", 0, 2, "yyzz,sfz", true],
    ["增值税一般纳税人登记", "10", "e", "0", "0", 0, 2, "yyzz", true],
    ["契税申报缴纳", "04", "p", "0", "0", 1, 1, "ht,sfz", true],
    ["个人所得税纳税记录开具", "20", "p", "0", "0", 0, 2, "sfz", true],
    ["税务注销", "20", "e", "20wd", "5wd", 1, 1, "yyzz,zm", true],
    ["跨区域涉税事项报告", "10", "e", "0", "0", 0, 2, "ht", true]
  ],
  bdc: [
    ["国有建设用地使用权及房屋所有权首次登记", "07", "e", "30wd", "10wd", 1, 1, "sqb,yd,yszm", false],
    ["国有建设用地使用权及房屋所有权转移登记", "07", "b", "30wd", "5wd", 1, 1, "sqb,sfz,ht,cq", true],
    ["抵押权首次登记", "07", "b", "30wd", "3wd", 1, 1, "sqb,sfz,ht,cq", true],
    ["不动产登记资料查询", "20", "b", "1wd", "0", 1, 1, "sfz", true],
    ["不动产权证书补证、换证", "07", "b", "30wd", "10wd", 1, 0, "sqb,sfz", false]
  ],
  gjj: [
    ["住房公积金缴存登记", "20", "e", "5wd", "0", 0, 2, "yyzz,sqb", true],
    ["住房公积金提取", "20", "p", "3wd", "0", 1, 1, "sfz,ht", true],
    ["住房公积金个人住房贷款", "20", "p", "15wd", "10wd", 1, 1, "sqb,sfz,ht,hz", false]
  ],
  sbj: [
    ["社会保险登记", "20", "e", "5wd", "0", 0, 2, "yyzz", true],
    ["城乡居民养老保险参保登记", "20", "p", "5wd", "0", 0, 2, "sfz,hkb", true],
    ["城乡居民养老保险待遇申领", "05", "p", "20wd", "10wd", 1, 1, "sfz,hkb", true],
    ["企业职工基本养老保险关系转移接续", "20", "p", "45wd", "15wd", 1, 1, "sfz,cbzm", false],
    ["工伤认定", "07", "b", "60d", "30wd", 1, 0, "sqb,sfz,ht,zm", false],
    ["社会保障卡申领", "20", "p", "20wd", "0", 1, 1, "sfz,zp", true]
  ],
  gzc: [
    ["学历公证", "20", "p", "15wd", "3wd", 1, 1, "sfz,zm", true],
    ["继承公证", "20", "p", "30wd", "15wd", 2, 0, "sfz,hkb,cq,zm", false],
    ["委托公证", "20", "p", "15wd", "1wd", 1, 0, "sfz,zm", true]
  ],
  cl: [
    ["残疾人证核发", "20", "p", "30wd", "15wd", 1, 0, "sqb,sfz,hkb,zp", false],
    ["残疾人机动轮椅车燃油补贴", "05", "p", "30wd", "15wd", 1, 1, "sqb,cjz,jsz", false]
  ],
  ycj: [
    ["烟草专卖零售许可证新办", "01", "b", "20wd", "5wd", 1, 1, "sqb,sfz,yyzz,cs", true],
    ["烟草专卖零售许可证延续", "01", "b", "20wd", "3wd", 0, 2, "sqb,yyzz", true]
  ],
  qxj: [
    ["雷电防护装置设计审核", "01", "e", "20wd", "5wd", 1, 1, "sqb,tz", false],
    ["雷电防护装置竣工验收", "01", "e", "10wd", "5wd", 1, 1, "sqb,yszm", false],
    ["升放无人驾驶自由气球或者系留气球活动审批", "01", "b", "5wd", "3wd", 1, 1, "sqb", true]
  ],
  dag: [
    ["档案查阅利用", "20", "b", "0", "0", 1, 1, "sfz", true],
    ["婚姻登记档案查询", "20", "p", "0", "0", 1, 1, "sfz", true]
  ],
  gdj: [
    ["低压居民用电报装", "20", "p", "5wd", "2wd", 0, 2, "sfz,cq", true],
    ["低压非居民用电报装", "20", "e", "10wd", "5wd", 0, 2, "yyzz,cq", true],
    ["高压用电报装", "20", "e", "30wd", "15wd", 1, 1, "sqb,yyzz,cq,tz", false]
  ],
  sgs: [
    ["用水报装", "20", "b", "10wd", "5wd", 1, 1, "sqb,sfz,cq", true],
    ["用水过户", "20", "b", "5wd", "1wd", 0, 2, "sfz,cq", true]
  ],
  yzj: [["证照寄递", "20", "b", "3wd", "2wd", 0, 2, "sfz", true]],
  zwzx: [
    ["企业开办一窗通办咨询", "20", "e", "0", "0", 0, 2, "yyzz", true],
    ["工程建设项目审批帮办代办", "20", "e", "0", "0", 1, 1, "xm", true],
    ["政务服务“好差评”投诉受理", "20", "b", "5wd", "3wd", 0, 2, "sfz", true]
  ]
}

const RESULTS: Readonly<Record<string, string>> = {
  "01": "准予行政许可决定书（或不予许可决定书）",
  "04": "完税凭证",
  "05": "给付决定",
  "07": "确认（登记）结果",
  "10": "备案回执",
  "20": "办理结果通知"
}

const limit = (text: string) => getOrThrow(parseTimeLimit(text === "0" ? "0wd" : text))

const creditCode = (kind: DepartmentKind, n: number): string => {
  const prefix = kind === "enterprise" ? "91" : kind === "institution" ? "12" : "11"
  const body = `${prefix}${REGION}MB${String(n).padStart(7, "0")}`
  return `${body}${creditCodeCheckChar(body) ?? "0"}`
}

const departments: Array<Department> = DEPARTMENTS.map(([id, name, kind], i) => ({
  id,
  name,
  creditCode: creditCode(kind, 1001 + i),
  kind
}))

const objectsOf = (o: "p" | "e" | "b"): Array<ServiceObject> =>
  o === "p" ? ["1"] : o === "e" ? ["2", "5"] : ["1", "2", "5"]

const materialsOf = (matter: string, keys: string, objects: "p" | "e" | "b"): Array<Material> =>
  keys.split(",").map((key, k) => {
    // Each matter has its own application form; the other materials recur across departments.
    const name = key === "sqb" ? `《${matter}申请表》` : (M[key] ?? key)
    const issuedByGovernment = ["sfz", "yyzz", "hkb", "cq", "gh", "yd", "xm", "jsz", "cjz"].includes(key)
    return {
      id: key,
      name,
      form: issuedByGovernment ? "original" : key === "sqb" ? "original" : "either",
      medium: key === "sqb" ? "both" : "paper",
      necessity: k === 0 || issuedByGovernment ? "required" : key === "zd" || key === "pmt" ? "deferrable" : "required",
      source: issuedByGovernment ? "20" : "10",
      copies: key === "sqb" && objects !== "p" ? 2 : 1,
      sharedData: false
    }
  })

const stepsOf = (spec: Spec): Matter["steps"] => {
  const [, , , statutory, promised, , , materials] = spec
  const first = materials.split(",")[0] ?? "sqb"
  if (statutory === "0" || promised === "0") return [{ name: "受理并办结", actor: "窗口", materials: [first] }]
  const steps: Matter["steps"] = [
    { name: "受理", actor: "窗口", limit: limit("1wd"), materials: [first] },
    { name: "审查", actor: "业务股室" },
    { name: "决定", actor: "分管领导" },
    { name: "送达", actor: "窗口" }
  ]
  return spec[5] > 1 ? [...steps.slice(0, 2), { name: "现场核查", actor: "业务股室" }, ...steps.slice(2)] : steps
}

const build2019 = (): Catalogue => {
  const matters: Array<Matter> = []
  DEPARTMENTS.forEach(([id, , , basis], d) => {
    const department = departments[d]
    if (department === undefined) return
    for (const [n, spec] of (MATTERS[id] ?? []).entries()) {
      const [name, type, objects, statutory, promised, trips, online, materials, approve] = spec
      const basicCode = `${type}${String(d + 1).padStart(2, "0")}${String(n + 1).padStart(3, "0")}00000`
      const immediate = promised === "0"
      matters.push({
        name,
        basicCode,
        implementationCode: makeImplementationCode(department.creditCode, "4", basicCode),
        type,
        level: "4",
        department: id,
        serviceObjects: objectsOf(objects),
        handlingForms: online === 0 ? ["1"] : ["1", "2"],
        onlineDepth: online === 2 ? ["1", "2", "3", "4", "5", "6"] : online === 1 ? ["1", "2", "3"] : ["1"],
        kind: immediate ? "immediate" : "promised",
        statutoryLimit: limit(statutory),
        promisedLimit: limit(promised),
        trips,
        ...(trips > 0 ? { tripsReason: trips > 1 ? "提交纸质原件并接受现场核查" : "提交纸质原件核验" } : {}),
        materials: materialsOf(name, materials, objects),
        conditions: [
          objects === "p" ? "申请人具有完全民事行为能力" : "申请人为依法设立的市场主体或组织",
          "申请材料齐全、符合法定形式"
        ],
        steps: stepsOf(spec),
        specialProcedures: trips > 1 ? [{ name: "现场核查", limit: limit("5wd") }] : [],
        fees: [],
        legalBasis: [type === "01" ? `《中华人民共和国行政许可法》；${basis}` : basis],
        result: RESULTS[type] ?? "办理结果",
        place: "T县政务服务中心（示意）",
        hours: "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）",
        consultPhone: "0855-0000000",
        complaintPhone: "12345",
        windowAuthority: approve ? "approve" : "collect",
        validFrom: "2019-01-23",
        version: "2019.1"
      })
    }
  })
  return {
    region: { code: REGION, name: "黔东南苗族侗族自治州 T 县（示意）" },
    version: "2019.12",
    asOf: "2019-12-31",
    departments,
    windows: windowsOf(),
    matters,
    bundles: []
  }
}

/** 134 windows: 24 comprehensive (综合窗口) in four areas and 110 dedicated (专窗). */
const windowsOf = (): Array<Window> => {
  const areas: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
    ["企业开办综合窗口", ["scj", "gaj", "swu", "sbj", "gjj", "rsj"]],
    ["工程建设项目综合窗口", ["fgj", "zrj", "zjj", "sthj", "slj", "zfj", "xfj", "qxj", "dag"]],
    ["不动产登记综合窗口", ["bdc", "swu", "zjj"]],
    ["社会事务综合窗口", ["mzj", "rsj", "sbj", "ybj", "wjj", "tyj", "cl", "gaj"]]
  ]
  const windows: Array<Window> = []
  areas.forEach(([name, served], a) => {
    for (let k = 0; k < 6; k++) {
      windows.push({
        id: `C${a + 1}${String(k + 1).padStart(2, "0")}`,
        name: `${name}${k + 1}号`,
        kind: "comprehensive",
        departments: [...served]
      })
    }
  })
  for (let k = 0; k < 110; k++) {
    const d = departments[k % departments.length]
    if (d === undefined) continue
    windows.push({
      id: `D${String(k + 1).padStart(3, "0")}`,
      name: `${d.name}专窗${Math.floor(k / departments.length) + 1}`,
      kind: "dedicated",
      departments: [d.id]
    })
  }
  return windows
}

const codeOf = (catalogue: Catalogue, name: string): string => {
  const m = catalogue.matters.find((x) => x.name === name)
  if (m === undefined) throw new RangeError(`no matter named ${name}`)
  return m.implementationCode
}

const bundlesOf = (catalogue: Catalogue, reformed: boolean): Array<Bundle> => {
  const b = (
    id: string,
    name: string,
    lead: string,
    partners: Array<string>,
    names: Array<string>,
    promised: string,
    trips: number,
    steps?: number
  ): Bundle => ({
    id,
    name,
    lead,
    partners,
    matters: names.map((n) => codeOf(catalogue, n)),
    promisedLimit: limit(promised),
    trips,
    ...(steps === undefined ? {} : { steps })
  })
  return [
    b(
      "qykb",
      "企业开办",
      "scj",
      ["gaj", "swu", "sbj", "gjj"],
      ["公司设立登记", "公章刻制备案", "发票领用", "社会保险登记", "住房公积金缴存登记"],
      reformed ? "1wd" : "3wd",
      reformed ? 0 : 1,
      reformed ? 3 : 6
    ),
    b(
      "gcjs-1",
      "工程建设项目审批·立项用地规划许可阶段",
      "zrj",
      ["fgj", "sthj"],
      ["企业投资项目备案", "建设项目用地预审与选址意见书核发", "建设用地规划许可证核发"],
      reformed ? "10wd" : "20wd",
      reformed ? 0 : 2,
      reformed ? 4 : 8
    ),
    b(
      "gcjs-2",
      "工程建设项目审批·工程建设许可阶段",
      "zrj",
      ["zjj", "slj", "lyj"],
      ["建设工程规划许可证核发", "生产建设项目水土保持方案审批", "使用林地审核审批"],
      reformed ? "15wd" : "25wd",
      reformed ? 0 : 2,
      reformed ? 4 : 10
    ),
    b(
      "gcjs-3",
      "工程建设项目审批·施工许可阶段",
      "zjj",
      ["zfj", "xfj", "qxj"],
      ["建筑工程施工许可证核发", "建设工程消防设计审查", "城市建筑垃圾处置核准", "雷电防护装置设计审核"],
      reformed ? "10wd" : "20wd",
      reformed ? 0 : 2,
      reformed ? 5 : 12
    ),
    b(
      "gcjs-4",
      "工程建设项目审批·竣工验收阶段",
      "zjj",
      ["zrj", "qxj", "dag"],
      [
        "建设工程消防验收",
        "建设工程规划条件核实",
        "雷电防护装置竣工验收",
        "城建档案验收",
        "房屋建筑和市政基础设施工程竣工验收备案"
      ],
      reformed ? "12wd" : "20wd",
      reformed ? 1 : 3,
      reformed ? 5 : 14
    )
  ]
}

/** The reform of 2020: shared data replaces certificates, limits shrink, steps merge, more online, fewer trips. */
const reform = (before: Catalogue): Catalogue => {
  const SHARED = new Set(["sfz", "yyzz", "hkb", "cq", "gh", "yd", "xm"])
  const removed = new Set(["计量器具型式批准", "企业开办一窗通办咨询"])
  const matters: Array<Matter> = before.matters
    .filter((m) => !removed.has(m.name))
    .map((m, i) => {
      const materials = m.materials.map((x) => (SHARED.has(x.id) ? { ...x, sharedData: true } : x))
      // Two in three of the matters already offered online become fully online.
      const fully = m.trips <= 1 && m.handlingForms.includes("2") && i % 3 !== 0
      const promisedDays = m.promisedLimit.unit === "working_day" ? m.promisedLimit.amount : undefined
      const promisedLimit =
        promisedDays !== undefined && promisedDays >= 5
          ? { amount: Math.max(1, Math.floor(promisedDays * 0.6)), unit: "working_day" as const }
          : m.promisedLimit
      const trips = fully ? 0 : m.trips > 1 ? m.trips - 1 : m.trips
      const steps = m.steps.length >= 4 ? m.steps.filter((s) => s.name !== "送达") : m.steps
      const { tripsReason, ...rest } = m
      return {
        ...rest,
        materials,
        promisedLimit,
        trips,
        ...(trips > 0 && tripsReason !== undefined ? { tripsReason } : {}),
        steps,
        handlingForms: m.handlingForms.includes("2") ? m.handlingForms : (["1", "2"] as Matter["handlingForms"]),
        onlineDepth: fully
          ? ["1", "2", "3", "4", "5", "6", "7"]
          : m.onlineDepth.length < 3
            ? ["1", "2", "3"]
            : m.onlineDepth,
        windowAuthority: m.windowAuthority === "collect" && m.type !== "01" ? "approve" : m.windowAuthority,
        version: "2020.1"
      }
    })
  const scj = departments.find((d) => d.id === "scj")
  const model = matters.find((m) => m.name === "公司设立登记")
  if (scj !== undefined && model !== undefined) {
    const basicCode = "202101500000"
    matters.push({
      ...model,
      name: "企业开办“一件事”集成办理",
      basicCode,
      implementationCode: makeImplementationCode(scj.creditCode, "4", basicCode),
      type: "20",
      result: RESULTS["20"] ?? "办理结果",
      version: "2020.1"
    })
  }
  return { ...before, version: "2020.12", asOf: "2020-12-31", matters }
}

const v2019 = build2019()
const c2019: Catalogue = { ...v2019, bundles: bundlesOf(v2019, false) }
const v2020 = reform(v2019)
const c2020: Catalogue = { ...v2020, bundles: bundlesOf(v2020, true) }

const dir = fileURLToPath(new URL(".", import.meta.url))
for (const [file, catalogue] of [
  ["catalogue-2019.json", c2019],
  ["catalogue-2020.json", c2020]
] as const) {
  const checked = validateCatalogue(catalogue)
  if (!checked.ok) throw new Error(`${file}: ${JSON.stringify(checked.issues.slice(0, 5), null, 2)}`)
  writeFileSync(`${dir}${file}`, `${JSON.stringify(catalogue, null, 2)}\n`)
  console.log(
    `${file}: ${catalogue.departments.length} departments, ${catalogue.windows.length} windows, ${catalogue.matters.length} matters, ${catalogue.bundles.length} bundles`
  )
}
