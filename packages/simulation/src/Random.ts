/**
 * Seeded random numbers. The generator (sfc32, seeded per seed and stream)
 * is `@tongban/core`'s, the one every tongban package draws from; it is
 * re-exported here so that `makeRandom` and `Random` keep being importable
 * from `@tongban/simulation` beside the samplers that take them. The
 * sequences are the ones this package drew before the move.
 *
 * Glossary: 随机种子 = seed, 随机数流 = random stream.
 *
 * @since 0.1.0
 */
export { makeRandom, Random } from "@tongban/core"
