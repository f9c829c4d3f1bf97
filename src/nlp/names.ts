import { foldText } from '../text/fold.js';
import { givenNameSex, placeKind } from '../text/places.js';
import { titleSex } from './cueWords.js';
import type { Entity, NameRun } from './entities.js';
import { groupOfBareSpelling, groupSpellings, nameLength } from './mergePeople.js';
import { COMPANY_HEADS, INDEX_HEADS, LEGAL_SUFFIXES, ORG_HEADS } from './headWords.js';
import { LowerCaseCounts, opensText } from './lowerCaseUses.js';
import { addEvidence, givenNameOpener, headOfName, nameInitials, nameType, noEvidence, onlyWeakPlaceCues } from './nameKinds.js';
import type { NameEvidence, NameType, OrdinaryWord } from './nameKinds.js';

export { sameName } from './mergePeople.js';

/** A person of the corpus with every spelling the text uses for them. */
export interface Person {
  /** The fullest spelling seen ("Nils Brisco"; of two spellings of equal length, the more frequent). */
  name: string;
  /** Every other spelling that refers to them ("Brisco", "Lutsky", "Taras Melnyr"). */
  aliases: string[];
}

/** How many sentences back a shared surname looks for the full name it stands for ("Olsen" after "Ingrid Olsen"). */
const SHARED_SURNAME_REACH = 40;

/**
 * The form of a name written most often (the first written of those written as often): what sorting the forms by count
 * and taking the first gives, read in one pass (the names stage asks it of every spelling of the story).
 */
function mostWritten(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [form, count] of forms ?? []) {
    if (best === undefined || count > most) {
      best = form;
      most = count;
    }
  }
  return best;
}

/**
 * Decides which proper-noun runs are people, places and organisations, over the whole corpus at once, and merges the
 * spellings of each person.
 *
 * Evidence is pooled per spelling across all sentences ({@link addEvidence}, {@link nameType}): titles, appositives,
 * verbs of saying, a given name before a surname make a person; the gazetteer, a locative preposition, a place head word
 * ("Beach") or a classifying noun ("the X volcano") make a place; an organisation head word ("Corp", "Ministry"), a
 * classifying noun ("the firm X") or a ticker make an organisation. A spelling that is a shorter form of an
 * organisation's name ("Kestrel" of "Kestrel Corp") is that organisation. People's spellings are grouped by
 * {@link groupSpellings}; a surname two people share is read per mention as the one of them last named in full.
 *
 * @param runsBySentence the name runs of each sentence, in corpus order
 * @param articleOf the article id of each sentence (same order), so a shared surname looks back only in its article
 * @param texts each sentence's text (same order): where a run opens its sentence, and which words the story writes in
 * lower case
 * @param lowerCase how often the texts write each word in lower case, when the caller counted them already (the read
 * stage, as it handed the sentences on); else counted here
 * @returns typed entities per sentence (same order) and the people catalogue
 */
