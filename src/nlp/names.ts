import type { Entity, NameRun } from './entities.js';
import { foldName, placeKind } from './gazetteer.js';

/** A person of the corpus with every spelling the text uses for them. */
export interface Person {
  /** The fullest spelling seen ("Marco Rubio"; of two spellings of equal length, the more frequent). */
  name: string;
  /** Every other spelling that refers to them ("Rubio", "Zelensky", "Andriy Hnatov"). */
  aliases: string[];
}

/** Head words that make a name an organisation ("Caspian Pipeline Consortium", "Foreign Ministry"). */
const ORG_HEADS = new Set(
  [
    'ministry', 'council', 'department', 'agency', 'consortium', 'club', 'company', 'corporation', 'corp', 'corp.',
    'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'group', 'party', 'committee', 'commission', 'union', 'organization',
    'organisation', 'association', 'bank', 'fund', 'university', 'college', 'school', 'institute', 'news', 'post',
    'times', 'journal', 'press', 'tribune', 'herald', 'telegraph', 'guardian', 'independent', 'house', 'office',
    'court', 'parliament', 'congress', 'senate', 'assembly', 'army', 'navy', 'forces', 'police', 'service',
    'services', 'network', 'foundation', 'society', 'church', 'airlines', 'airways', 'bureau', 'authority',
    'board', 'federation', 'alliance', 'coalition', 'league', 'team', 'channel', 'television', 'radio', 'tv',
    'media', 'magazine', 'agency', 'administration', 'government', 'cabinet', 'academy', 'hospital', 'museum',
  ],
);

/** Places that are named by their kind ("Hallandale Beach", "Black Sea", "Shell Bay"). */
const PLACE_HEADS = new Set(
  [
    'beach', 'city', 'county', 'province', 'region', 'state', 'island', 'islands', 'sea', 'ocean', 'river', 'lake',
    'mountain', 'mountains', 'valley', 'bay', 'gulf', 'strait', 'peninsula', 'coast', 'desert', 'square',
    'street', 'avenue', 'airport', 'port', 'harbor', 'harbour', 'district', 'oblast', 'village', 'town',
    'palace', 'base', 'park', 'bridge', 'canal', 'border', 'capital', 'hills', 'heights', 'falls',
  ],
);

/** Surface forms of one run after classification. */
interface Classified {
  type: 'PERSON' | 'PLACE' | 'ORG' | undefined;
  run: NameRun;
}

/**
 * Decides which proper-noun runs are people, places and organisations, over the whole corpus at once,
 * and merges the spellings of each person.
 *
 * Evidence is pooled per spelling across all sentences: a title ("President", "spokesman"), an
 * appositive role (", head of ...") or a speech verb ("Rubio said") make a person; the gazetteer, a
 * locative preposition ("in", "aboard") or a place head word ("Beach") make a place; an organisation
 * head word ("Ministry") makes an organisation. A surname seen alone ("Rubio") joins the one full name
 * it ends ("Marco Rubio"), and spellings a letter apart ("Zelensky"/"Zelenskyy", "Andrii"/"Andriy")
 * are one person.
 *
 * @param runsBySentence the name runs of each sentence, in corpus order
 * @returns typed entities per sentence (same order) and the people catalogue
 */
export function resolveNames(runsBySentence: NameRun[][]): { entities: Entity[][]; people: Person[] } {
  const personScore = new Map<string, number>();
  const placeScore = new Map<string, number>();
  const counts = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

  for (const runs of runsBySentence) {
    for (const run of runs) {
      const key = foldName(run.text);
      add(counts, key, 1);
      if (run.title) add(personScore, key, 2);
      if (run.appositive) add(personScore, key, 2);
      if (run.speechAfter) add(personScore, key, 1);
      if (run.locativeBefore) add(placeScore, key, 1);
    }
  }

  const kindOf = (text: string): Classified['type'] => {
    const key = foldName(text);
    const words = key.split(' ');
    const head = words[words.length - 1] ?? '';
    const gaz = placeKind(text);
    if (gaz === 'demonym') return undefined;
    if (ORG_HEADS.has(head)) return 'ORG';
    const person = personScore.get(key) ?? 0;
    const place = placeScore.get(key) ?? 0;
    if (gaz === 'country') return 'PLACE';
    if (gaz === 'city' && person < 2) return 'PLACE';
    if (PLACE_HEADS.has(head) && words.length > 1) return 'PLACE';
    if (person >= 2 && person > place) return 'PERSON';
    if (person >= 1 && words.length >= 2 && words.length <= 4 && place === 0) return 'PERSON';
    if (place >= 1) return 'PLACE';
    return undefined;
  };

  // First pass: full names that are people.
  const types = new Map<string, Classified['type']>();
  for (const key of counts.keys()) types.set(key, kindOf(key));
  const people = mergePeople(
    [...counts.entries()].filter(([k]) => types.get(k) === 'PERSON').map(([k, n]) => ({ key: k, count: n })),
    runsBySentence,
  );

  // Second pass: any run that is a known spelling of a person is that person, whatever its cues.
  const canonicalByKey = new Map<string, string>();
  for (const p of people) for (const spelling of [p.name, ...p.aliases]) canonicalByKey.set(foldName(spelling), p.name);

  const entities = runsBySentence.map((runs) =>
    runs.flatMap((run): Entity[] => {
      const key = foldName(run.text);
      const canonical = canonicalByKey.get(key);
      if (canonical) return [{ type: 'PERSON', text: run.text, start: run.start, end: run.end, canonical }];
      const type = types.get(key);
      if (!type || type === 'PERSON') return [];
      return [{ type, text: run.text, start: run.start, end: run.end }];
    }),
  );
  return { entities, people };
}

