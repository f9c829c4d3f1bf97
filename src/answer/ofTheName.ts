/**
 * A name that holds "of the" between its capitalised parts ("the Museum **of the** Orrin Valley", "Order **of the**
 * Silver Oar") as one answer. The tagger types the parts apart ("Museum" an organisation, "Orrin Valley" a place), and
 * the answer's name run (`mentions.ts` `runSpans`, joined through "of the" where name words follow) overlaps them; the
 * typed parts would keep the run out, and the answer shown would be a fragment ("Museum").
 */
import type { Mention } from './mentions.js';

/** " of the " inside a run's text. */
const OF_THE = / of the /;

/**
 * Where a name run joined through "of the" holds typed names wholly inside it, the first `tagged` mentions with those
 * names made one: the run, typed as the name at its head (the part before "of the" names what the whole is: "the
 * **Museum** of the Orrin Valley" is an organisation). Not where a person is among them ("Aldo IV of the Tarn Isles" is a
 * person and a place), nor where no typed name heads the run but one its tail, nor where a typed name reaches out of
 * the run. Returns the number of typed mentions left (they stay first in `out`).
 */
export function absorbOfTheName(out: Mention[], tagged: number, run: Mention): number {
  if (!OF_THE.test(run.text)) return tagged;
  let head = -1;
  for (let k = 0; k < tagged; k += 1) {
    const m = out[k]!;
    if (m.end <= run.start || run.end <= m.start) continue;
    if (m.start < run.start || m.end > run.end || m.type === 'PERSON') return tagged;
    if (m.start === run.start) head = k;
  }
  if (head < 0) return tagged;
  const whole: Mention = { type: out[head]!.type, text: run.text, start: run.start, end: run.end };
  let w = 0;
  for (let k = 0; k < out.length; k += 1) {
    const m = out[k]!;
    if (k === head) out[w++] = whole;
    else if (k >= tagged || m.end <= run.start || run.end <= m.start) out[w++] = m;
  }
  const removed = out.length - w;
  out.length = w;
  return tagged - removed;
}