export function resolveNames(
  runsBySentence: NameRun[][],
  articleOf?: readonly string[],
  texts?: readonly string[],
  lowerCase?: LowerCaseCounts,
): { entities: Entity[][]; people: Person[] } {
  const evidence = new Map<string, NameEvidence>();
  const surface = new Map<string, Map<string, number>>();
  // Each run's folded key, read again for every mention below: folded once (a fold-cache look-up of each run's new
  // string is the names stage's largest single cost).
  const keysBySentence = runsBySentence.map((runs) => runs.map((run) => foldText(run.text)));
  for (let i = 0; i < runsBySentence.length; i += 1) {
    const runs = runsBySentence[i]!;
    const keys = keysBySentence[i]!;
    for (let j = 0; j < runs.length; j += 1) {
      const run = runs[j]!;
      const key = keys[j]!;
      if (!key) continue;
      let e = evidence.get(key);
      if (!e) evidence.set(key, (e = noEvidence()));
      addEvidence(e, run);
      if (texts && opensText(texts[i]!, run.start)) e.opening += 1;
      const forms = surface.get(key) ?? new Map<string, number>();
      forms.set(run.text, (forms.get(run.text) ?? 0) + 1);
      surface.set(key, forms);
    }
  }
  const display = (key: string) => mostWritten(surface.get(key)) ?? key;

  const ordinary = texts ? ordinaryWords(lowerCase ?? LowerCaseCounts.of(texts), evidence) : undefined;
  const types = new Map<string, NameType | undefined>();
  for (const [key, e] of evidence) types.set(key, nameType(display(key), e, ordinary));
  inheritOrganisations(types, evidence, display);

  // People: spellings classified as persons, grouped; then the bare spellings that match one group join it.
  const { groups, ambiguous, givenNames, similar } = groupSpellings(
    [...evidence.entries()].filter(([k]) => types.get(k) === 'PERSON').map(([key, e]) => ({ key, count: e.mentions })),
  );
  const grouped = new Set(groups.flatMap((g) => g.keys));
  for (const key of evidence.keys()) {
    if (grouped.has(key) || ambiguous.has(key)) continue;
    const type = types.get(key);
    // Countries and demonyms never join a person; a one-word place only when it is mostly not used as one ("Preston
    // said" beside one "in Preston", "lost to Hale"), or when no gazetteer holds it and nothing places it ("away from
    // Brandt" beside "Ivo Brandt").
    const gaz = placeKind(key);
    const e = evidence.get(key)!;
    const usedAsPlace = e.place * 2 > e.mentions && !(gaz === undefined && onlyWeakPlaceCues(e));
    // Nor does a word of one word the story also writes in lower case, unless the text cues a person where it stands
    // alone ("Price said" beside "the price"; not "the Conference" beside "the Northern Rowing Conference").
    if (
      type === 'ORG' ||
      gaz === 'country' ||
      gaz === 'demonym' ||
      (type === 'PLACE' && (display(key).split(' ').length > 1 || usedAsPlace)) ||
      (ordinary !== undefined && ordinary(key) > 0 && e.person === 0)
    )
      continue;
    const group = groupOfBareSpelling(key, givenNames, similar);
    if (group === 'ambiguous') ambiguous.add(key);
    // A place joins a person only by the person's own surname or given name, not by one spelt alike ("the Waal"
    // beside "Tom Wall").
    else if (group && type === 'PLACE' && !group.keys.some((k) => k.endsWith(` ${key}`) || k.startsWith(`${key} `))) continue;
    else if (group) {
      group.keys.push(key);
      givenNames.add(group, key);
      similar.add(group, key);
      grouped.add(key);
    }
  }

  const people = groups.map((g) => {
    const lengths = new Map(g.keys.map((k) => [k, nameLength(k)]));
    const keys = [...g.keys].sort(
      (a, b) => lengths.get(b)! - lengths.get(a)! || (evidence.get(b)?.mentions ?? 0) - (evidence.get(a)?.mentions ?? 0),
    );
    // Every form written, so that "Kowalská" stays a spelling beside "Kowalska" though both fold to one key.
    const spellings = keys.flatMap((k) => [...(surface.get(k)?.entries() ?? [])].sort((a, b) => b[1] - a[1]).map(([form]) => form));
    // 'Robert "Bob" Kestner' is listed as "Robert Kestner", the nickname's spelling kept as an alias.
    const name = withoutNickname(spellings[0]!);
    return { name, aliases: [...new Set(spellings)].filter((s) => s !== name) };
  });
  const canonicalByKey = new Map<string, string>();
  people.forEach((p, i) => {
    for (const k of groups[i]!.keys) canonicalByKey.set(k, p.name);
  });

  // People of two words or more by their folded surname, in catalogue order, for the shared surnames.
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    const words = foldText(p.name).split(' ');
    if (words.length < 2) continue;
    const list = bySurname.get(words[words.length - 1]!) ?? [];
    list.push(p.name);
    bySurname.set(words[words.length - 1]!, list);
  }

  // Each mention: a person's spelling, a shared surname read from the full names named before it, or its type.
  const lastNamed = new Map<string, number>();
  const sharedUse = new Map<string, Map<string, number>>();
  const entities = runsBySentence.map((runs, i) => {
    if (articleOf && i > 0 && articleOf[i] !== articleOf[i - 1]) lastNamed.clear();
    const keys = keysBySentence[i]!;
    // A loop, not `flatMap` (an array per run): 8% of the names stage's samples at 50k sentences sat on the flatMap.
    const out: Entity[] = [];
    for (let j = 0; j < runs.length; j += 1) {
      const run = runs[j]!;
      const key = keys[j]!;
      const canonical =
        canonicalByKey.get(key) ??
        (ambiguous.has(key)
          ? sharedSurname(ofSex(bySurname.get(key.split(' ').at(-1)!) ?? [], titleSex(run.title)), lastNamed, i)
          : undefined);
      if (canonical) {
        lastNamed.set(canonical, i);
        if (ambiguous.has(key)) {
          const uses = sharedUse.get(key) ?? new Map<string, number>();
          uses.set(canonical, (uses.get(canonical) ?? 0) + 1);
          sharedUse.set(key, uses);
        }
        out.push({ type: 'PERSON', text: run.text, start: run.start, end: run.end, canonical });
        continue;
      }
      const type = types.get(key);
      if (type && type !== 'PERSON') out.push({ type, text: run.text, start: run.start, end: run.end });
    }
    return out;
  });

  // A shared surname is listed as a spelling of the person it stood for most of the time.
  for (const [key, uses] of sharedUse) {
    const total = [...uses.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...uses.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 3 >= total * 2) people.find((p) => p.name === best)?.aliases.push(display(key));
  }
  return { entities, people };
}

/**
 * Which of the words that may be ordinary words rather than names the story writes in lower case: a one-word spelling,
 * and a given name opening a longer spelling with the word after it.
 */
