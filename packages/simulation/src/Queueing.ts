/**
 * Textbook queueing models run on the event engine, and the theory they are
 * checked against: M/M/c (Erlang C, Little's law) and a fork-join network
 * (parallel departments, then a sign-off).
 *
 * Glossary: 排队论 = queueing theory, 并联审批 = parallel approval
 * (fork-join), 签发 = sign-off, 窗口 = window (server).
 *
 * @since 0.1.0
 */
import { makeRandom } from "./Random.js"
import { EventQueue } from "./internal/EventQueue.js"

/**
 * What queueing theory says of a stable M/M/c queue.
 *
 * @since 0.1.0
 * @category models
 */
export interface ErlangC {
  /** Offered load per server, ρ = λ / (c μ). */
  readonly utilisation: number
  /** Probability that an arrival waits (Erlang's C formula). */
  readonly probabilityWait: number
  /** Mean wait in queue, Wq = C / (c μ − λ). */
  readonly meanWait: number
  /** Mean time in system, W = Wq + 1 / μ. */
  readonly meanSojourn: number
  /** Mean number in queue, Lq = λ Wq (Little's law). */
  readonly meanQueueLength: number
  /** Mean number in system, L = λ W. */
  readonly meanInSystem: number
}

/**
 * Erlang C for an M/M/c queue with arrival rate λ, service rate μ per server
 * and c servers; `undefined` when the queue is unstable (λ ≥ c μ) or an
 * argument is out of range or not a number (c a whole number up to
 * 1,000,000). Never throws, whatever it is given.
 *
 * @param lambda - arrivals per unit time
 * @param mu - services per unit time per server
 * @param servers - number of servers c
 *
 * @example
 * ```ts
 * import { erlangC } from "@tongban/simulation"
 *
 * erlangC(9, 1, 10)?.meanWait.toFixed(4) // "0.6687"
 * erlangC(0.5, 1, 1)?.meanWait // 1
 * erlangC(10, 1, 10) // undefined
 * erlangC(9, 1, 10.5) // undefined
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const erlangC = (lambda: number, mu: number, servers: number): ErlangC | undefined => {
  if (
    !isPositive(lambda) ||
    !isPositive(mu) ||
    !validCount(servers, MAX_SERVERS) ||
    servers < 1 ||
    lambda >= servers * mu
  )
    return undefined
  const a = lambda / mu
  const rho = a / servers
  // Erlang B by its stable recursion, then C from B.
  let b = 1
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b)
  const c = b / (1 - rho + rho * b)
  const wq = c / (servers * mu - lambda)
  return {
    utilisation: rho,
    probabilityWait: c,
    meanWait: wq,
    meanSojourn: wq + 1 / mu,
    meanQueueLength: lambda * wq,
    meanInSystem: lambda * (wq + 1 / mu)
  }
}

/**
 * Options of {@link simulateMMc}.
 *
 * @since 0.1.0
 * @category models
 */
export interface MMcOptions {
  /** Arrival rate λ. */
  readonly lambda: number
  /** Service rate μ per server. */
  readonly mu: number
  /** Number of servers c. */
  readonly servers: number
  /** Customers to simulate (each arrives, waits if all servers are busy, is served, leaves). */
  readonly customers: number
  /** Seed of the run. */
  readonly seed: number
}

/**
 * The measured outcome of an M/M/c run.
 *
 * @since 0.1.0
 * @category models
 */
export interface MMcResult {
  readonly customers: number
  /** Mean wait in queue. */
  readonly meanWait: number
  /** Mean time in system. */
  readonly meanSojourn: number
  /** Share of server capacity busy over the run. */
  readonly utilisation: number
  /** Time-average number in system, integrated event by event. */
  readonly meanInSystem: number
  /** Observed arrival rate (customers / time of the last arrival). */
  readonly arrivalRate: number
  /** Little's law check: λ̂ W / L (1 means it holds exactly). */
  readonly littleRatio: number
  /** Time of the last departure. */
  readonly endTime: number
  /** Events processed (arrivals and departures). */
  readonly events: number
}

// Every argument is checked by type as well: a caller in plain JavaScript can
// pass anything, and gets a run of zero customers (or undefined), never a throw.
const validCount = (n: unknown, max: number): n is number =>
  typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max
const isPositive = (x: unknown): x is number => typeof x === "number" && x > 0 && Number.isFinite(x)
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null
const seedOf = (seed: unknown): number => (typeof seed === "number" ? seed : 0)
const MAX_SERVERS = 1_000_000

