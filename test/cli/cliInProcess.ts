import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/cliIo.js';
import { loadConfig } from '../../src/config.js';

/** What one run of a command-line entry point gave: its exit code and everything it wrote to stdout and stderr. */
export interface CliRun {
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
 * Runs a command-line entry point (`runAsk`, `runReindex`) in this process as its script would run (same exit
 * code, same output), with `env` as its environment and `input` on stdin. The tests about the process itself
 * spawn the script.
 * @example await cliInProcess((io) => runAsk(['--help'], io), env) // { code: 0, out: 'Usage: …', err: '' }
 */
export async function cliInProcess(entry: (io: CliIo) => Promise<number>, env: NodeJS.ProcessEnv, input = ''): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const code = await entry({ stdin: Readable.from([input]), stdout: out.stream, stderr: err.stream, config: () => loadConfig(env) });
  return { code, out: out.text(), err: err.text() };
}
