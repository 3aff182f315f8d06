import fc from "fast-check"

/** A small single-queue hall model (one general window group, no priorities). */
export const singleQueueModel = fc
  .record({
    windows: fc.integer({ min: 1, max: 4 }),
    perDay: fc.integer({ min: 5, max: 120 }),
    mean: fc.double({ min: 1, max: 30, noNaN: true }),
    services: fc.integer({ min: 1, max: 3 })
  })
  .map(({ windows, perDay, mean, services }) => ({
    departments: Array.from({ length: services }, (_, i) => ({ id: `d${i}`, reviewers: 1 })),
    windows: [{ id: "general", count: windows }],
    services: Array.from({ length: services }, (_, i) => ({
      id: `s${i}`,
      department: `d${i}`,
      arrivals: { perDay },
      windowMinutes: { type: "exponential" as const, mean }
    }))
  }))

/** A hall model with flows, priorities, reneging, online share and incomplete materials. */
export const richModel = fc
  .record({
    windows: fc.integer({ min: 1, max: 4 }),
    perDay: fc.integer({ min: 5, max: 80 }),
    online: fc.double({ min: 0, max: 1, noNaN: true }),
    incomplete: fc.double({ min: 0, max: 0.6, noNaN: true }),
    elderly: fc.double({ min: 0, max: 0.5, noNaN: true }),
    patience: fc.option(fc.double({ min: 1, max: 120, noNaN: true }), { nil: undefined }),
    parallel: fc.boolean(),
    authorised: fc.boolean(),
    days: fc.integer({ min: 1, max: 4 })
  })
  .map((p) => ({
    days: p.days,
    departments: [
      { id: "market", reviewers: 2 },
      { id: "police", reviewers: 1 },
      { id: "tax", reviewers: 1 }
    ],
    windows: [
      { id: "general", count: p.windows, authorised: p.authorised },
      { id: "tax-desk", count: 1, serves: ["tax"] }
    ],
    priorities: [{ id: "elderly", share: p.elderly }],
    ...(p.patience === undefined ? {} : { patience: { type: "exponential" as const, mean: p.patience } }),
    services: [
      {
        id: "startup",
        kind: "bundle" as const,
        department: "market",
        arrivals: { perDay: p.perDay, profile: [3, 1, 2] },
        online: p.online,
        incomplete: p.incomplete,
        approveAtWindow: true,
        windowMinutes: { type: "triangular" as const, min: 5, mode: 10, max: 25 },
        statutory: "20wd",
        promised: "3wd",
        flow: {
          id: "startup",
          name: "企业开办",
          steps: [
            {
              id: "licence",
              name: "营业执照",
              department: "market",
              duration: { kind: "triangular" as const, min: 0.2, mode: 0.5, max: 2 }
            },
            {
              id: "seal",
              name: "刻章",
              department: "police",
              duration: { kind: "lognormal" as const, mu: -1, sigma: 0.5 },
              after: p.parallel ? [] : ["licence"]
            },
            { id: "invoice", name: "发票", department: "tax", duration: 1, after: p.parallel ? [] : ["seal"] }
          ]
        }
      },
      {
        id: "invoice",
        department: "tax",
        arrivals: { perDay: p.perDay / 2 },
        windowMinutes: { type: "exponential" as const, mean: 8 }
      }
    ]
  }))
