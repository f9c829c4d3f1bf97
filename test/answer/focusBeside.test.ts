import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { focusBeside, focusIntroduces, focusNamesNext, introducesAfter } from '../../src/answer/focusBeside.js';

describe('focusBeside', () => {
  it('finds the focus noun right after a name', () => {
    const tokens = taggedTokens('The/DET Varnholt/PROPN bank/NOUN closed/VERB');
    expect(focusBeside(tokens, 1, 1, 'bank')).toEqual({ after: true, before: false });
  });

  it('finds the focus noun right before a name, and in an apposition after it', () => {
    expect(focusBeside(taggedTokens('the/DET bank/NOUN Varnholt/PROPN closed/VERB'), 2, 2, 'bank')).toEqual({
      after: false,
      before: true,
    });
    const apposition = taggedTokens('Varnholt/PROPN ,/PUNCT a/DET small/ADJ regional/ADJ bank/NOUN ,/PUNCT closed/VERB');
    expect(focusBeside(apposition, 0, 0, 'bank')).toEqual({ after: false, before: true });
  });

  it('finds the focus noun in an apposition with no article that it ends, or as the last part of a hyphened compound', () => {
    const founder = taggedTokens('Ivo/PROPN Brandt/PROPN ,/PUNCT co-founder/NOUN of/ADP the/DET guild/NOUN ,/PUNCT left/VERB');
    expect(focusBeside(founder, 0, 1, 'founder').before).toBe(true);
    const sister = taggedTokens("Ada/PROPN ,/PUNCT Tam/PROPN 's/PART older/ADJ half/NOUN -/PUNCT sister/NOUN ,/PUNCT came/VERB");
    expect(focusBeside(sister, 0, 0, 'sister').before).toBe(true);
    // The noun must end the apposition: here it describes another.
    const other = taggedTokens('Orsk/PROPN ,/PUNCT sister/NOUN town/NOUN of/ADP Velden/PROPN');
    expect(focusBeside(other, 0, 0, 'sister').before).toBe(false);
    // Not in a list of people each named with a role, nor after an opening phrase that is no name.
    const list = taggedTokens(
      'the/DET mason/NOUN Ivo/PROPN Brandt/PROPN ,/PUNCT chief/ADJ warden/NOUN of/ADP the/DET guild/NOUN Ada/PROPN Vell/PROPN',
    );
    expect(focusBeside(list, 2, 3, 'warden').before).toBe(false);
    const opening = taggedTokens('For/ADP most/ADJ uses/NOUN ,/PUNCT rope/NOUN bridges/NOUN of/ADP hemp/NOUN');
    expect(focusBeside(opening, 1, 2, 'bridge').before).toBe(false);
  });

  it('takes the focus noun the tagger read as an adjective', () => {
    expect(focusBeside(taggedTokens('by/ADP the/DET rival/ADJ Orsk/PROPN guild/NOUN'), 3, 4, 'rival').before).toBe(true);
  });

  it('matches the noun by its index term, plural or not', () => {
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN banks/NOUN'), 1, 1, 'bank').after).toBe(true);
  });

  it('ignores another noun, a capitalised one, an apposition that runs into a verb, and a question without a focus', () => {
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN mill/NOUN'), 1, 1, 'bank').after).toBe(false);
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN Bank/PROPN'), 1, 1, 'bank').after).toBe(false);
    expect(
      focusBeside(taggedTokens('Varnholt/PROPN ,/PUNCT the/DET town/NOUN that/PRON built/VERB a/DET bank/NOUN'), 0, 0, 'bank').before,
    ).toBe(false);
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN bank/NOUN'), 1, 1, null)).toEqual({ after: false, before: false });
  });
});

