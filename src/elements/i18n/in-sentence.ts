/**
 * A label as it reads inside a sentence: "New customers" → "new customers", "Sales rep" →
 * "sales rep"; an acronym keeps its capitals ("MQLs", "UTM campaign", "CAC").
 */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
