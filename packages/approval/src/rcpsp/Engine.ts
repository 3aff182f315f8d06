/**
 * The hot path of resource-constrained scheduling: the serial and parallel
 * schedule generation schemes (SGS) over typed arrays, priority rules,
 * regret-based biased sampling and forward–backward improvement
 * (justification). Nothing here allocates per schedule.
 *
 * Glossary: 串行进度生成 = serial SGS; 并行进度生成 = parallel SGS;
 * 优先规则 = priority rule; 双向调整 = forward–backward improvement (FBI).
 *
 * @since 0.1.0
 */
import type { Random } from "@tongban/core"
import type { CompiledProject } from "./Project.js"

/** The per-project buffers one solver run needs. */
export class Engine {
  readonly p: CompiledProject
  readonly n: number
  /** Resource usage over time: `use[t * R + r]`. */
  private readonly use: Int32Array
  private used: number
  /** Schedules generated so far (each SGS pass counts one). */
  count = 0
  readonly start: Int32Array
  readonly back: Int32Array
  private readonly key: Float64Array
  private readonly list2: Int32Array
  private readonly eligible: Int32Array
  private readonly indeg: Int32Array
  private readonly weight: Float64Array
  private readonly free: Float64Array
  /** The non-zero demands of `j`: resources `nzRes[q]`, amounts `nzDem[q]`, and `nzLim[q]` = capacity − amount, for q in `nzStart[j] .. nzStart[j + 1]`. */
  private readonly nzStart: Int32Array
  private readonly nzRes: Int32Array
  private readonly nzDem: Int32Array
  private readonly nzLim: Int32Array

  constructor(p: CompiledProject) {
    this.p = p
    this.n = p.n
    this.use = new Int32Array((p.horizon + 1) * Math.max(p.resources, 1))
    this.used = 0
    this.start = new Int32Array(p.n)
    this.back = new Int32Array(p.n)
    this.key = new Float64Array(p.n)
    this.list2 = new Int32Array(p.n)
    this.eligible = new Int32Array(p.n)
    this.indeg = new Int32Array(p.n)
    this.weight = new Float64Array(p.n)
    this.free = new Float64Array(p.resources)
    const R = p.resources
    let nz = 0
    for (let i = 0; i < p.n * R; i++) if ((p.demand[i] ?? 0) > 0) nz++
    this.nzStart = new Int32Array(p.n + 1)
    this.nzRes = new Int32Array(nz)
    this.nzDem = new Int32Array(nz)
    this.nzLim = new Int32Array(nz)
    let q = 0
    for (let j = 0; j < p.n; j++) {
      this.nzStart[j] = q
      for (let r = 0; r < R; r++) {
        const d = p.demand[j * R + r] ?? 0
        if (d > 0) {
          this.nzRes[q] = r
          this.nzDem[q] = d
          this.nzLim[q] = (p.capacity[r] ?? 0) - d
          q++
        }
      }
    }
    this.nzStart[p.n] = q
  }

  /**
   * The serial SGS: takes the activities in `list` order (which must respect
   * the precedence relations given by `predStart`/`predList`) and starts each
   * at the earliest time its predecessors and the resources allow. Writes the
   * starts to `start` and returns the makespan.
   */
  serial(list: Int32Array, predStart: Int32Array, predList: Int32Array, start: Int32Array): number {
    this.count++
    const p = this.p
    const R = p.resources
    const use = this.use
    const dur = p.duration
    const nzStart = this.nzStart
    const nzRes = this.nzRes
    const nzDem = this.nzDem
    const nzLim = this.nzLim
    use.fill(0, 0, this.used * R)
    let makespan = 0
    const n = this.n
    for (let k = 0; k < n; k++) {
      const j = list[k] ?? 0
      let t = 0
      const pe = predStart[j + 1] ?? 0
      for (let q = predStart[j] ?? 0; q < pe; q++) {
        const i = predList[q] ?? 0
        const f = (start[i] ?? 0) + (dur[i] ?? 0)
        if (f > t) t = f
      }
      const d = dur[j] ?? 0
      const qs = nzStart[j] ?? 0
      const qe = nzStart[j + 1] ?? 0
      if (d > 0 && qe > qs) {
        // Find the earliest t where [t, t + d) has room; slots from the current
        // makespan on are empty. A clash at tau moves t past it.
        for (;;) {
          let tau = Math.min(t + d, makespan) - 1
          for (; tau >= t; tau--) {
            const base = tau * R
            let q = qs
            for (; q < qe; q++) if ((use[base + (nzRes[q] ?? 0)] ?? 0) > (nzLim[q] ?? 0)) break
            if (q < qe) break
          }
          if (tau < t) break
          t = tau + 1
        }
        const end = t + d
        for (let tau = t; tau < end; tau++) {
          const base = tau * R
          for (let q = qs; q < qe; q++) {
            const at = base + (nzRes[q] ?? 0)
            use[at] = (use[at] ?? 0) + (nzDem[q] ?? 0)
          }
        }
      }
      start[j] = t
      if (t + d > makespan) makespan = t + d
    }
    this.used = makespan
    return makespan
  }

