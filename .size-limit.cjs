// Bundle-size budgets, checked by `pnpm check` (scripts/check.mjs runs
// size-limit when this file exists) against the built packages. Sizes are
// brotli-compressed, as an app would serve them.
module.exports = [
  {
    // An app that only needs working days for one year: the two functions
    // plus @tongban/deadline/china/2024, without the other 22 years or zod.
    name: "@tongban/deadline: isWorkingDay + addWorkingDays + one year of data",
    path: ["packages/deadline/dist/index.js", "packages/deadline/dist/china/2024.js"],
    import: {
      "packages/deadline/dist/index.js": "{ isWorkingDay, addWorkingDays }",
      "packages/deadline/dist/china/2024.js": "{ china2024 }"
    },
    limit: "3 kB",
    brotli: true
  },
  {
    // The textbook engine alone: an app that runs the M/M/c model and Erlang C
    // carries neither zod, nor the hall model, nor @tongban/approval.
    name: "@tongban/simulation: simulateMMc + erlangC",
    path: "packages/simulation/dist/index.js",
    import: "{ simulateMMc, erlangC }",
    limit: "3 kB",
    brotli: true
  }
]
