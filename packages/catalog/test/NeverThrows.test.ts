// Issue 11, point 1: every public function of @tongban/catalog that reads
// data from outside (catalogues as JSON, CSV or XLSX text and bytes, tables,
// codes typed by a person, search queries, options objects from plain
// JavaScript) answers any value with a value or a Result, never a throw.
import * as catalog from "@tongban/catalog"
import { describe } from "vitest"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"
import { example } from "./helpers/fixtures.js"

const catalogue = example(2020)

const entries: ReadonlyArray<EntryPoint> = [
  entry("decodeText", catalog.decodeText, 2),
  entry("textOf", catalog.textOf, 2),
  entry("catalogueFromJson", catalog.catalogueFromJson, 2),
  entry("catalogueFromCsv", catalog.catalogueFromCsv, 2),
  entry("importCatalogueCsv", catalog.importCatalogueCsv, 2),
  entry("catalogueFromXlsx", catalog.catalogueFromXlsx, 2),
  entry("importCatalogueXlsx", catalog.importCatalogueXlsx, 2),
  entry("readCatalogue", catalog.readCatalogue, 3),
  entry("importCatalogue", catalog.importCatalogue, 3),
  entry("detectCatalogueFormat", catalog.detectCatalogueFormat, 2, "value"),
  entry("validateCatalogue", catalog.validateCatalogue, 1),
  entry("checkCreditCode", catalog.checkCreditCode, 2),
  entry("checkIdCard", catalog.checkIdCard, 2),
  entry("checkRegionCode", catalog.checkRegionCode, 2),
  entry("checkColumnMapping", catalog.checkColumnMapping, 1),
  {
    name: "searchMatters (a real catalogue)",
    arity: 2,
    returns: "value",
    run: ([query, options]) => Reflect.apply(catalog.searchMatters, undefined, [catalogue, query, options])
  }
]

// Arguments built by the library (a Catalogue or its matters from
// importCatalogue, tables from its readers, search indexes from
// prepareSearch), the caller's own program, or none.
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "analyseBundle",
    "catalogueCompleteness",
    "catalogueFromMatterTable",
    "catalogueFromTables",
    "catalogueJsonSchema",
    "catalogueStats",
    "catalogueTables",
    "catalogueToCsv",
    "catalogueToJson",
    "catalogueToXlsx",
    "columnMeaning",
    "creditCodeCheckChar",
    "describeBodyCode",
    "diffCatalogues",
    "diffMatter",
    "formatOfPath",
    "idCardCheckChar",
    "importMatterTable",
    "importTables",
    "isBasicCode",
    "isFullyOnline",
    "isMatterTable",
    "isProvincialItemCode",
    "lookupCode",
    "makeImplementationCode",
    "materialKey",
    "matterStats",
    "matterTable",
    "matterTemplateCsv",
    "normaliseQuery",
    "parseDateCell",
    "prepareSearch",
    "reduction",
    "searchMattersLinear",
    "sharedMaterialCandidates",
    "validateListedCatalogue",
    "writeCatalogue"
  ].map((name) => [name, "arguments built by the library or the caller's program"])
)

describe("@tongban/catalog entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(catalog, entries, internal)
})
