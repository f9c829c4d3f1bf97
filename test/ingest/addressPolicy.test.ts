import { describe, expect, it } from 'vitest';
import { blockedReason } from '../../src/ingest/addressPolicy.js';

describe('blockedReason', () => {
  it('refuses loopback, private, link-local, metadata and other non-public addresses', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.8.9.10', 'loopback'],
      ['::1', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.20.0.5', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local (cloud metadata)'],
      ['fe80::1', 'link-local'],
      ['fd00:ec2::254', 'private (unique local; cloud metadata)'],
      ['100.100.100.200', 'shared (carrier-grade NAT)'],
      ['0.0.0.0', 'unspecified'],
      ['::', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'reserved'],
      ['192.0.2.10', 'documentation'],
    ];
    for (const [address, reason] of cases) expect([address, blockedReason(address)]).toEqual([address, reason]);
  });

  it('sees IPv4 inside IPv6: mapped, NAT64 and 6to4', () => {
    expect(blockedReason('::ffff:127.0.0.1')).toBe('loopback');
    expect(blockedReason('::ffff:a9fe:a9fe')).toBe('link-local (cloud metadata)');
    expect(blockedReason('64:ff9b::a00:1')).toBe('private');
    expect(blockedReason('2002:c0a8:101::1')).toBe('private');
    expect(blockedReason('[::ffff:10.0.0.1]')).toBe('private');
  });

  it('lets public addresses through and refuses what is not an address', () => {
    expect(blockedReason('93.184.215.14')).toBeUndefined();
    expect(blockedReason('8.8.8.8')).toBeUndefined();
    expect(blockedReason('2606:4700:4700::1111')).toBeUndefined();
    expect(blockedReason('::ffff:8.8.8.8')).toBeUndefined();
    expect(blockedReason('localhost')).toBe('not an IP address');
  });
});
