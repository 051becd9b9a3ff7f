/** Structured data for search engines; `<` is escaped so content can never close the script. */
export function JsonLd({ type, data }: { type: string; data: Record<string, unknown> }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', '@type': type, ...data });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json.replace(/</g, '\\u003c') }} />;
}
