/**
 * Index arrays over a flow's nodes (steps and gateways) in topological
 * order, built once per flow object and memoised, for the hot loops of the
 * critical-path method.
 *
 * @since 0.1.0
 */
import type { Flow } from "../Flow.js"

/** A flow's nodes as integer indices in topological order. */
export interface FlowIndex {
  /** Node ids in topological order. */
  readonly ids: ReadonlyArray<string>
  /** Position of each id in `ids`. */
  readonly position: ReadonlyMap<string, number>
  /** Planned working days of each node (0 for gateways). */
  readonly days: Int32Array
  /** Whether each node is a step (not a gateway). */
  readonly isStep: Uint8Array
  /** Predecessors of each node, as positions. */
  readonly preds: ReadonlyArray<Int32Array>
  /** Successors of each node, as positions. */
  readonly succs: ReadonlyArray<Int32Array>
}

const memo = new WeakMap<Flow, FlowIndex>()

/** The index of a flow, built on first use. */
export const flowIndex = (flow: Flow): FlowIndex => {
  const cached = memo.get(flow)
  if (cached !== undefined) return cached
  const ids = flow.order
  const n = ids.length
  const position = new Map<string, number>()
  ids.forEach((id, i) => position.set(id, i))
  const days = new Int32Array(n)
  const isStep = new Uint8Array(n)
  const predLists: Array<Array<number>> = ids.map(() => [])
  const succLists: Array<Array<number>> = ids.map(() => [])
  const link = (id: string, after: ReadonlyArray<string>): number | undefined => {
    const i = position.get(id)
    if (i === undefined) return undefined
    for (const p of after) {
      const j = position.get(p)
      if (j === undefined) continue
      predLists[i]?.push(j)
      succLists[j]?.push(i)
    }
    return i
  }
  for (const s of flow.steps) {
    const i = link(s.id, s.after)
    if (i !== undefined) {
      days[i] = s.days
      isStep[i] = 1
    }
  }
  for (const g of flow.gateways) link(g.id, g.after)
  const index: FlowIndex = {
    ids,
    position,
    days,
    isStep,
    preds: predLists.map((l) => Int32Array.from(l)),
    succs: succLists.map((l) => Int32Array.from(l))
  }
  memo.set(flow, index)
  return index
}