function ordinaryWords(counts: LowerCaseCounts, evidence: ReadonlyMap<string, unknown>): OrdinaryWord {
  const asked = new Set<string>();
  for (const key of evidence.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) {
      asked.add(key);
      continue;
    }
    const first = key.slice(0, space);
    if (!givenNameOpener(first)) continue;
    asked.add(first);
    asked.add(key.slice(space + 1).split(' ', 1)[0]!);
  }
  const uses = new Map<string, number>();
  for (const word of asked) {
    const n = counts.uses(word);
    if (n > 0) uses.set(word, n);
  }
  return (folded) => uses.get(folded) ?? 0;
}

/** A nickname in double quotes inside a name, with the space before it. */
const QUOTED_NICKNAME = /\s+["“][^"“”]+["”](?=\s)/u;

/** A name without the nickname quoted inside it ('Robert "Bob" Kestner' → "Robert Kestner"). */
export function withoutNickname(name: string): string {
  return name.replace(QUOTED_NICKNAME, '');
}

/**
 * Of the people a shared surname can name, those an honorific's sex points to ("Mrs Olsen": Ingrid Olsen, whose given
 * name only women bear, rather than Lars Olsen or Kim Olsen), else those whose given name leaves it open; all of them
 * when the title gives no sex or none is left.
 */
function ofSex(named: readonly string[], sex: 'f' | 'm' | undefined): readonly string[] {
  if (!sex || named.length < 2) return named;
  const sexes = named.map((name) => givenNameSex(name.split(' ')[0]!));
  const same = named.filter((_, i) => sexes[i] === sex);
  if (same.length > 0) return same;
  const open = named.filter((_, i) => sexes[i] === undefined);
  return open.length > 0 ? open : named;
}

/** The person a shared surname stands for: of the people it can name (`named`), the one named most recently (within reach). */
function sharedSurname(named: readonly string[], lastNamed: Map<string, number>, at: number): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const name of named) {
    const seen = lastNamed.get(name);
    if (seen === undefined || seen < at - SHARED_SURNAME_REACH || seen <= bestAt) continue;
    best = name;
    bestAt = seen;
  }
  return best;
}

/**
 * A spelling that starts or ends an organisation's name and is not itself a person ("Kestrel" of "Kestrel Corp",
 * "Harbour Mills" of "Harbour Mills Corp"), or an acronym that spells the name of exactly one, is that organisation.
 */
function inheritOrganisations(
  types: Map<string, NameType | undefined>,
  evidence: Map<string, NameEvidence>,
  display: (key: string) => string,
): void {
  const prefixes = new Set<string>();
  // Initials → the names they spell, each without its legal suffix ("Harlow Motors Corp" and "… Co" are one).
  const spelt = new Map<string, Set<string>>();
  for (const [key, type] of types) {
    if (type !== 'ORG') continue;
    const words = key.split(' ');
    const base = words.slice(0, words.findLastIndex((w) => !LEGAL_SUFFIXES.has(w)) + 1).join(' ');
    for (const initials of nameInitials(display(key))) spelt.set(initials, (spelt.get(initials) ?? new Set()).add(base));
    // Companies are named by their first words ("Kestrel" of "Kestrel Corp"); a listed company (a ticker after its
    // name) also by its last word ("Morvan" of "Compagnie Generale des Ateliers Morvan").
    // So is a firm the text calls one ("Orlan Energy, the utility", "the firm Orlan Energy") whose name has no head word
    // of the kind a place opens ("Merrow Council", "Merrow University").
    const head = words[words.length - 1]!;
    const firm =
      COMPANY_HEADS.has(head) || (evidence.get(key)!.org >= 2 && !ORG_HEADS.has(head) && !INDEX_HEADS.has(head) && !headOfName(words));
    if (firm) for (let n = 1; n < words.length; n += 1) prefixes.add(words.slice(0, n).join(' '));
    if (words.length > 1 && evidence.get(key)!.org >= 3) prefixes.add(words[words.length - 1]!);
  }
  for (const [key, type] of types) {
    // A locative preposition before a company's short name is weak evidence of a place ("a stake in Kestrel", "on
    // Kestrel's bid"): only a name used so mostly (not one known to the gazetteer) stays a place.
    const e = evidence.get(key)!;
    if (type === 'ORG' || type === 'PERSON' || /^(the|of|and)$/.test(key) || placeKind(key) !== undefined) continue;
    // An acronym that spells one organisation's name of the story is that organisation ("HMC" beside "Harlow Motors
    // Corp"), whatever preposition stands before it.
    const form = display(key);
    if (ACRONYM.test(form) && spelt.get(form)?.size === 1) types.set(key, 'ORG');
    else if (prefixes.has(key) && !(e.place > 1 && e.place * 2 > e.mentions)) types.set(key, 'ORG');
  }
}

/** A written acronym: capitals only, two to six. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
