/**
 * `@tongban/approval`: approval-flow model, critical path on the
 * working-day calendar, serial-vs-parallel comparison, BPMN import and
 * Mermaid/GraphViz export.
 *
 * @packageDocumentation
 */
export * from "./Flow.js"
