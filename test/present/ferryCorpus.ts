/** An invented story of three outlets that disagree on how long the talks lasted, written to a temporary corpus folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = (title: string, source: string, url: string, body: string, extra = '') =>
  `---\ntitle: "${title}"\nsource: "${source}"\npublished: "2031-05-18"\nurl: "${url}"\n${extra}---\n\n${body}\n`;

/** The articles by file name. */
export const FERRY_FILES: Record<string, string> = {
  'bay-herald.md': file(
    'Ferry talks end without a deal',
    'Bay Herald',
    'https://bay-herald.example/ferry-talks',
    'Union leaders and ferry operators held roughly six hours of talks Saturday in Port Ellery, Norland. The walkout has stranded nearly 2,300 passengers on the islands.\n\nNegotiator Ines Varga said the sides would meet again on Monday.',
  ),
  'coast-wire.md': file(
    'No deal after ferry meeting',
    'Coast Wire',
    'https://coast-wire.example/ferry-meeting',
    'A three-hour meeting between union leaders and ferry operators in Norland on Saturday ended without a deal, negotiator Ines Varga said. The walkout has stranded 2,300 passengers on the islands.',
  ),
  'island-post.md': file(
    'Ferry strike talks stall',
    'Island Post',
    'https://island-post.example/strike-talks',
    'Talks between union leaders and ferry operators stretched across three hours in Norland on Saturday, negotiator Ines Varga said. Fares rose by 4% last year.',
  ),
};

/** A fresh folder holding {@link FERRY_FILES}. */
export function ferryCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-ferry-'));
  for (const [name, text] of Object.entries(FERRY_FILES)) writeFileSync(join(dir, name), text);
  return dir;
}
