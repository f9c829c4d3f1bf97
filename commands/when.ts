import { questionCommand } from '../src/bot/questionCommand.js';

/** /when question [private] — answers with a date or time. */
export default questionCommand('when', 'Ask when something happened; answers with a date or time and the sentence behind it', '"were the talks held"');
