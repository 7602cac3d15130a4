/**
 * Fills `{name}` placeholders. A function replacement, so a value is inserted as it is: with a string
 * replacement, `$&`, `$'` or `` $` `` in a reader's query would be read as patterns and garble the text.
 * No dependencies, so page scripts can use it without shipping the strings.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
