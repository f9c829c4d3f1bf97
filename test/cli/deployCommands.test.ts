import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackDiscord, type LoopbackDiscord } from '../loopback-discord/index.js';

const TOKEN = 'DEPLOY.test-token.Hq2LmV8xY';
let discord: LoopbackDiscord;

beforeAll(async () => {
  discord = await startLoopbackDiscord();
});
afterAll(async () => {
  await discord?.close();
});

/** Runs `npm run deploy-commands` (asynchronously: the loopback Discord answers from this process). */
function deploy(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/deployCommands.ts'], {
      env: { PATH: process.env['PATH'] ?? '', DISCORD_TOKEN: TOKEN, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run deploy-commands', () => {
  it('registers globally and says it can take up to an hour, and how to register at once', async () => {
    const r = await deploy({ DISCORD_CLIENT_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl });
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Registered 15 commands globally. Discord can take up to an hour to show them; set DISCORD_GUILD_ID to register them in one server at once.\n',
    );
  }, 60_000);

  it('registers in one server at once', async () => {
    const r = await deploy({
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guildId,
    });
    expect(r.out).toBe(`Registered 15 commands in server ${discord.guildId}; they are usable there now.\n`);
  }, 60_000);

  it('names the URL it could not reach and why, in one line without the token', async () => {
    const r = await deploy({ DISCORD_CLIENT_ID: discord.applicationId, DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'deploy-commands: could not reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network and DISCORD_API_URL.\n',
    );
  }, 60_000);

  it('says when the token is refused', async () => {
    discord.rejectTokens();
    const r = await deploy({ DISCORD_CLIENT_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`deploy-commands: Discord at ${discord.apiUrl} refused the token (401): check DISCORD_TOKEN.\n`);
    expect(r.err).not.toContain(TOKEN);
  }, 60_000);
});
