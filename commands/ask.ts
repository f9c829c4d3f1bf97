import { questionCommand } from '../src/bot/questionCommand.js';

/** /ask question [private] — a free question; the kind of answer is read from its wording. */
export default questionCommand('ask', 'Ask anything about the story; answers with the sentences that back it', '"How many people were wounded?"');
