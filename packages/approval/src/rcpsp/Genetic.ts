/**
 * A genetic algorithm on activity lists for resource-constrained scheduling,
 * after Hartmann (1998) and Valls, Ballestín & Quintanilla (2005): two-point
 * crossover, adjacent-swap mutation, forward–backward improvement of every
 * child with the improved order written back (Lamarckian), and survival of
 * the best distinct schedules.
 *
 * Glossary: 遗传算法 = genetic algorithm; 种群 = population; 交叉 = crossover;
 * 变异 = mutation; 双向调整 = forward–backward improvement.
 *
 * @since 0.1.0
 */
import type { Random } from "@tongban/core"
import { type Best, type Engine, evaluate } from "./Engine.js"

/** Settings of the GA; the defaults are those {@link runGenetic} documents. */
export interface GeneticSettings {
  /** Population size for a budget of schedules. */
  readonly population: (budget: number) => number
  readonly mutation: number
  /** Generations without a better best before the population is rebuilt, keeping the best (0 = never). */
  readonly restartAfter: number
  /** Tournament size of parent selection (1 = uniform). */
  readonly tournament: number
}

/**
 * The defaults: a population of about 2.5 √(children the budget pays for),
 * so that population size and number of generations grow together with the
 * budget (about 100 individuals and 16 generations at 5,000 schedules);
 * parents chosen by 3-way tournament; a 10% adjacent-swap rate; clones of a
 * parent mutated again before they cost anything; and after 6 generations
 * without progress the population is rebuilt: the best kept, the others
 * sampled afresh.
 */
export const defaultGenetic: GeneticSettings = {
  population: (budget) => Math.max(10, Math.min(250, Math.round(2.5 * Math.sqrt(budget / 3)))),
  mutation: 0.1,
  restartAfter: 6,
  tournament: 3
}

const hashList = (list: Int32Array, at: number, n: number): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (list[at + i] ?? 0), 16777619)
  return h >>> 0
}

