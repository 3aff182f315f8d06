/**
 * Index arrays over a flow's nodes (steps and gateways) in topological
 * order, built once per flow object and memoised, for the hot loops of the
 * critical-path method.
 *
 * @since 0.1.0
 */
import type { Flow } from "../Flow.js"

/**
 * A flow's nodes as integer indices in topological order, with predecessors
 * and successors in compressed rows: the predecessors of node `i` are
 * `predList[predStart[i]] … predList[predStart[i + 1] - 1]`.
 */
export interface FlowIndex {
  /** Node ids in topological order. */
  readonly ids: ReadonlyArray<string>
  /** Planned working days of each node (0 for gateways). */
  readonly days: Int32Array
  /** Whether each node is a step (not a gateway). */
  readonly isStep: Uint8Array
  readonly predStart: Int32Array
  readonly predList: Int32Array
  readonly succStart: Int32Array
  readonly succList: Int32Array
}

const memo = new WeakMap<Flow, FlowIndex>()

/** The index of a flow, built on first use. */
export const flowIndex = (flow: Flow): FlowIndex => {
  const cached = memo.get(flow)
  if (cached !== undefined) return cached
  const ids = flow.order
  const n = ids.length
  const position = new Map<string, number>()
  for (let i = 0; i < n; i++) position.set(ids[i] ?? "", i)
  const days = new Int32Array(n)
  const isStep = new Uint8Array(n)
  const afterOf: Array<ReadonlyArray<string>> = new Array<ReadonlyArray<string>>(n).fill([])
  for (const s of flow.steps) {
    const i = position.get(s.id)
    if (i === undefined) continue
    days[i] = s.days
    isStep[i] = 1
    afterOf[i] = s.after
  }
  for (const g of flow.gateways) {
    const i = position.get(g.id)
    if (i !== undefined) afterOf[i] = g.after
  }
  // Predecessors, resolved once; then successors by counting.
  const predStart = new Int32Array(n + 1)
  let edges = 0
  for (let i = 0; i < n; i++) edges += afterOf[i]?.length ?? 0
  const predList = new Int32Array(edges)
  const succCount = new Int32Array(n + 1)
  let at = 0
  for (let i = 0; i < n; i++) {
    predStart[i] = at
    for (const p of afterOf[i] ?? []) {
      const j = position.get(p)
      if (j === undefined) continue
      predList[at++] = j
      succCount[j + 1] = (succCount[j + 1] ?? 0) + 1
    }
  }
  predStart[n] = at
  const succStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) succStart[i + 1] = (succStart[i] ?? 0) + (succCount[i + 1] ?? 0)
  const fill = succStart.slice(0, n)
  const succList = new Int32Array(at)
  for (let i = 0; i < n; i++) {
    for (let k = predStart[i] ?? 0, end = predStart[i + 1] ?? 0; k < end; k++) {
      const j = predList[k] ?? 0
      succList[fill[j] ?? 0] = i
      fill[j] = (fill[j] ?? 0) + 1
    }
  }
  const index: FlowIndex = { ids, days, isStep, predStart, predList: predList.subarray(0, at), succStart, succList }
  memo.set(flow, index)
  return index
}