/** Groups person spellings: surnames join the single full name they end; near-identical spellings merge. */
function mergePeople(found: { key: string; count: number }[], runsBySentence: NameRun[][]): Person[] {
  const surface = new Map<string, Map<string, number>>();
  for (const runs of runsBySentence) {
    for (const run of runs) {
      const key = foldName(run.text);
      const forms = surface.get(key) ?? new Map<string, number>();
      forms.set(run.text, (forms.get(run.text) ?? 0) + 1);
      surface.set(key, forms);
    }
  }
  const display = (key: string) => [...(surface.get(key)?.entries() ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;

  // Longest names first, so that shorter spellings can join them.
  const sorted = [...found].sort((a, b) => b.key.split(' ').length - a.key.split(' ').length || b.count - a.count);
  const groups: { keys: string[]; count: number }[] = [];
  // Spellings can only be the same name when their last words start alike (see similarWord), so all the
  // keys of a group share their last word's initial: groups are looked up by it rather than all scanned.
  const byInitial = new Map<string, { keys: string[]; count: number }[]>();
  const bucket = (key: string) => {
    const initial = key.charAt(key.lastIndexOf(' ') + 1);
    let list = byInitial.get(initial);
    if (!list) byInitial.set(initial, (list = []));
    return list;
  };
  const grouped = new Set<string>();
  for (const item of sorted) {
    const candidates = bucket(item.key);
    const matches = candidates.filter((g) => g.keys.some((k) => sameName(item.key, k)));
    if (matches.length === 1) {
      matches[0]!.keys.push(item.key);
      matches[0]!.count += item.count;
      grouped.add(item.key);
    } else if (matches.length === 0) {
      const group = { keys: [item.key], count: item.count };
      groups.push(group);
      candidates.push(group);
      grouped.add(item.key);
    } // several matches: an ambiguous surname stays out of every group
  }

  // Spellings never classified as people on their own ("Rubio" with no cue, "Andriy Hnatov" beside
  // "Gen. Andrii Hnatov") join the one person whose name they match.
  for (const key of surface.keys()) {
    if (grouped.has(key)) continue;
    const matches = bucket(key).filter((g) => g.keys.some((k) => k.split(' ').length >= key.split(' ').length && sameName(key, k)));
    if (matches.length === 1 && placeKind(key) !== 'country') {
      matches[0]!.keys.push(key);
      grouped.add(key);
    }
  }

  return groups.map((g) => {
    const keys = [...g.keys].sort((a, b) => b.split(' ').length - a.split(' ').length || (surface.get(b)?.size ?? 0) - (surface.get(a)?.size ?? 0));
    const spellings = keys.map(display);
    const name = spellings[0]!;
    return { name, aliases: [...new Set(spellings.slice(1))] };
  });
}

/**
 * Whether two person spellings can name the same person: equal word by word up to small spelling
 * differences, or one is the other's last word(s) ("rubio" ~ "marco rubio").
 */
export function sameName(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length) return wa.every((w, i) => similarWord(w, wb[i]!));
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  const tail = long.slice(long.length - short.length);
  return short.every((w, i) => similarWord(w, tail[i]!));
}

function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) return false;
  return editDistance(a, b) <= 1 || (a.replace(/(ii|iy|yy|y|i)$/, '') === b.replace(/(ii|iy|yy|y|i)$/, ''));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
