/**
 * Escapes text for XML and HTML content and attribute values (`&`, `<`, `>`, `"`, `'`).
 *
 * @example
 * escapeXml('Tom & <Jerry>') //=> 'Tom &amp; &lt;Jerry&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`);
}
