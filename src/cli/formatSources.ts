import type { Story } from '../story/story.js';

/** The corpus's articles, one line each: title, publisher, date, sentence count, link. */
export function formatSources(story: Story): string {
  if (story.articles.length === 0) return 'The corpus is empty.';
  return story.articles
    .map((a, i) => {
      const meta = [a.source ?? 'publisher unknown', a.published ?? 'date unknown', `${a.sentenceCount} sentences`].join(' · ');
      return `${i + 1}. ${a.title}\n   ${meta}${a.url ? `\n   ${a.url}` : ''}  [${a.id}]`;
    })
    .join('\n');
}
