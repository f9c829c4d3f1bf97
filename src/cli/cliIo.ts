import { type Config, readConfig } from '../config.js';

/**
 * Where a command-line entry point (`ask`, `reindex`) reads its input and configuration and writes its output:
 * the process's own streams (`processIo`), or a test's.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** Progress is drawn in place only when this is a terminal. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read only once the command line is known to need it (`ask --help` works whatever the environment). */
  config: () => Config;
}

/** The process's own streams, and its configuration read from `.env` and the environment. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, config: readConfig };
}

/**
 * Whether the module at `moduleUrl` is the script this process was started with (`npm run ask` runs
 * src/cli/ask.ts), rather than imported by a test or another module.
 *
 * @example if (startedAsScript(import.meta.url)) process.exitCode = await runAsk(process.argv.slice(2), processIo());
 */
export function startedAsScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl.endsWith(`/${script.replace(/^.*[\\/]/, '')}`);
}
