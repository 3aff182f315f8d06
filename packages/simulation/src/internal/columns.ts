/**
 * Typed-array columns for the event loop: one column per field of a case
 * and of a back-office task, grown by doubling, so the loop allocates
 * nothing per case or per event.
 *
 * Glossary: 办件 = case, 环节任务 = task (a step of a case in a department).
 */

/** Case states. */
export const WAITING = 1
export const SERVING = 2
export const BACK_OFFICE = 3
export const DONE = 4
export const GONE = 5
export const AWAY = 6

/** A copy of `a` with room for `n` values. */
export const grownInt = (a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(n)
  b.set(a)
  return b
}

const grownByte = (a: Uint8Array<ArrayBuffer>, n: number): Uint8Array<ArrayBuffer> => {
  const b = new Uint8Array(n)
  b.set(a)
  return b
}

const grownFloat = (a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> => {
  const b = new Float64Array(n)
  b.set(a)
  return b
}

/** One column per field of a case, indexed by case id. */
export class CaseColumns {
  capacity: number
  count = 0
  service: Int32Array<ArrayBuffer>
  online: Uint8Array<ArrayBuffer>
  priority: Uint8Array<ArrayBuffer>
  state: Uint8Array<ArrayBuffer>
  group: Int32Array<ArrayBuffer>
  /** The window (0-based within its group) serving the case, when the event log is kept. */
  window: Int32Array<ArrayBuffer>
  visits: Int32Array<ArrayBuffer>
  trips: Int32Array<ArrayBuffer>
  flowBase: Int32Array<ArrayBuffer>
  flowLeft: Int32Array<ArrayBuffer>
  arrival: Float64Array<ArrayBuffer>
  ticket: Float64Array<ArrayBuffer>
  renegeAt: Float64Array<ArrayBuffer>
  wait: Float64Array<ArrayBuffer>
  completed: Float64Array<ArrayBuffer>

  constructor(capacity: number) {
    this.capacity = capacity
    this.service = new Int32Array(capacity)
    this.online = new Uint8Array(capacity)
    this.priority = new Uint8Array(capacity)
    this.state = new Uint8Array(capacity)
    this.group = new Int32Array(capacity)
    this.window = new Int32Array(capacity)
    this.visits = new Int32Array(capacity)
    this.trips = new Int32Array(capacity)
    this.flowBase = new Int32Array(capacity)
    this.flowLeft = new Int32Array(capacity)
    this.arrival = new Float64Array(capacity)
    this.ticket = new Float64Array(capacity)
    this.renegeAt = new Float64Array(capacity)
    this.wait = new Float64Array(capacity)
    this.completed = new Float64Array(capacity)
  }

  /** A new case id, growing the columns when they are full. */
  add(): number {
    if (this.count === this.capacity) this.grow()
    return this.count++
  }

  private grow(): void {
    const n = this.capacity * 2
    this.capacity = n
    this.service = grownInt(this.service, n)
    this.online = grownByte(this.online, n)
    this.priority = grownByte(this.priority, n)
    this.state = grownByte(this.state, n)
    this.group = grownInt(this.group, n)
    this.window = grownInt(this.window, n)
    this.visits = grownInt(this.visits, n)
    this.trips = grownInt(this.trips, n)
    this.flowBase = grownInt(this.flowBase, n)
    this.flowLeft = grownInt(this.flowLeft, n)
    this.arrival = grownFloat(this.arrival, n)
    this.ticket = grownFloat(this.ticket, n)
    this.renegeAt = grownFloat(this.renegeAt, n)
    this.wait = grownFloat(this.wait, n)
    this.completed = grownFloat(this.completed, n)
  }
}

/** One column per field of a back-office task, with a free list for reuse. */
export class TaskColumns {
  capacity = 1024
  count = 0
  caseOf = new Int32Array(this.capacity)
  node = new Int32Array(this.capacity)
  enabled = new Float64Array(this.capacity)
  started = new Float64Array(this.capacity)
  private readonly free: Array<number> = []

  /** A task id: a freed one, or a new one (growing the columns). */
  add(): number {
    const reused = this.free.pop()
    if (reused !== undefined) return reused
    if (this.count === this.capacity) {
      const n = this.capacity * 2
      this.capacity = n
      this.caseOf = grownInt(this.caseOf, n)
      this.node = grownInt(this.node, n)
      this.enabled = grownFloat(this.enabled, n)
      this.started = grownFloat(this.started, n)
    }
    return this.count++
  }

  /** Gives a finished task's id back for reuse. */
  release(task: number): void {
    this.free.push(task)
  }
}
