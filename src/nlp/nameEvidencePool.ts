import { foldText } from '../text/fold.js';
import type { NameRun } from './entities.js';
import { opensText } from './lowerCaseUses.js';
import { addEvidence, noEvidence } from './nameKinds.js';
import type { NameEvidence } from './nameKinds.js';

/**
 * A story's name runs pooled per spelling (each run's folded text), sentence by sentence in corpus order: the evidence
 * each spelling has gathered and the forms it is written in. The read stage adds each sentence as it hands it on,
 * while the other thread is still reading, so that `resolveNames` need not pool every sentence's runs after the read
 * with the second core idle.
 *
 * @example const pool = new NameEvidencePool(); pool.add(runs, text); resolveNames(all, ids, texts, counts, pool)
 */
export class NameEvidencePool {
  /** Each spelling's evidence, in the order the spellings are first met. */
  readonly evidence = new Map<string, NameEvidence>();
  /** The forms each spelling is written in, and how often each. */
  readonly surface = new Map<string, Map<string, number>>();
  /** Each sentence's runs' keys (folded once: a fold-cache look-up of each run's new string is the names stage's largest single cost). */
  readonly keys: string[][] = [];

  /** Pools the runs of one more sentence; `text`, the sentence's, tells where a run opens it (without it, none does). */
  add(runs: readonly NameRun[], text: string | undefined): void {
    const keys = runs.map((run) => foldText(run.text));
    this.keys.push(keys);
    for (let j = 0; j < runs.length; j += 1) {
      const run = runs[j]!;
      const key = keys[j]!;
      if (!key) continue;
      let e = this.evidence.get(key);
      if (!e) this.evidence.set(key, (e = noEvidence()));
      addEvidence(e, run);
      if (text !== undefined && opensText(text, run.start)) e.opening += 1;
      const forms = this.surface.get(key) ?? new Map<string, number>();
      forms.set(run.text, (forms.get(run.text) ?? 0) + 1);
      this.surface.set(key, forms);
    }
  }

  /** The runs of these sentences pooled (`texts`: each one's text, same order). */
  static of(runsBySentence: readonly (readonly NameRun[])[], texts?: readonly string[]): NameEvidencePool {
    const pool = new NameEvidencePool();
    for (let i = 0; i < runsBySentence.length; i += 1) pool.add(runsBySentence[i]!, texts?.[i]);
    return pool;
  }
}