  /** The serial SGS forward in time; the starts land in `this.start`. */
  forward(list: Int32Array): number {
    return this.serial(list, this.p.predStart, this.p.predList, this.start)
  }

  /**
   * One forward–backward improvement pass (two schedules): schedules the
   * activities right-justified, latest finish first, then left-justified
   * again in order of those starts. Reads the schedule in `this.start`
   * (makespan `makespan`), writes the improved one there, and writes its
   * activity list (ordered by start) to `out`. Never lengthens the schedule.
   */
  justify(out: Int32Array): number {
    const p = this.p
    const n = this.n
    const dur = p.duration
    const rank = p.rank
    const start = this.start
    const back = this.back
    const key = this.key
    const order = this.list2
    // Backward: latest finish first (ties: later in topological order first).
    for (let j = 0; j < n; j++) key[j] = -(((start[j] ?? 0) + (dur[j] ?? 0)) * n + (rank[j] ?? 0))
    sortByKey(order, out, key, n, true)
    const mb = this.serial(order, p.succStart, p.succList, back)
    // Forward: earliest start of the right-justified schedule first.
    for (let j = 0; j < n; j++) key[j] = (mb - (back[j] ?? 0) - (dur[j] ?? 0)) * n + (rank[j] ?? 0)
    sortByKey(out, order, key, n, true)
    const mf = this.forward(out)
    for (let j = 0; j < n; j++) key[j] = (start[j] ?? 0) * n + (rank[j] ?? 0)
    sortByKey(out, out, key, n, false)
    return mf
  }

  /**
   * Builds an activity list by a priority rule: repeatedly takes an eligible
   * activity (all predecessors listed) with the least `value`; with `rng`,
   * samples it with probability ∝ (regret + 1)^alpha instead
   * (regret-based biased random sampling, Drexl 1991).
   */
  listByPriority(value: Float64Array, out: Int32Array, rng: Random | undefined, alpha: number): void {
    const p = this.p
    const n = this.n
    const indeg = this.indeg
    const elig = this.eligible
    const w = this.weight
    let m = 0
    for (let j = 0; j < n; j++) {
      indeg[j] = (p.predStart[j + 1] ?? 0) - (p.predStart[j] ?? 0)
      if (indeg[j] === 0) elig[m++] = j
    }
    for (let k = 0; k < n; k++) {
      let pick = 0
      if (rng === undefined) {
        for (let e = 1; e < m; e++) {
          const a = elig[e] ?? 0
          const b = elig[pick] ?? 0
          const va = value[a] ?? 0
          const vb = value[b] ?? 0
          if (va < vb || (va === vb && a < b)) pick = e
        }
      } else {
        let worst = -Infinity
        for (let e = 0; e < m; e++) {
          const v = value[elig[e] ?? 0] ?? 0
          if (v > worst) worst = v
        }
        let total = 0
        for (let e = 0; e < m; e++) {
          const x = (worst - (value[elig[e] ?? 0] ?? 0) + 1) ** alpha
          w[e] = x
          total += x
        }
        let u = rng.next() * total
        pick = m - 1
        for (let e = 0; e < m; e++) {
          u -= w[e] ?? 0
          if (u < 0) {
            pick = e
            break
          }
        }
      }
      const j = elig[pick] ?? 0
      out[k] = j
      elig[pick] = elig[m - 1] ?? 0
      m--
      // Keep the eligible set in ascending order of index for determinism of ties.
      for (let q = p.succStart[j] ?? 0; q < (p.succStart[j + 1] ?? 0); q++) {
        const s = p.succList[q] ?? 0
        indeg[s] = (indeg[s] ?? 0) - 1
        if (indeg[s] === 0) elig[m++] = s
      }
    }
  }

