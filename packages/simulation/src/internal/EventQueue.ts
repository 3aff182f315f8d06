/**
 * The future-event list: a 4-ary min-heap over typed arrays (times in a
 * Float64Array, payloads in an Int32Array). No allocation per event. Events
 * at the same time leave in an order fixed by the sequence of pushes and
 * pops, so a run is reproducible; callers that need an order among
 * simultaneous events encode it in the time or handle it themselves.
 */
export class EventQueue {
  times: Float64Array
  payloads: Int32Array
  size = 0

  constructor(capacity = 1024) {
    const n = Math.max(4, capacity)
    this.times = new Float64Array(n)
    this.payloads = new Int32Array(n)
  }

  private grow(): void {
    const n = this.times.length * 2
    const t = new Float64Array(n)
    t.set(this.times)
    const p = new Int32Array(n)
    p.set(this.payloads)
    this.times = t
    this.payloads = p
  }

  push(time: number, payload: number): void {
    if (this.size === this.times.length) this.grow()
    const times = this.times
    const payloads = this.payloads
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 2
      const pt = times[parent] ?? 0
      if (pt <= time) break
      times[i] = pt
      payloads[i] = payloads[parent] ?? 0
      i = parent
    }
    times[i] = time
    payloads[i] = payload
  }

  /** The time of the earliest event (only when size > 0). */
  peekTime(): number {
    return this.times[0] ?? Infinity
  }

  /** Removes the earliest event and returns its payload (only when size > 0). */
  pop(): number {
    const times = this.times
    const payloads = this.payloads
    const top = payloads[0] ?? 0
    const n = --this.size
    if (n === 0) return top
    const time = times[n] ?? 0
    const payload = payloads[n] ?? 0
    let i = 0
    for (;;) {
      const first = 4 * i + 1
      if (first >= n) break
      let best = first
      let bt = times[first] ?? 0
      const last = Math.min(first + 4, n)
      for (let j = first + 1; j < last; j++) {
        const jt = times[j] ?? 0
        if (jt < bt) {
          best = j
          bt = jt
        }
      }
      if (time <= bt) break
      times[i] = bt
      payloads[i] = payloads[best] ?? 0
      i = best
    }
    times[i] = time
    payloads[i] = payload
    return top
  }
}
