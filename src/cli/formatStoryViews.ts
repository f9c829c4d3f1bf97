import type { BriefLine, WhatsNew } from '../brief/index.js';
import { describeDifference, type Difference } from '../differences/index.js';
import {
  articleDate,
  briefHeading,
  differenceLines,
  differencesHeading,
  NO_BRIEF,
  NO_DIFFERENCES,
  placeLine,
  reportedBy,
} from '../present/storyText.js';

/** The brief for a terminal: numbered sentences, each with where it stands and how many outlets report it. */
export function formatBrief(lines: readonly BriefLine[]): string {
  if (lines.length === 0) return NO_BRIEF;
  const out = [`${briefHeading(lines.length)}:`];
  for (const l of lines) out.push('', `${l.rank}. ${l.text}`, `   — ${placeLine(l)}${l.url ? ` — ${l.url}` : ''} · ${reportedBy(l)}`);
  return out.join('\n');
}

/** The disagreements for a terminal: the one-line summary, then each value with the sentences that give it. */
export function formatDifferences(differences: readonly Difference[]): string {
  if (differences.length === 0) return NO_DIFFERENCES;
  const out = [`${differencesHeading(differences.length)}:`];
  differences.forEach((d, i) => {
    out.push('', `${i + 1}. ${describeDifference(d)}`);
    for (const v of differenceLines(d))
      for (const c of v.citations) out.push(`   • ${v.label} — ${c.place}: “${c.text}”${c.url ? ` — ${c.url}` : ''}`);
  });
  return out.join('\n');
}

/** "What's new" for a terminal, after a reindex; empty when nothing is new (nothing is printed then). */
export function formatWhatsNew(news: WhatsNew): string {
  if (news.articles.length === 0) return '';
  const out = [
    "What's new:",
    ...news.articles.map(
      (a) => `  + ${[a.source, a.title, articleDate(a.published)].filter(Boolean).join(' · ')}${a.url ? ` — ${a.url}` : ''} (${a.id})`,
    ),
  ];
  if (news.facts.length > 0) {
    out.push('', 'New in them:');
    for (const f of news.facts)
      out.push(`  ${f.rank}. ${f.text}`, `     — ${placeLine(f)}${f.alsoIn.length > 0 ? ` · ${reportedBy(f)}` : ''}`);
  }
  return out.join('\n');
}
