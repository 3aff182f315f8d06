/**
 * Graph work on a flow's dependency structure, done with Effect's `Graph`
 * (cycle detection, topological order, reachability, Mermaid and GraphViz
 * text). Nothing here is exported from the package: callers see plain data.
 *
 * @since 0.1.0
 */
import { Graph, Option } from "effect"

/** A directed graph over node ids; edge data is unused. */
export interface IdGraph {
  readonly graph: Graph.DirectedGraph<string, number>
  readonly indexOf: ReadonlyMap<string, number>
}

/** Builds the graph of `ids` with an edge `from → to` for each pair. */
export const buildIdGraph = (ids: ReadonlyArray<string>, edges: ReadonlyArray<readonly [string, string]>): IdGraph => {
  const indexOf = new Map<string, number>()
  const graph = Graph.directed<string, number>((mutable) => {
    for (const id of ids) indexOf.set(id, Graph.addNode(mutable, id))
    for (const [i, [from, to]] of edges.entries()) {
      const a = indexOf.get(from)
      const b = indexOf.get(to)
      if (a !== undefined && b !== undefined) Graph.addEdge(mutable, a, b, i)
    }
  })
  return { graph, indexOf }
}

/** One cycle as node ids, the first repeated at the end, or `undefined`. */
export const findCycleIds = (g: IdGraph): ReadonlyArray<string> | undefined => {
  const found = Graph.findCycle(g.graph)
  if (Option.isNone(found)) return undefined
  const ids: Array<string> = []
  for (const index of found.value.path) {
    const id = Graph.getNode(g.graph, index)
    if (Option.isSome(id)) ids.push(id.value)
  }
  return ids
}

/** Node ids in topological order; call only on an acyclic graph. */
export const topoIds = (g: IdGraph): ReadonlyArray<string> => Array.from(Graph.values(Graph.topo(g.graph)))

/** Ids reachable from `starts` (the starts included). */
export const reachableIds = (g: IdGraph, starts: ReadonlyArray<string>): ReadonlySet<string> => {
  const start: Array<number> = []
  for (const id of starts) {
    const index = g.indexOf.get(id)
    if (index !== undefined) start.push(index)
  }
  if (start.length === 0) return new Set()
  return new Set(Graph.values(Graph.bfs(g.graph, { start })))
}

/** Mermaid flowchart text of a graph whose nodes carry a label and shape. */
export const mermaidOf = (
  nodes: ReadonlyArray<{ readonly label: string; readonly shape: "rectangle" | "diamond" | "circle" }>,
  edges: ReadonlyArray<readonly [number, number, string]>,
  direction: "LR" | "TD"
): string => {
  const graph = Graph.directed<{ readonly label: string; readonly shape: "rectangle" | "diamond" | "circle" }, string>(
    (mutable) => {
      for (const node of nodes) Graph.addNode(mutable, node)
      for (const [a, b, label] of edges) Graph.addEdge(mutable, a, b, label)
    }
  )
  return Graph.toMermaid(graph, {
    direction,
    nodeLabel: (n) => n.label,
    edgeLabel: (e) => e,
    nodeShape: (n) => n.shape
  })
}

/** GraphViz DOT text of a graph whose nodes carry a label. */
export const dotOf = (
  nodes: ReadonlyArray<string>,
  edges: ReadonlyArray<readonly [number, number, string]>,
  graphName: string
): string => {
  const graph = Graph.directed<string, string>((mutable) => {
    for (const node of nodes) Graph.addNode(mutable, node)
    for (const [a, b, label] of edges) Graph.addEdge(mutable, a, b, label)
  })
  return Graph.toGraphViz(graph, { nodeLabel: (n) => n, edgeLabel: (e) => e, graphName })
}
