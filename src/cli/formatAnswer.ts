import type { Answer, Excerpt } from '../answer/answer.js';
import { answerText } from '../bot/reply/renderAnswer.js';

/** Where an excerpt comes from, as one line: "Newsmax, “Title”, 30 Nov 2025, sentence 4". */
export function citationLine(e: Excerpt): string {
  const parts = [e.source, `“${e.title}”`, e.published, `sentence ${e.sentence}`].filter(Boolean);
  return parts.join(', ');
}

/** An answer formatted for a terminal. */
export function formatAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (!answer.covered) {
    lines.push("The story doesn't say.");
    if (answer.excerpts.length > 0) lines.push('', 'Closest sentences:');
  } else if (answer.answer) {
    lines.push(`Answer: ${answerText(answer.answer)}  (confidence ${Math.round(answer.confidence * 100)}%)`);
  } else {
    lines.push(`No short answer; the best sentences (confidence ${Math.round(answer.confidence * 100)}%):`);
  }
  for (const e of answer.excerpts) {
    lines.push('', `${e.rank}. ${e.text}`, `   — ${citationLine(e)}`);
    if (e.alsoIn.length > 0) lines.push(`   also reported by: ${e.alsoIn.map((o) => o.source ?? `“${o.title}”`).join('; ')}`);
  }
  return lines.join('\n');
}
