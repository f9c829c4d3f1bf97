import { readFileSync } from 'node:fs';

/**
 * Which bodies a person noun names a member of, from WordNet's member holonyms (scripts/buildMemberGroups.ts writes
 * data/member-groups.json): "director" → "board", "juror" → "jury". Two reports of one event may name the body
 * ("the board met") or its members ("the directors met"). Loaded on first use, about 16 KB.
 */
let groups: Map<string, readonly string[]> | undefined;
let members: Map<string, string[]> | undefined;

function load(): void {
  const table = JSON.parse(readFileSync(new URL('./data/member-groups.json', import.meta.url), 'utf8')) as Record<string, string>;
  groups = new Map();
  members = new Map();
  for (const [member, list] of Object.entries(table)) {
    const bodies = list.split(' ');
    groups.set(member, bodies);
    for (const b of bodies) {
      const known = members.get(b);
      if (known) known.push(member);
      else members.set(b, [member]);
    }
  }
}

/**
 * The nouns a lower-case singular noun is tied to as member and body, both ways: its bodies when it names a member,
 * its members when it names a body; empty when WordNet ties it to none.
 *
 * @example memberGroupWords('director') // → ['board']
 * @example memberGroupWords('board') // → ['director', …]
 */
export function memberGroupWords(noun: string): readonly string[] {
  if (!groups) load();
  const asMember = groups!.get(noun) ?? [];
  const asBody = members!.get(noun) ?? [];
  if (asBody.length === 0) return asMember;
  if (asMember.length === 0) return asBody;
  return [...asMember, ...asBody];
}
