import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Beside } from '../../src/story/snapshot.js';

describe('sha256Beside', () => {
  const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919 + 13) % 256));
  const expected = createHash('sha256').update(bytes.subarray(1000, 250_000)).digest();

  it('hashes bytes of a shared buffer on another thread, the part asked for only', async () => {
    const shared = Buffer.from(new SharedArrayBuffer(bytes.length));
    bytes.copy(shared);
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    const digest = sha256Beside(shared.subarray(1000, 250_000));
    // The thread's port is open while it hashes: the work is not done on this thread.
    expect(ports()).toBe(before + 1);
    expect((await digest).equals(expected)).toBe(true);
  });

  it('hashes bytes of a plain buffer on this thread', async () => {
    expect((await sha256Beside(bytes.subarray(1000, 250_000))).equals(expected)).toBe(true);
  });
});
