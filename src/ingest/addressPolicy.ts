/**
 * Which network addresses an article fetch may connect to: public unicast only. Loopback, private, link-local
 * (cloud metadata lives at 169.254.169.254 and fd00:ec2::254), shared (CGNAT), multicast, reserved,
 * documentation and unspecified ranges are refused — including IPv4 written inside IPv6 (`::ffff:127.0.0.1`,
 * NAT64 `64:ff9b::7f00:1`, 6to4 `2002:7f00:1::`).
 */
import { BlockList, isIP } from 'node:net';

const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved (IETF protocol assignments)'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved (6to4 relay)'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved (benchmarking)'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved (discard)'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'private (unique local; cloud metadata)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'reserved (site-local)'],
  ['ff00::', 8, 'multicast'],
];

const lists = new Map<string, BlockList>();
function listFor(reason: string): BlockList {
  let list = lists.get(reason);
  if (!list) lists.set(reason, (list = new BlockList()));
  return list;
}
for (const [net, prefix, reason] of BLOCKED_V4) listFor(reason).addSubnet(net, prefix, 'ipv4');
for (const [net, prefix, reason] of BLOCKED_V6) listFor(reason).addSubnet(net, prefix, 'ipv6');

/**
 * Why an address must not be fetched from ("loopback", "private", "link-local (cloud metadata)", …), or
 * undefined for a public address. Anything that is not a valid IP address is refused as "not an IP address".
 *
 * @example blockedReason('169.254.169.254') // → 'link-local (cloud metadata)'
 * @example blockedReason('::ffff:10.0.0.1') // → 'private'
 * @example blockedReason('93.184.215.14')   // → undefined
 */
export function blockedReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (family === 4) return reasonIn(bare, 'ipv4');
  const embedded = embeddedIPv4(bare);
  if (embedded !== undefined) return reasonIn(embedded, 'ipv4') ?? reasonIn(bare, 'ipv6');
  return reasonIn(bare, 'ipv6');
}

function reasonIn(address: string, type: 'ipv4' | 'ipv6'): string | undefined {
  for (const [reason, list] of lists) if (list.check(address, type)) return reason;
  return undefined;
}

/** The IPv4 address an IPv6 address carries: mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`. */
function embeddedIPv4(v6: string): string | undefined {
  const words = expandIPv6(v6);
  if (!words) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  if (zeros(0, 5) && (words[5] === 0xffff || words[5] === 0) && !(words[5] === 0 && zeros(6, 7) && words[7]! <= 1))
    return v4(words[6]!, words[7]!);
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return v4(words[6]!, words[7]!);
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!);
  return undefined;
}

/** The eight 16-bit words of an IPv6 address (a trailing dotted IPv4 part allowed), or undefined. */
function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((w) => parseInt(w, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = 8 - left.length - right.length;
  if (fill < 0 || (tail === undefined && fill !== 0)) return undefined;
  const words = [...left, ...new Array<number>(fill).fill(0), ...right];
  return words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined;
}
