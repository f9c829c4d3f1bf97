import type { Article } from '../../src/corpus/article.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/**
 * An invented news story in four articles, all published Sunday 30 November 2031, shaped like a real one: talks
 * between delegations, envoys, spokesmen, quotes, roles before and after names, dates of every kind (weekdays,
 * weeks, weekends, counts, years, full dates) and the same events told by several articles. Every name, place,
 * date and sentence is made up.
 */
export function talksStory(): Story {
  const published = '2031-11-30';
  const a000 = [
    'Secretary of State Nils Brisco and a team from Oslo spent about six hours in talks Sunday at a hotel in Halifax. Both sides called the day useful but gave few details.',
    '',
    '"We made real headway today. We want a deal that lasts," Brisco told reporters. He said talks with the palace would go on when special envoy Owen Darrow travels there this week.',
    '',
    'Ostap Verin, head of Norway\'s National Fisheries and Coastal Council, led the team from Oslo. He called the meeting "frank and useful."',
    '',
    "Prime Minister Halvard Quist stayed in Ottawa. Leo Farrant, Quist's son-in-law, sat beside Brisco and Darrow at the table.",
    '',
    'Former chief negotiator Bohdan Solvan had met with Brisco in Lisbon just one week earlier.',
    '',
    'On Friday, Solvan offered his resignation after auditors searched his office, and President Petro Lutskyy accepted it.',
    '',
    'Verin took over as lead negotiator. "I am in daily touch with our partners," he wrote on X.',
  ].join('\n');
  const a001 = [
    'A six-hour session between Canadian and Norwegian officials on Sunday was "useful," Brisco said.',
    '',
    'An aide confirmed that Darrow is due to fly to Tallinn on Monday. President Ivo Marsk will host him there.',
    '',
    'Marsk will receive Darrow before Thursday, when Marsk departs for Peru. Marsk will leave on a long tour of Peru on Thursday.',
    '',
    'Palace spokesman Ilya Sorokov told state radio on Sunday that the visit would be short.',
    '',
    'Brisco had sat down with Solvan in Lisbon a week earlier.',
    '',
    'Lutsky plans to travel to Madrid on Monday for talks with Spanish Prime Minister Alma Ribas.',
    '',
    'The feud dates back to 2009, when a ferry treaty collapsed. Marsk told a radio show Thursday that he liked the draft.',
  ].join('\n');
  const a002 = [
    'Talks between the two delegations ran for six hours in Halifax, and Brisco called them "useful."',
    '',
    'Brisco last saw Solvan in Lisbon only a week ago.',
    '',
    '"Delays like this are routine. This week alone, ferries have skipped nearly 200 sailings," Lutskyy said.',
    '',
    'The dispute, which began with the closure of the northern route on 17 October 2019, has cost thousands of jobs. The fleet was first cut back in 2019.',
    '',
    'Lutskyy spoke with OECD chief Pieter Vanlo over the weekend. He thanked the mediators in Halifax on Sunday.',
    '',
    '"We view these talks with great doubt," the Danish Foreign Ministry said.',
    '',
    'The plan would require Norway to hold a vote within 90 days. The vote comes after two weeks of heated debate.',
  ].join('\n');
  const articles = [article('000_talks', a000, published), article('001_talks', a001, published), article('002_talks', a002, published)];
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
    "Anna Kowalska and Lars Berg met in Oslo on Thursday to discuss the treaty. Tom Heller, Berg's chief of staff, said the talks went well.",
    '',
    'Kowalská told reporters: "We are close." "The rest is detail."',
    '',
    'The dispute began in 2019, when the old treaty lapsed. The talks lasted five hours.',
  ].join('\n');
  const articles = [article('a1', a1, '2024-03-15'), article('a2', a2, '2024-03-15')];
  return buildStory(articles, 'invented');
}
