import { questionCommand } from '../src/bot/questionCommand.js';

/** /who question [private] — see the command table (src/present/commandTable.ts). */
export default questionCommand('who');
