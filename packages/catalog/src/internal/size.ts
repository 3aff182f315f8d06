/** A number of bytes for people: 268435456 is "256 MiB", 100000 is "97.7 KiB", 100 is "100 B". */
export const sizeText = (bytes: number): string => {
  const round1 = (x: number): number => Math.round(x * 10) / 10
  if (bytes >= 1024 * 1024) return `${round1(bytes / (1024 * 1024))} MiB`
  if (bytes >= 1024) return `${round1(bytes / 1024)} KiB`
  return `${bytes} B`
}
