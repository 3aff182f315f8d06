/** Small printing helpers shared by the demo's sections. */
export const heading = (zh: string, en: string): void => {
  console.log(`\n${"=".repeat(72)}\n${zh}  ${en}\n${"=".repeat(72)}`)
}

export const line = (text = ""): void => {
  console.log(text)
}
