import { questionCommand } from '../src/bot/questionCommand.js';

/** /when question [private] — see the command table (src/present/commandTable.ts). */
export default questionCommand('when');
