/**
 * Completeness of a catalogue: per department and per element of the
 * national 实施清单, the share of matters that carry it, so that a county
 * sees what its list lacks before a reform audit.
 *
 * Glossary: 完整度 = completeness, 要素 = element (of the implementation
 * list), 实施清单 = implementation list, 缺项 = missing element.
 *
 * @since 0.2.0
 */
import type { Message } from "@tongban/core"
import { checkCreditCode } from "./Identifiers.js"
import { ELEMENT_LABELS } from "./internal/labels.js"
import type { ListedCatalogue, ListedDepartment, ListedMatter } from "./Schema.js"

/**
 * The elements of a matter that the 实施清单 requires, in the order
 * {@link catalogueCompleteness} reports them. `creditCode` stands for a valid
 * unified social credit code of the matter's implementing department.
 *
 * @example
 * ```ts
 * import { REQUIRED_ELEMENTS } from "@tongban/catalog"
 *
 * REQUIRED_ELEMENTS.slice(0, 3) // ["basicCode", "implementationCode", "creditCode"]
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const REQUIRED_ELEMENTS = [
  "basicCode",
  "implementationCode",
  "creditCode",
  "type",
  "level",
  "department",
  "serviceObjects",
  "handlingForms",
  "onlineDepth",
  "kind",
  "statutoryLimit",
  "promisedLimit",
  "trips",
  "materials",
  "conditions",
  "steps",
  "legalBasis",
  "windowAuthority",
  "version"
] as const

/**
 * One element of {@link REQUIRED_ELEMENTS}.
 *
 * @since 0.2.0
 * @category models
 */
export type RequiredElement = (typeof REQUIRED_ELEMENTS)[number]

/**
 * How many of a set of matters carry one element, and their share (0…1,
 * `undefined` when there are no matters).
 *
 * @since 0.2.0
 * @category models
 */
export interface ElementCompleteness {
  readonly element: RequiredElement
  /** The element's name in Chinese and English. */
  readonly label: Message
  readonly carried: number
  readonly share: number | undefined
}

/**
 * The completeness of a set of matters: each required element, and the
 * mean of their shares (`share`, 1 for a complete list).
 *
 * @since 0.2.0
 * @category models
 */
export interface MatterCompleteness {
  readonly matters: number
  readonly share: number | undefined
  readonly elements: ReadonlyArray<ElementCompleteness>
}

/**
 * The completeness of a catalogue: overall, and per department in the order
 * of `catalogue.departments` (matters without a department count overall
 * only).
 *
 * @since 0.2.0
 * @category models
 */
export interface CatalogueCompleteness {
  readonly overall: MatterCompleteness
  readonly departments: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly completeness: MatterCompleteness
  }>
}

const carries = (
  matter: ListedMatter,
  element: RequiredElement,
  departments: ReadonlyMap<string, ListedDepartment>
): boolean => {
  if (element === "creditCode") {
    const code = matter.department === undefined ? undefined : departments.get(matter.department)?.creditCode
    return code !== undefined && checkCreditCode(code).ok
  }
  const value: unknown = matter[element]
  return value !== undefined && value !== ""
}

const OWN_LABELS: Readonly<Record<string, Message>> = {
  kind: { zh: "办件类型", en: "handling kind" },
  version: { zh: "事项版本", en: "matter version" }
}

const label = (element: RequiredElement): Message =>
  OWN_LABELS[element] ?? ELEMENT_LABELS[element] ?? { zh: element, en: element }

const completenessOf = (
  matters: ReadonlyArray<ListedMatter>,
  departments: ReadonlyMap<string, ListedDepartment>
): MatterCompleteness => {
  const elements = REQUIRED_ELEMENTS.map((element): ElementCompleteness => {
    let carried = 0
    for (const m of matters) if (carries(m, element, departments)) carried++
    return {
      element,
      label: label(element),
      carried,
      share: matters.length === 0 ? undefined : carried / matters.length
    }
  })
  const shares = elements.flatMap((e) => (e.share === undefined ? [] : [e.share]))
  return {
    matters: matters.length,
    share: shares.length === 0 ? undefined : shares.reduce((a, b) => a + b, 0) / shares.length,
    elements
  }
}

/**
 * Per department and per element of the 实施清单, the share of matters that
 * carry it (see {@link REQUIRED_ELEMENTS}). A strict {@link Catalogue} is
 * complete by construction (every share 1, the credit codes aside); a list
 * read leniently shows what it lacks.
 *
 * @example
 * ```ts
 * import { catalogueCompleteness } from "@tongban/catalog"
 *
 * const c = catalogueCompleteness({
 *   departments: [{ id: "d1", name: "县民政局" }], windows: [], bundles: [],
 *   matters: [{ name: "临时救助", department: "d1", trips: 1 }, { name: "最低生活保障", department: "d1" }]
 * })
 * c.overall.elements.find((e) => e.element === "trips")?.share // 0.5
 * c.departments[0]?.completeness.elements.find((e) => e.element === "department")?.carried // 2
 * ```
 *
 * @since 0.2.0
 * @category analytics
 */
export const catalogueCompleteness = (
  catalogue: Pick<ListedCatalogue, "departments" | "matters">
): CatalogueCompleteness => {
  const byId = new Map<string, ListedDepartment>()
  for (const d of catalogue.departments) if (!byId.has(d.id)) byId.set(d.id, d)
  const groups = new Map<string, Array<ListedMatter>>()
  for (const m of catalogue.matters) {
    if (m.department === undefined) continue
    const list = groups.get(m.department)
    if (list === undefined) groups.set(m.department, [m])
    else list.push(m)
  }
  return {
    overall: completenessOf(catalogue.matters, byId),
    departments: catalogue.departments.map((d) => ({
      id: d.id,
      name: d.name ?? d.id,
      completeness: completenessOf(groups.get(d.id) ?? [], byId)
    }))
  }
}
