import { questionCommand } from '../src/bot/questionCommand.js';

/** /where question [private] — answers with a place. */
export default questionCommand('where', 'Ask where something happened; answers with a place and the sentence behind it', '"did the talks take place"');
