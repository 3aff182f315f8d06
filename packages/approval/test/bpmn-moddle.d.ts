// The part of bpmn-moddle's API the tests use (its ESM entry ships no types for "."),
// typed as the tests read it.
declare module "bpmn-moddle" {
  interface ModdleElement {
    readonly $type: string
    readonly id: string
    readonly flowElements?: ReadonlyArray<ModdleElement>
    readonly rootElements?: ReadonlyArray<ModdleElement>
    readonly diagrams?: ReadonlyArray<{
      readonly plane?: { readonly planeElement?: ReadonlyArray<{ readonly bpmnElement?: ModdleElement }> }
    }>
  }
  export class BpmnModdle {
    fromXML(
      xml: string
    ): Promise<{ readonly rootElement: ModdleElement; readonly warnings: ReadonlyArray<{ readonly message: string }> }>
  }
}
