/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so text from content
 * (a title containing `</script>`) can never end the element early.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