/**
 * Simulates an M/M/c queue event by event: Poisson arrivals (rate λ),
 * exponential services (rate μ), c servers, first come first served. Arrival
 * gaps and service times come from separate streams and each customer's
 * service time is drawn on arrival, so runs with different `servers` share
 * their random numbers (common random numbers). Out-of-range options, or
 * values that are not numbers at all, give a run of zero customers rather
 * than a hang or a throw.
 *
 * @example
 * ```ts
 * import { simulateMMc } from "@tongban/simulation"
 *
 * const r = simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 10000, seed: 1 })
 * r.customers // 10000
 * r.events // 20000
 * simulateMMc({ lambda: 9, mu: 1, servers: 0, customers: 10, seed: 1 }).customers // 0
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulateMMc = (options: MMcOptions): MMcResult => {
  const o: Record<string, unknown> = isRecord(options) ? options : {}
  const { lambda, mu, customers } = o
  const valid = isPositive(lambda) && isPositive(mu) && validCount(o.servers, MAX_SERVERS) && o.servers > 0
  const servers = valid && typeof o.servers === "number" ? o.servers : 1
  const n = valid && validCount(customers, 50_000_000) ? customers : 0
  const arrivalRng = makeRandom(seedOf(o.seed), 0)
  const serviceRng = makeRandom(seedOf(o.seed), 1)
  const meanGap = valid ? 1 / lambda : 1
  const meanService = valid ? 1 / mu : 1
  const arrival = new Float64Array(n)
  const service = new Float64Array(n)
  const heap = new EventQueue(servers + 2)
  let queueHead = 0
  let queueTail = 0
  const queue = new Int32Array(n)
  let busy = 0
  let inSystem = 0
  let last = 0
  let area = 0
  let waitSum = 0
  let sojournSum = 0
  let serviceSum = 0
  let arrived = 0
  let lastArrival = 0
  let events = 0
  let now = 0
  // The next arrival waits beside the heap: only departures go through it.
  let nextArrival = n > 0 ? meanGap * arrivalRng.exponential() : Infinity
  for (;;) {
    if (arrived < n && (heap.size === 0 || nextArrival < heap.peekTime())) {
      now = nextArrival
      events++
      area += inSystem * (now - last)
      last = now
      const id = arrived++
      lastArrival = now
      arrival[id] = now
      const s = meanService * serviceRng.exponential()
      service[id] = s
      serviceSum += s
      inSystem++
      if (busy < servers) {
        busy++
        heap.push(now + s, id)
      } else {
        queue[queueTail++] = id
      }
      nextArrival = now + meanGap * arrivalRng.exponential()
    } else if (heap.size > 0) {
      now = heap.peekTime()
      const who = heap.pop()
      events++
      area += inSystem * (now - last)
      last = now
      inSystem--
      sojournSum += now - (arrival[who] ?? 0)
      if (queueHead < queueTail) {
        const next = queue[queueHead++] ?? 0
        waitSum += now - (arrival[next] ?? 0)
        heap.push(now + (service[next] ?? 0), next)
      } else {
        busy--
      }
    } else {
      break
    }
  }
  const meanSojourn = n === 0 ? 0 : sojournSum / n
  const meanInSystem = now > 0 ? area / now : 0
  const arrivalRate = lastArrival > 0 ? n / lastArrival : 0
  return {
    customers: n,
    meanWait: n === 0 ? 0 : waitSum / n,
    meanSojourn,
    utilisation: now > 0 ? serviceSum / (servers * now) : 0,
    meanInSystem,
    arrivalRate,
    littleRatio: meanInSystem > 0 ? ((n / now) * meanSojourn) / meanInSystem : 1,
    endTime: now,
    events
  }
}

/**
 * A pool of identical servers with exponential service (rate μ per server).
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerPool {
  readonly servers: number
  readonly mu: number
}

/**
 * Options of {@link simulateForkJoin}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ForkJoinOptions {
  /** Arrival rate of cases. */
  readonly lambda: number
  /** The departments every case visits at once (fork); at most 6. */
  readonly departments: ReadonlyArray<ServerPool>
  /** The sign-off after all departments are done (join). */
  readonly signOff: ServerPool
  readonly cases: number
  readonly seed: number
}

/**
 * The measured outcome of a fork-join run.
 *
 * @since 0.1.0
 * @category models
 */
export interface ForkJoinResult {
  readonly cases: number
  /** Mean time from arrival to sign-off. */
  readonly meanCycle: number
  /** Mean wait from fork to join (the slowest department's finish). */
  readonly meanJoin: number
  /** Utilisation of each department, then the sign-off last. */
  readonly utilisation: ReadonlyArray<number>
  readonly endTime: number
  /** Events processed (arrivals, department completions, sign-offs). */
  readonly events: number
}

