import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/actors/buildActors.js';
import { nationalityOf } from '../../src/actors/nationality.js';
import { isDateBeforeTitle, isRoleNoun } from '../../src/actors/roles.js';
import { buildStory } from '../../src/story/buildStory.js';
import { article } from './fixtures.js';

const rolesOf = (body: string) => {
  const actors = buildActors(buildStory([article('r1', body, '2031-03-14')], 'roles'));
  return Object.fromEntries(actors.map((a) => [a.name, a.roles.map((r) => r.text)]));
};

describe('honorifics', () => {
  it('never lists "Mrs" as the role "mr"', () => {
    const roles = rolesOf('Judge Torvald Ekhart met his wife, Signe Ekhart, on Monday. Mrs Ekhart declined to comment.');
    expect(roles['Signe Ekhart']).toEqual(['wife']);
  });
});

describe('a title the word lists do not hold before a surname', () => {
  it('is the role of the one person that surname ends', () => {
    const roles = rolesOf('Marek Vallin spoke on Monday. Harbour Registrar Vallin said the fees would rise.');
    expect(roles).toEqual({ 'Marek Vallin': ['Harbour Registrar'] });
  });
});

describe('isRoleNoun', () => {
  it('gives each word the same answer however often it is asked', () => {
    for (let k = 0; k < 2; k += 1) {
      expect(isRoleNoun('president')).toBe(true);
      expect(isRoleNoun('treasurer')).toBe(true);
      expect(isRoleNoun('treasurers')).toBe(false);
      expect(isRoleNoun('mr.')).toBe(false);
      expect(isRoleNoun('mx')).toBe(false);
      expect(isRoleNoun('table')).toBe(false);
    }
  });
});

describe('nationalityOf', () => {
  it('gives the demonym of a country, by name or code, and nothing for a city or a word', () => {
    expect(nationalityOf('Croatia')).toBe('Croatian');
    expect(nationalityOf('US')).toBe('American');
    expect(nationalityOf('Lisbon')).toBeUndefined();
    expect(nationalityOf('Harbour')).toBeUndefined();
  });
});

describe('roles on any story', () => {
  it("reads a country's possessive before a name and a country in brackets after it as the person's nationality", () => {
    const roles = rolesOf(
      "Brazil's Paulo Marcenaro beat Pavel Hruby (Czechia) on Tuesday. Marcenaro said he was tired. Hruby said little.",
    );
    expect(roles['Paulo Marcenaro']).toContain('Brazilian');
    expect(roles['Pavel Hruby']).toContain('Czech');
  });

  it('gives every name of a list the role its plural noun names', () => {
    const roles = rolesOf('Finalists Ilse Brandt, Oona Kettu and Rhea Vass said they were ready. Brandt then left.');
    for (const name of ['Ilse Brandt', 'Oona Kettu', 'Rhea Vass']) expect(roles[name]).toContain('finalist');
  });

  it('reads a role before a name in brackets', () => {
    const roles = rolesOf('She lost to a qualifier (Nadia Orlov) in the first round. Orlov said the win was her best.');
    expect(roles['Nadia Orlov']).toContain('qualifier');
  });

  it('reads a rank before a name as a role', () => {
    const roles = rolesOf('The title holder and European number one Ilse Brandt won again. Brandt said she was pleased.');
    expect(roles['Ilse Brandt']).toContain('European number one');
  });

  it('does not read a city or an organisation before a name as a nationality', () => {
    const roles = rolesOf("Lisbon's Rui Amaral said the vote was close. Amaral spoke to reporters.");
    expect(roles['Rui Amaral'] ?? []).not.toContain('Lisbon');
  });
});

describe('a month or weekday before a title', () => {
  it('is no word of the role and no side', () => {
    const actors = buildActors(
      buildStory(
        [
          article(
            'r1',
            'On Thursday conciliator Ivo Brandt takes the papers to Velden. On Monday Mayor Ines Tolly left Tarnby. In March harbour master Aldo Velk retired. Brandt, Tolly and Velk said little.',
            '2031-03-14',
          ),
        ],
        'roles',
      ),
    );
    const of = (name: string) => actors.find((a) => a.name === name)!;
    expect(of('Ivo Brandt').roles.map((r) => r.text)).toEqual(['conciliator']);
    expect(of('Ines Tolly').roles.map((r) => r.text)).toEqual(['Mayor']);
    expect(of('Aldo Velk').roles.map((r) => r.text)).toEqual(['harbour master']);
    for (const a of actors) expect(a.side).toBeUndefined();
  });

  it('stays in a name it opens', () => {
    expect(isDateBeforeTitle('Sunday', 'Gazette')).toBe(false);
    expect(isDateBeforeTitle('Thursday', 'conciliator')).toBe(true);
    expect(isDateBeforeTitle('Sun', 'conciliator')).toBe(false);
  });
});

describe('a speaker described after the last name of a sentence', () => {
  it('gives the name no role of the speaker ("…, an aide to the minister said")', () => {
    const roles = rolesOf('Ivo Brandt will go to Velden to meet Ines Tolly, an aide to the minister said. Tolly said little.');
    expect(roles['Ines Tolly'] ?? []).toEqual([]);
  });

  it('keeps an appositive a speech verb does not follow, or one "said to be" qualifies', () => {
    expect(rolesOf('Ines Tolly, the mayor of Velden, said little.')['Ines Tolly']).toEqual(['mayor of Velden']);
    expect(rolesOf('Ines Tolly, a mayor said to be close to Brandt, left Velden.')['Ines Tolly']).toEqual(['mayor']);
  });
});