describe('focusNamesNext', () => {
  it('finds the focus noun before a name inside the mention', () => {
    expect(focusNamesNext(taggedTokens('from/ADP the/DET planet/NOUN Orsk/PROPN ./PUNCT'), 1, 3, 'planet')).toBe(true);
    expect(focusNamesNext(taggedTokens('her/PRON novel/NOUN Grey/PROPN Harbour/PROPN'), 0, 3, 'novel')).toBe(true);
  });

  it('finds it before an opening quotation mark or a title’s capitalised article', () => {
    expect(focusNamesNext(taggedTokens('the/DET word/NOUN "/PUNCT velmic/NOUN "/PUNCT'), 3, 3, 'word')).toBe(true);
    expect(focusNamesNext(taggedTokens('the/DET ship/NOUN The/DET Grey/PROPN Gull/PROPN'), 3, 4, 'ship')).toBe(true);
  });

  it('leaves a mention whose focus noun names no name, or another noun before the name', () => {
    expect(focusNamesNext(taggedTokens('another/DET planet/NOUN ./PUNCT'), 0, 1, 'planet')).toBe(false);
    expect(focusNamesNext(taggedTokens("the/DET planet/NOUN 's/PART moons/NOUN"), 0, 3, 'planet')).toBe(false);
    expect(focusNamesNext(taggedTokens('the/DET mason/NOUN Ivo/PROPN Brandt/PROPN'), 0, 3, 'planet')).toBe(false);
    expect(focusNamesNext(taggedTokens('the/DET planet/NOUN Orsk/PROPN'), 0, 2, null)).toBe(false);
  });
});

describe('focusIntroduces', () => {
  it('finds the focus noun before a closed apposition, a bracketed name and an introducing word', () => {
    const apposition = taggedTokens('a/DET hardy/ADJ grass/NOUN ,/PUNCT millet/NOUN ,/PUNCT grew/VERB');
    expect(focusIntroduces(apposition, 4, 4, 'grass')).toBe(true);
    const articled = taggedTokens('a/DET second/ADJ wall/NOUN ,/PUNCT the/DET stone/NOUN dikes/NOUN ./PUNCT');
    expect(focusIntroduces(articled, 5, 6, 'wall')).toBe(true);
    expect(focusIntroduces(taggedTokens('the/DET comet/NOUN (/PUNCT Varda/PROPN )/PUNCT'), 3, 3, 'comet')).toBe(true);
    expect(focusIntroduces(taggedTokens('old/ADJ orchards/NOUN ,/PUNCT among/ADP them/PRON quinces/NOUN'), 5, 5, 'orchard')).toBe(true);
    expect(focusIntroduces(taggedTokens('rival/ADJ guilds/NOUN such/ADJ as/ADP the/DET dyers/NOUN'), 5, 5, 'guild')).toBe(true);
    expect(focusIntroduces(taggedTokens('a/DET boat/NOUN called/VERB Tern/PROPN'), 3, 3, 'boat')).toBe(true);
  });

  it('ignores an apposition that runs on, a short form in a bracket, another noun and a question without a focus', () => {
    expect(focusIntroduces(taggedTokens('the/DET grass/NOUN ,/PUNCT millet/NOUN grew/VERB'), 3, 3, 'grass')).toBe(false);
    expect(focusIntroduces(taggedTokens('the/DET pull/NOUN (/PUNCT kp/NOUN )/PUNCT'), 3, 3, 'pull')).toBe(false);
    expect(focusIntroduces(taggedTokens('old/ADJ barns/NOUN ,/PUNCT among/ADP them/PRON mills/NOUN'), 5, 5, 'orchard')).toBe(false);
    expect(focusIntroduces(taggedTokens('a/DET boat/NOUN called/VERB Tern/PROPN'), 3, 3, null)).toBe(false);
  });
});

describe('introducesAfter', () => {
  it('finds a closed apposition, a bracketed name or an introducing word after the noun', () => {
    expect(introducesAfter(taggedTokens('a/DET hardy/ADJ grass/NOUN ,/PUNCT millet/NOUN ,/PUNCT grew/VERB'), 2)).toBe(true);
    expect(introducesAfter(taggedTokens('another/DET comet/NOUN (/PUNCT Varda/PROPN )/PUNCT'), 1)).toBe(true);
    expect(introducesAfter(taggedTokens('old/ADJ orchards/NOUN ,/PUNCT among/ADP them/PRON quinces/NOUN'), 1)).toBe(true);
    expect(introducesAfter(taggedTokens('lichens/NOUN include/VERB crustose/ADJ forms/NOUN'), 0)).toBe(true);
  });

  it('ignores a comma before a clause, a short form in a bracket and a noun with nothing after it', () => {
    expect(introducesAfter(taggedTokens('the/DET grass/NOUN ,/PUNCT millet/NOUN grew/VERB'), 1)).toBe(false);
    expect(introducesAfter(taggedTokens('the/DET receptors/NOUN (/PUNCT KR/PROPN )/PUNCT'), 1)).toBe(false);
    expect(introducesAfter(taggedTokens('the/DET grass/NOUN grew/VERB'), 1)).toBe(false);
  });
});
