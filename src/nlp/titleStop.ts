import type { Token } from './entities.js';
import { ROLE_WORDS } from './cueWords.js';
import { isCapitalised } from '../text/words.js';

/**
 * Whether token k is the full stop of an abbreviated title that the tagger split from it, before the name it titles
 * ("Rev" **"."** "Elwin"): written close up after a capitalised word that `ROLE_WORDS` lists with its full stop, and
 * followed by a capitalised word. wink keeps some abbreviations whole ("Prof.") and splits others ("Rev", ".").
 */
export function splitTitleStop(tokens: readonly Token[], k: number): boolean {
  const stop = tokens[k];
  const title = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    stop?.text === '.' &&
    title !== undefined &&
    title.end === stop.start &&
    after !== undefined &&
    isCapitalised(after.text) &&
    isCapitalised(title.text) &&
    ROLE_WORDS.has(`${title.text.toLowerCase()}.`)
  );
}
