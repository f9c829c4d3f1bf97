import { afterEach, describe, expect, it } from 'vitest';
import { shardExecArgv } from '../../src/shards/shardManager.js';

describe('shardExecArgv', () => {
  const before = [...process.execArgv];
  afterEach(() => {
    process.execArgv.splice(0, process.execArgv.length, ...before);
  });

  it('passes the young generation’s size the manager was started with on to each shard, and no other flag', () => {
    process.execArgv.push('--min-semi-space-size=32', '--max-semi-space-size=32', '--inspect', '--max-old-space-size=900');
    const argv = shardExecArgv();
    expect(argv.slice(0, 1)).toEqual(['--import']);
    expect(argv.slice(2)).toEqual(['--min-semi-space-size=32', '--max-semi-space-size=32']);
  });

  it('gives only the loader when the manager was started without them', () => {
    process.execArgv.splice(0, process.execArgv.length);
    expect(shardExecArgv()).toHaveLength(2);
  });
});
