import { questionCommand } from '../src/bot/questionCommand.js';

/** /ask question [private] — see the command table (src/present/commandTable.ts). */
export default questionCommand('ask');
