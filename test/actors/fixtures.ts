import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/corpus/article.js';
import { corpusHash, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The story built from the real corpus/ directory. */
export async function realStory(): Promise<Story> {
  const { articles } = await loadCorpus(path.join(root, 'corpus'));
  return buildStory(articles, corpusHash(articles));
}

/** An article for a made-up story (nothing in src/ knows these names, places or dates). */
export function article(id: string, body: string, published?: string): Article {
  const a: Article = { id, title: id, titleGiven: false, body, file: `${id}.md` };
  if (published) a.published = published;
  return a;
}

/** A small invented story, published Friday 15 March 2024, to check the rules on text they were not tuned on. */
export function inventedStory(): Story {
  const a1 = [
    'Foreign Minister Anna Kowalska met Prime Minister Lars Berg in Oslo on Thursday. "We will sign the treaty soon," Kowalska said.',
    '',
    'Berg\'s chief of staff, Tom Heller, joined the talks. Heller wrote on X: "The meeting was useful." He added that "more rounds will follow."',
    '',
    '"Nothing is agreed yet," the ministry said. Kowalska is scheduled to visit Berlin on Monday. Parliament will vote on the budget on Monday.',
  ].join('\n');
  const a2 = [
    'Anna Kowalska and Lars Berg met in Oslo on Thursday to discuss the treaty. Tom Heller, Berg\'s chief of staff, said the talks went well.',
    '',
    'Kowalská told reporters: "We are close." "The rest is detail."',
    '',
    'The dispute began in 2019, when the old treaty lapsed. The talks lasted five hours.',
  ].join('\n');
  const articles = [article('a1', a1, '2024-03-15'), article('a2', a2, '2024-03-15')];
  return buildStory(articles, 'invented');
}
