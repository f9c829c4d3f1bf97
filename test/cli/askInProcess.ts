import { Readable, Writable } from 'node:stream';
import { runAsk } from '../../src/cli/ask.js';
import { loadConfig } from '../../src/config.js';

/** What one run of `ask` gave: its exit code and everything it wrote to stdout and stderr. */
export interface AskRun {
  code: number;
  out: string;
  err: string;
}

/** A stream that keeps what is written to it as text. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/**
 * Runs `npm run -s ask -- …args` in this process, as the spawned script would (same exit code, same output),
 * with `env` as its environment and `input` on stdin. The tests about the process itself spawn it.
 * @example await askInProcess(['--help'], env) // { code: 0, out: 'Usage: …', err: '' }
 */
export async function askInProcess(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<AskRun> {
  const out = collector();
  const err = collector();
  const code = await runAsk(args, { stdin: Readable.from([input]), stdout: out.stream, stderr: err.stream, config: () => loadConfig(env) });
  return { code, out: out.text(), err: err.text() };
}
