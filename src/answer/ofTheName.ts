/**
 * A name whose capitalised parts are held together by words the tagger reads apart, as one answer: "of the" ("the
 * Museum **of the** Orrin Valley", "Order **of the** Silver Oar"), a function word a title capitalises ("Music **On**
 * Request") and the words that close a firm's name ("Dorn **and Company**"). The tagger types the parts apart ("Museum"
 * an organisation, "Orrin Valley" a place, "Company" an organisation), and the answer's name run (`mentions.ts`
 * `runSpans`, joined through such words where name words follow) overlaps them; the typed parts would keep the run out,
 * and the answer shown would be a fragment ("Museum", "Company").
 */
import type { Mention } from './mentions.js';

/** " of the " inside a run's text. */
const OF_THE = / of the /;

/**
 * Where a name run joined through "of the", a title's capitalised function word or a firm's closing words holds typed
 * names wholly inside it, the first `tagged` mentions with those names made one: the run, typed as the name at its head
 * (the part before "of the" names what the whole is: "the **Museum** of the Orrin Valley" is an organisation), a firm's
 * as its closing word ("Dorn and **Company**"), and a title-case name with no typed head left the untyped run ("Music On
 * **Request**": the tail's type says nothing of a title). Not where a person is among them ("Aldo IV of the Tarn Isles"
 * is a person and a place), nor where no typed name heads an "of the" run but one its tail, nor where a typed name
 * reaches out of the run. `joinedBy` says which of the name-run joiners held it (`mentions.ts` `runJoinedBy`: a firm's
 * closing words, a title's capitalised function word). Returns the number of typed mentions left (they stay first in
 * `out`).
 */
export function absorbWholeName(out: Mention[], tagged: number, run: Mention, joinedBy?: 'firm' | 'title'): number {
  const firm = joinedBy === 'firm';
  const titled = joinedBy === 'title';
  if (!firm && !titled && !OF_THE.test(run.text)) return tagged;
  let head = -1;
  let tail = -1;
  let first = -1;
  for (let k = 0; k < tagged; k += 1) {
    const m = out[k]!;
    if (m.end <= run.start || run.end <= m.start) continue;
    if (m.start < run.start || m.end > run.end || m.type === 'PERSON') return tagged;
    if (first < 0) first = k;
    if (m.start === run.start) head = k;
    if (m.end === run.end) tail = k;
  }
  // A firm's name is typed as its closing word is ("Dorn and **Company**"); a title-case name is typed by its head
  // where the tagger typed that, else left a run ("Music On **Request**": the tail's type names no title).
  const typedBy = firm ? tail : head;
  if (typedBy < 0 && !titled) return tagged;
  const whole: Mention = typedBy < 0 ? run : { type: out[typedBy]!.type, text: run.text, start: run.start, end: run.end };
  // The whole takes the place of its head, or of the first typed part inside it.
  const place = head >= 0 ? head : first;
  let w = 0;
  for (let k = 0; k < out.length; k += 1) {
    const m = out[k]!;
    if (k === place) out[w++] = whole;
    else if (k >= tagged || m.end <= run.start || run.end <= m.start) out[w++] = m;
  }
  const removed = out.length - w;
  out.length = w;
  return tagged - removed;
}
