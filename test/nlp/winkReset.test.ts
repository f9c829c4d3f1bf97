import { expect, it, vi } from 'vitest';
import { readsAlone } from '../../src/nlp/wink.js';

it("catches wink's cache again when its module is evaluated afresh in a process that loaded wink-nlp already", async () => {
  expect(readsAlone).toBe(true);
  // The unit project shares one module graph per worker; a file that resets it makes the next import of wink.ts
  // run again while Node keeps wink-nlp's CommonJS modules.
  vi.resetModules();
  const again = await import('../../src/nlp/wink.js');
  expect(again.readsAlone).toBe(true);
  const tokens = again.nlp.readDoc('Quorvath sailed at dawn.').tokens().out();
  expect(tokens[0]).toBe('Quorvath');
});
