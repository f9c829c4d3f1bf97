import type { Article } from '../../src/corpus/article.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/**
 * An invented news story in three articles, all published Wednesday 9 April 2031: a dock strike at a made-up port,
 * with a minister in the chair, a union leader, a shipping firm's spokeswoman, quotes, roles before and after names,
 * a name spelled two ways, dates of every kind (weekdays, weeks, weekends, counts, years, full dates), a resignation,
 * travel plans and the same events told by several articles. Every name, place, date and sentence is made up.
 */
export function talksStory(): Story {
  const published = '2031-04-09';
  const a000 = [
    'Cranes at Kilbrack stood still again on Wednesday while Transport Minister Wilma Ostrander kept dockers and port managers in the old customs house for about seven hours.',
    '',
    '"Nobody gets everything, but everybody gets paid," Ostrander told the crowd at the gates.',
    '',
    "The strikers brought a lawyer and Cormac Dunleavy, general secretary of Ireland's Dock and Harbour Workers Federation.",
    '',
    "One of the tugs tied up at the north quay belongs to Linus Farrow, Ostrander's nephew.",
    '',
    "Aldo Ferreira, who had led the strikers' side, handed union president Greta Halvorsen his resignation on Monday over gaps in the strike fund, and she accepted it.",
    '',
    'A week ago, Ferreira and Ostrander shook hands on a draft at a hotel in Dunmore.',
    '',
    'Dunleavy now leads for the union. He wrote on its website that "our members vote on every offer, line by line."',
  ].join('\n');
  const a001 = [
    'Port managers left the Wednesday session saying the gap had narrowed, and Ostrander called it "a start."',
    '',
    'Conciliator Jonas Pell takes the papers to Ardmore on Thursday, and Mayor Ines Carvalho has offered him her town hall.',
    '',
    'Carvalho wants the diverted ships out of her harbour before Saturday.',
    '',
    "Ardmore's regatta opens on Saturday, and Carvalho is to start the first race.",
    '',
    'Four container ships had turned for Ardmore on Wednesday, according to Brannock spokeswoman Edda Rask.',
    '',
    'In Dunmore a week earlier, Ostrander had spent an afternoon with Ferreira.',
    '',
    'A trip is planned for Friday: Halvorson will see Femke Aalders, the Dutch port director, in Rotterdam.',
    '',
    'The pay scale now in dispute was signed in 2014 and never revised. The mayor was less keen on Tuesday: the ships were welcome "for now," Carvalho told a local paper.',
  ].join('\n');
  const a002 = [
    'Seven hours of bargaining in Kilbrack ended on Wednesday with no deal but, in Ostrander\'s words, "fewer walls."',
    '',
    "Only a week ago Ferreira shared breakfast and a draft with Ostrander in Dunmore, as the union's negotiator.",
    '',
    'The union counts some 40 sailings moved to Ardmore this week, Halvorsen said.',
    '',
    'The night shift was scrapped on 3 February 2027. The port had begun buying automated cranes in 2027.',
    '',
    'Advice came over the weekend from Rune Sandvik of the Nordic Dockers Alliance, whom Halvorsen had rung. On Wednesday ferry crews refused to cross the picket line, and Halvorsen called them "the pride of the port."',
    '',
    '"The contract stands as signed," the Brannock board replied.',
    '',
    'Union rules give members 60 days to vote on a deal, and three weeks of depot meetings come first.',
  ].join('\n');
  const articles = [article('000_strike', a000, published), article('001_strike', a001, published), article('002_strike', a002, published)];
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
