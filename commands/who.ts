import { questionCommand } from '../src/bot/questionCommand.js';

/** /who question [private] — answers with a person. */
export default questionCommand('who', 'Ask who did something in the story; answers with a person and the sentence behind it', '"led the delegation"');
