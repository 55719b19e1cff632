/**
 * よくある質問: grouping by topic and the FAQPage structured data (schema.org) for /faq/.
 * Pure functions; the page passes the entries from astro:content.
 */

export interface FaqItem {
  id: string;
  data: { question: string; answer: string; topic: string; position: number };
}

/** Entries grouped in the given topic order, each group sorted by position then question. */
export function faqGroups<T extends FaqItem>(entries: readonly T[], topics: readonly string[]): { topic: string; entries: T[] }[] {
  return topics
    .map((topic) => ({
      topic,
      entries: entries.filter((e) => e.data.topic === topic).sort((a, b) => a.data.position - b.data.position || a.data.question.localeCompare(b.data.question, 'ja')),
    }))
    .filter((group) => group.entries.length > 0);
}

/** An answer's paragraphs (blank lines separate them). */
export const answerParagraphs = (answer: string) => answer.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** FAQPage JSON-LD: one Question per entry with its answer as plain text. */
export function faqPageJsonLd(entries: readonly FaqItem[], pageUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    inLanguage: 'ja',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.data.question,
      acceptedAnswer: { '@type': 'Answer', text: answerParagraphs(entry.data.answer).join('\n') },
    })),
  };
}
