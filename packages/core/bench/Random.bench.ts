// The one seeded generator (sfc32) against the two it replaced, in the same
// run: approval's xoshiro128** (copied here as it was) and pure-rand's
// xoroshiro128+ used directly, plus Math.random (not seedable) for scale.
// Each task draws 1,000,000 uniform numbers in [0, 1) and 1,000,000
// integers below 37 (the genetic algorithm's use).
import { makeRandom } from "@tongban/core"
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus"
import { Bench } from "tinybench"

class Xoshiro128ss {
  private a: number
  private b: number
  private c: number
  private d: number
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0
    this.b = b | 0
    this.c = c | 0
    this.d = (a | b | c | d) === 0 ? 1 : d | 0
  }
  u32(): number {
    const b = this.b
    const b5 = Math.imul(b, 5)
    const result = Math.imul((b5 << 7) | (b5 >>> 25), 9) >>> 0
    const t = b << 9
    this.c ^= this.a
    this.d ^= b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = (this.d << 11) | (this.d >>> 21)
    return result
  }
  float(): number {
    return this.u32() / 4294967296
  }
}

const N = 1_000_000
let sink = 0
const sfc = makeRandom(1)
const seedGen = xoroshiro128plus(1)
const xo = new Xoshiro128ss(seedGen.next(), seedGen.next(), seedGen.next(), seedGen.next())
const pr = xoroshiro128plus(1)
const bench = new Bench({ time: 1000 })
bench
  .add("core sfc32 (makeRandom)", () => {
    for (let i = 0; i < N; i++) sink += sfc.next() + sfc.int(37)
  })
  .add("approval's old xoshiro128**", () => {
    for (let i = 0; i < N; i++) sink += xo.float() + Math.floor(xo.float() * 37)
  })
  .add("pure-rand xoroshiro128+ (direct)", () => {
    for (let i = 0; i < N; i++)
      sink += (pr.next() >>> 0) / 4294967296 + Math.floor(((pr.next() >>> 0) / 4294967296) * 37)
  })
  .add("Math.random (not seedable)", () => {
    for (let i = 0; i < N; i++) sink += Math.random() + Math.floor(Math.random() * 37)
  })
await bench.run()
console.table(bench.table())
const hz = (name: string): number => {
  const r = bench.tasks.find((t) => t.name === name)?.result
  return r !== undefined && "throughput" in r ? r.throughput.mean : 0
}
const core = hz("core sfc32 (makeRandom)")
console.log(
  `draws per second, ratio core sfc32 / xoshiro128**: ${(core / hz("approval's old xoshiro128**")).toFixed(2)}x, ` +
    `/ pure-rand xoroshiro128+: ${(core / hz("pure-rand xoroshiro128+ (direct)")).toFixed(2)}x, ` +
    `/ Math.random: ${(core / hz("Math.random (not seedable)")).toFixed(2)}x (sink ${sink > 0 ? "ok" : "empty"})`
)
