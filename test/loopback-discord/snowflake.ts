/** Snowflake ids and interaction tokens for the loopback Discord server. */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, time-ordered Discord snowflake (18-19 digits, as discord.js route bucketing expects). */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random interaction token (URL-safe, like Discord's `aW50ZXJhY3Rpb246...` tokens). */
export function newToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`;
}

/** ISO timestamp for message and member payloads. */
export function isoNow(): string {
  return new Date().toISOString();
}