  /**
   * The parallel SGS: walks forward through decision times and starts, at
   * each, the eligible activities in order of least `value` that the free
   * resources admit. Writes the starts to `this.start` and returns the makespan.
   */
  parallel(value: Float64Array): number {
    this.count++
    const p = this.p
    const n = this.n
    const R = p.resources
    const dur = p.duration
    const dem = p.demand
    const start = this.start
    const indeg = this.indeg
    const elig = this.eligible
    const finish = this.key
    const free = this.free
    let m = 0
    for (let j = 0; j < n; j++) {
      indeg[j] = (p.predStart[j + 1] ?? 0) - (p.predStart[j] ?? 0)
      start[j] = -1
      finish[j] = Infinity
    }
    let done = 0
    let t = 0
    let makespan = 0
    // Activities whose predecessors all finished by t are "eligible" once t passes their ready time.
    const ready = this.back
    for (let j = 0; j < n; j++) {
      ready[j] = 0
      if (indeg[j] === 0) elig[m++] = j
    }
    while (done < n) {
      for (let r = 0; r < R; r++) free[r] = p.capacity[r] ?? 0
      for (let j = 0; j < n; j++) {
        const s = start[j] ?? -1
        if (s >= 0 && s <= t && (finish[j] ?? 0) > t)
          for (let r = 0; r < R; r++) free[r] = (free[r] ?? 0) - (dem[j * R + r] ?? 0)
      }
      for (;;) {
        let pick = -1
        for (let e = 0; e < m; e++) {
          const a = elig[e] ?? 0
          if ((ready[a] ?? 0) > t) continue
          // A zero-duration activity holds no resource.
          let fits = true
          if ((dur[a] ?? 0) > 0) for (let r = 0; r < R; r++) if ((dem[a * R + r] ?? 0) > (free[r] ?? 0)) fits = false
          if (!fits) continue
          if (pick < 0) pick = e
          else {
            const b = elig[pick] ?? 0
            const va = value[a] ?? 0
            const vb = value[b] ?? 0
            if (va < vb || (va === vb && a < b)) pick = e
          }
        }
        if (pick < 0) break
        const j = elig[pick] ?? 0
        elig[pick] = elig[m - 1] ?? 0
        m--
        start[j] = t
        const f = t + (dur[j] ?? 0)
        finish[j] = f
        if (f > makespan) makespan = f
        if (f > t) for (let r = 0; r < R; r++) free[r] = (free[r] ?? 0) - (dem[j * R + r] ?? 0)
        done++
        for (let q = p.succStart[j] ?? 0; q < (p.succStart[j + 1] ?? 0); q++) {
          const s = p.succList[q] ?? 0
          indeg[s] = (indeg[s] ?? 0) - 1
          if (f > (ready[s] ?? 0)) ready[s] = f
          if (indeg[s] === 0) elig[m++] = s
        }
        // A zero-duration activity frees its successors at once: rescan at the same t.
      }
      if (done >= n) break
      // Next decision time: the earliest finish or ready time after t.
      let next = Infinity
      for (let j = 0; j < n; j++) {
        const f = finish[j] ?? Infinity
        if (f > t && f < next) next = f
      }
      for (let e = 0; e < m; e++) {
        const rt = ready[elig[e] ?? 0] ?? 0
        if (rt > t && rt < next) next = rt
      }
      t = next
    }
    return makespan
  }
}

/**
 * Sorts `src` into `dst` by ascending `key[activity]` (insertion sort, fast
 * on the nearly sorted lists the justification passes produce); with
 * `reverse`, reads `src` back to front first.
 */
const sortByKey = (dst: Int32Array, src: Int32Array, key: Float64Array, n: number, reverse: boolean): void => {
  if (dst !== src) {
    if (reverse) for (let i = 0; i < n; i++) dst[i] = src[n - 1 - i] ?? 0
    else dst.set(src)
  }
  for (let i = 1; i < n; i++) {
    const x = dst[i] ?? 0
    const kx = key[x] ?? 0
    let h = i - 1
    while (h >= 0 && (key[dst[h] ?? 0] ?? 0) > kx) {
      dst[h + 1] = dst[h] ?? 0
      h--
    }
    dst[h + 1] = x
  }
}

/** The best schedule seen, copied out of the engine's buffers. */
export class Best {
  makespan = Infinity
  readonly start: Int32Array
  constructor(n: number) {
    this.start = new Int32Array(n)
  }
  offer(makespan: number, start: Int32Array): void {
    if (makespan < this.makespan) {
      this.makespan = makespan
      this.start.set(start)
    }
  }
}

/**
 * Evaluates the activity list in `list`: a serial SGS pass, then
 * forward–backward passes while they shorten the schedule and the budget
 * allows. Leaves `list` ordered by the final starts and returns the makespan.
 */
export const evaluate = (eng: Engine, list: Int32Array, budget: number, best: Best): number => {
  let ms = eng.forward(list)
  best.offer(ms, eng.start)
  while (eng.count + 2 <= budget) {
    const m2 = eng.justify(list)
    best.offer(m2, eng.start)
    if (m2 >= ms) break
    ms = m2
  }
  return ms
}