/**
 * Simulates a fork-join network: each case forks to every department at
 * once, each department serves its queue first come first served with its
 * own servers, and when the last department finishes the case queues for the
 * sign-off. This is parallel approval (并联审批) in its textbook form.
 *
 * @example
 * ```ts
 * import { simulateForkJoin } from "@tongban/simulation"
 *
 * const r = simulateForkJoin({
 *   lambda: 9,
 *   departments: [{ servers: 10, mu: 1 }, { servers: 10, mu: 1 }, { servers: 10, mu: 1 }],
 *   signOff: { servers: 10, mu: 1 },
 *   cases: 1000,
 *   seed: 1
 * })
 * r.events // 5000
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulateForkJoin = (options: ForkJoinOptions): ForkJoinResult => {
  const o: Record<string, unknown> = isRecord(options) ? options : {}
  const departments: ReadonlyArray<unknown> = Array.isArray(o.departments) ? o.departments : []
  const isPool = (p: unknown): p is ServerPool =>
    isRecord(p) && validCount(p.servers, MAX_SERVERS) && p.servers > 0 && isPositive(p.mu)
  const listed = [...departments.slice(0, 7), o.signOff]
  const pools = listed.filter(isPool)
  const k = pools.length - 1
  const ok = pools.length === listed.length && k >= 1 && k <= 6 && isPositive(o.lambda)
  const n = ok && validCount(o.cases, 20_000_000) ? o.cases : 0
  const arrivalRng = makeRandom(seedOf(o.seed), 0)
  const serviceRng = makeRandom(seedOf(o.seed), 1)
  const poolCount = k + 1
  const servers = new Int32Array(poolCount)
  const meanService = new Float64Array(poolCount)
  for (let p = 0; p < poolCount; p++) {
    servers[p] = pools[p]?.servers ?? 1
    meanService[p] = 1 / (pools[p]?.mu ?? 1)
  }
  const busy = new Int32Array(poolCount)
  const busyTime = new Float64Array(poolCount)
  // One FIFO of case ids per pool, each with room for every case.
  const queues = new Int32Array(poolCount * Math.max(1, n))
  const heads = new Int32Array(poolCount)
  const tails = new Int32Array(poolCount)
  const arrival = new Float64Array(n)
  const forked = new Uint8Array(n)
  const heap = new EventQueue(64)
  const meanGap = typeof o.lambda === "number" && ok ? 1 / o.lambda : 1
  let arrived = 0
  let events = 0
  let now = 0
  let cycleSum = 0
  let joinSum = 0
  // Payload: case id * 8 + pool index. The next arrival waits beside the heap.
  let nextArrival = n > 0 ? meanGap * arrivalRng.exponential() : Infinity
  for (;;) {
    if (arrived < n && (heap.size === 0 || nextArrival < heap.peekTime())) {
      now = nextArrival
      events++
      const id = arrived++
      arrival[id] = now
      for (let p = 0; p < k; p++) {
        if ((busy[p] ?? 0) < (servers[p] ?? 0)) {
          busy[p] = (busy[p] ?? 0) + 1
          const s = (meanService[p] ?? 0) * serviceRng.exponential()
          busyTime[p] = (busyTime[p] ?? 0) + s
          heap.push(now + s, id * 8 + p)
        } else {
          queues[p * n + (tails[p] ?? 0)] = id
          tails[p] = (tails[p] ?? 0) + 1
        }
      }
      nextArrival = now + meanGap * arrivalRng.exponential()
      continue
    }
    if (heap.size === 0) break
    now = heap.peekTime()
    const payload = heap.pop()
    events++
    const pool = payload & 7
    const id = payload >> 3
    // The server of `pool` is free: take the next case of its queue.
    const head = heads[pool] ?? 0
    if (head < (tails[pool] ?? 0)) {
      const next = queues[pool * n + head] ?? 0
      heads[pool] = head + 1
      const s = (meanService[pool] ?? 0) * serviceRng.exponential()
      busyTime[pool] = (busyTime[pool] ?? 0) + s
      heap.push(now + s, next * 8 + pool)
    } else {
      busy[pool] = (busy[pool] ?? 0) - 1
    }
    if (pool === k) {
      cycleSum += now - (arrival[id] ?? 0)
      continue
    }
    const done = (forked[id] ?? 0) + 1
    forked[id] = done
    if (done === k) {
      joinSum += now - (arrival[id] ?? 0)
      if ((busy[k] ?? 0) < (servers[k] ?? 0)) {
        busy[k] = (busy[k] ?? 0) + 1
        const s = (meanService[k] ?? 0) * serviceRng.exponential()
        busyTime[k] = (busyTime[k] ?? 0) + s
        heap.push(now + s, id * 8 + k)
      } else {
        queues[k * n + (tails[k] ?? 0)] = id
        tails[k] = (tails[k] ?? 0) + 1
      }
    }
  }
  const utilisation: Array<number> = []
  for (let p = 0; p < poolCount; p++) utilisation.push(now > 0 ? (busyTime[p] ?? 0) / ((servers[p] ?? 1) * now) : 0)
  return {
    cases: n,
    meanCycle: n === 0 ? 0 : cycleSum / n,
    meanJoin: n === 0 ? 0 : joinSum / n,
    utilisation,
    endTime: now,
    events
  }
}