/** Runs the GA until the budget is spent (or the lower bound is reached when `stop`). */
export const runGenetic = (
  eng: Engine,
  rng: Random,
  values: Float64Array,
  budget: number,
  best: Best,
  stop: boolean,
  settings: GeneticSettings = defaultGenetic
): void => {
  const p = eng.p
  const n = p.n
  // Bounded so that the lists of a very large project stay within a few tens of megabytes.
  const P = Math.min(settings.population(budget), Math.max(4, Math.floor(4_000_000 / n)))
  const lb = p.lowerBound
  const done = (): boolean => eng.count + 3 > budget || (stop && best.makespan <= lb)
  // Parents and children side by side: slots [0, P) parents, [P, 2P) children.
  const lists = new Int32Array(2 * P * n)
  const fit = new Int32Array(2 * P)
  const hash = new Uint32Array(2 * P)
  const order = new Int32Array(2 * P)
  const nextLists = new Int32Array(P * n)
  const nextFit = new Int32Array(P)
  const nextHash = new Uint32Array(P)
  const child = new Int32Array(n)
  const mark = new Int32Array(n)
  let stamp = 0
  let size = 0
  while (size < P && !done()) {
    eng.listByPriority(values, child, rng, 1)
    fit[size] = evaluate(eng, child, Math.min(budget, eng.count + 3), best)
    lists.set(child, size * n)
    hash[size] = hashList(lists, size * n, n)
    size++
  }
  if (size < 2) return
  const pick = (): number => {
    let a = rng.int(size)
    for (let k = 1; k < settings.tournament; k++) {
      const b = rng.int(size)
      if ((fit[b] ?? 0) < (fit[a] ?? 0)) a = b
    }
    return a
  }
  const cross = (mother: number, father: number, q1: number, q2: number): void => {
    stamp++
    const mo = mother * n
    const fa = father * n
    let k = 0
    for (let i = 0; i < q1; i++) {
      const j = lists[mo + i] ?? 0
      child[k++] = j
      mark[j] = stamp
    }
    for (let i = 0; i < n && k < q2; i++) {
      const j = lists[fa + i] ?? 0
      if (mark[j] !== stamp) {
        child[k++] = j
        mark[j] = stamp
      }
    }
    for (let i = 0; i < n && k < n; i++) {
      const j = lists[mo + i] ?? 0
      if (mark[j] !== stamp) {
        child[k++] = j
        mark[j] = stamp
      }
    }
  }
  const isPred = (a: number, b: number): boolean => {
    for (let q = p.predStart[b] ?? 0; q < (p.predStart[b + 1] ?? 0); q++) if (p.predList[q] === a) return true
    return false
  }
  const mutate = (rate: number): void => {
    for (let i = 0; i + 1 < n; i++) {
      if (rng.next() < rate) {
        const a = child[i] ?? 0
        const b = child[i + 1] ?? 0
        if (!isPred(a, b)) {
          child[i] = b
          child[i + 1] = a
        }
      }
    }
  }
  // A child costs three schedules: its serial SGS pass and one forward–backward pass.
  const cost = (): number => Math.min(budget, eng.count + 3)
  let stale = 0
  let genBest = Infinity
  while (!done()) {
    if (settings.restartAfter > 0 && stale >= settings.restartAfter) {
      // Keep the best individual (slot 0), rebuild the rest by sampling.
      stale = 0
      let k = 1
      while (k < size && !done()) {
        eng.listByPriority(values, child, rng, 1)
        fit[k] = evaluate(eng, child, cost(), best)
        lists.set(child, k * n)
        hash[k] = hashList(lists, k * n, n)
        k++
      }
      size = k
    }
    let c = size
    while (c < 2 * size && !done()) {
      const mother = pick()
      let father = pick()
      if (father === mother) father = (mother + 1 + rng.int(size - 1)) % size
      let q1 = rng.int(n + 1)
      let q2 = rng.int(n + 1)
      if (q1 > q2) {
        const t = q1
        q1 = q2
        q2 = t
      }
      for (let side = 0; side < 2 && c < 2 * size && !done(); side++) {
        if (side === 0) cross(mother, father, q1, q2)
        else cross(father, mother, q1, q2)
        mutate(settings.mutation)
        // A clone of a parent would spend schedules to learn nothing: mutate it harder first.
        for (let tries = 0; tries < 4; tries++) {
          const h = hashList(child, 0, n)
          if (h !== hash[mother] && h !== hash[father]) break
          mutate(Math.min(0.5, settings.mutation * 4))
        }
        fit[c] = evaluate(eng, child, cost(), best)
        lists.set(child, c * n)
        hash[c] = hashList(lists, c * n, n)
        c++
      }
    }
    // Survival: the best distinct individuals of parents and children.
    for (let i = 0; i < c; i++) order[i] = i
    const sorted = order.subarray(0, c).sort((a, b) => (fit[a] ?? 0) - (fit[b] ?? 0) || a - b)
    let kept = 0
    for (let pass = 0; pass < 2 && kept < size; pass++) {
      for (let i = 0; i < c && kept < size; i++) {
        const s = sorted[i] ?? 0
        if (s < 0) continue
        if (pass === 0) {
          let dup = false
          for (let k = 0; k < kept; k++) if (nextHash[k] === hash[s] && nextFit[k] === fit[s]) dup = true
          if (dup) continue
        }
        nextLists.set(lists.subarray(s * n, s * n + n), kept * n)
        nextFit[kept] = fit[s] ?? 0
        nextHash[kept] = hash[s] ?? 0
        sorted[i] = -1
        kept++
      }
    }
    if ((nextFit[0] ?? 0) < genBest) {
      genBest = nextFit[0] ?? 0
      stale = 0
    } else stale++
    lists.set(nextLists.subarray(0, kept * n), 0)
    fit.set(nextFit.subarray(0, kept), 0)
    hash.set(nextHash.subarray(0, kept), 0)
  }
}
