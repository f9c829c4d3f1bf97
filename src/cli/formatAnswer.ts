import type { Answer, Excerpt } from '../answer/answer.js';
import { answerHeadline, confidenceText, corroboration, sourceLabel } from '../present/answerText.js';

/** Where an excerpt comes from, as one line: "Publisher, 30 Nov 2025, sentence 4 — https://…" (the headline when there is no publisher). */
export function citationLine(e: Excerpt): string {
  const s = sourceLabel(e);
  const parts = [s.isTitle ? `“${s.name}”` : s.name, s.date, `sentence ${e.sentence}`].filter(Boolean);
  return `${parts.join(', ')}${s.url ? ` — ${s.url}` : ''}`;
}

/** An answer formatted for a terminal; `differences` ("Sources differ on …", from `answerDifferences`) close it. */
export function formatAnswer(answer: Answer, differences: readonly string[] = []): string {
  const lines: string[] = [];
  if (!answer.covered) {
    lines.push("The story doesn't say.");
    if (answer.excerpts.length > 0) lines.push('', 'Closest sentences:');
  } else if (answer.answer) {
    lines.push(`${answerHeadline(answer)}  (${confidenceText(answer)})`);
  } else {
    lines.push('No short answer; the best sentences:');
  }
  for (const e of answer.excerpts) {
    const also = corroboration(e);
    lines.push('', `${e.rank}. ${e.text}`, `   — ${citationLine(e)}${also ? ` · ${also}` : ''}`);
  }
  if (differences.length > 0) lines.push('', ...differences);
  return lines.join('\n');
}
