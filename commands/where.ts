import { questionCommand } from '../src/bot/questionCommand.js';

/** /where question [private] — see the command table (src/present/commandTable.ts). */
export default questionCommand('where');
