import { createInterface } from 'node:readline';
import type { Story } from '../story/story.js';
import { consoleReply, type ConsoleOptions } from './consoleCommands.js';

/**
 * The interactive console: reads lines from `input`, writes answers to `output`, and resolves at end
 * of input, so `echo '/who signed the agreement' | npm start` works in a script. Shows a prompt only
 * on a terminal.
 */
export async function runConsole(
  story: Story,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  options: ConsoleOptions = {},
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const lines = createInterface({
    input,
    ...(interactive ? { output, prompt: 'story> ' } : {}),
    crlfDelay: Infinity,
    terminal: interactive,
  });
  if (interactive) {
    output.write(`Story Bot console: ${story.articles.length} articles, ${story.sentences.length} sentences. Type /help.\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    const reply = await consoleReply(story, line, options);
    if (reply) output.write(`${reply}\n\n`);
    if (interactive) lines.prompt();
  }
}
