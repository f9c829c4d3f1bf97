import type { Actor } from './actor.js';

/** The JSON form of one actor (the CLI and console contract). */
export interface ActorJson {
  name: string;
  aliases: string[];
  roles: { text: string; articleId: string; sentence: number }[];
  articles: string[];
  mentions: number;
}

/**
 * Serialises the catalogue for `--json` output: `{"actors": [{"name","aliases","roles":[{"text","articleId",
 * "sentence"}],"articles","mentions"}]}`, in the catalogue's order. Fields are copied, so the result is plain data.
 */
export function actorsJson(actors: readonly Actor[]): { actors: ActorJson[] } {
  return {
    actors: actors.map((a) => ({
      name: a.name,
      aliases: [...a.aliases],
      roles: a.roles.map((r) => ({ text: r.text, articleId: r.articleId, sentence: r.sentence })),
      articles: [...a.articles],
      mentions: a.mentions,
    })),
  };
}
