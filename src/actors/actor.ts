/** Where something was said in the story: an article and a 1-based sentence number in it. */
export interface SentenceRef {
  articleId: string;
  sentence: number;
}

/** A role the text gives a person ("Secretary of State", "Palace spokesman"), with the sentence it came from. */
export interface ActorRole extends SentenceRef {
  text: string;
}

/** A quotation attributed to a person, with the sentence it stands in. */
export interface ActorQuote extends SentenceRef {
  text: string;
}

/** Someone a person is named together with in the same sentence, and how often. */
export interface CoMention {
  name: string;
  count: number;
}

/**
 * A person of the story as a catalogue entry: every spelling, the roles the articles give them, where and how
 * often they are named, what they are quoted as saying, and who they appear with.
 */
export interface Actor {
  /** Canonical name (the people catalogue's fullest spelling). */
  name: string;
  /** Other spellings that name the same person. */
  aliases: string[];
  /** Distinct roles, most often stated first; each with the first sentence that states it. */
  roles: ActorRole[];
  /** Country or organisation the roles tie them to ("Norway", "Palace", "OECD"), when stated. */
  side?: string;
  /** Ids of the articles that name them, in story order. */
  articles: string[];
  /** How many times they are named in all. */
  mentions: number;
  mentionsByArticle: Record<string, number>;
  /** Quotations attributed to them, in story order. */
  quotes: ActorQuote[];
  /** People named in the same sentences, most often first. */
  coMentions: CoMention[];
  /** First and last sentence that names them, in story order. */
  first: SentenceRef;
  last: SentenceRef;
}
