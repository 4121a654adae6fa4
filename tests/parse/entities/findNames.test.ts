import { describe, expect, it } from 'vitest';
import { findNames, type NameContext } from '../../../src/parse/entities/findNames.js';
import { gazetteer } from '../../../src/parse/entities/gazetteer.js';

/** The context `EntityTracker` gives: the article's lower-case words and the gazetteer. */
const contextOf = (article: string, personWords: string[] = []): NameContext => {
  const lower = new Set(article.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu) ?? []);
  const g = gazetteer();
  return {
    isCommon: (w) => lower.has(w),
    isKnown: (f) => g.lookup.has(f),
    isCountry: (f) => g.lookup.get(f)?.entity.kind === 'country',
    isPersonWord: (w) => personWords.includes(w),
  };
};
const names = (sentence: string, article = sentence) => findNames(sentence, contextOf(article));

describe('findNames', () => {
  it('finds people by the shape of their names, without a tagger', () => {
    expect(names('Luis Baez said the boy was well.').people).toEqual(['Luis Baez']);
    expect(names('President Bill Clinton met Hillary Clinton in May.').people).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(names('Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed a plan.').people).toEqual(['Leonid Kuchma', 'Boris Yeltsin']);
    expect(names('Puerto Rico Police Superintendent Pedro Toledo urged calm.').people).toEqual(['Pedro Toledo']);
    expect(names('Police say James C. Kopp fled.').people).toEqual(['James C. Kopp']);
    expect(names('Also today, King Hussein of Jordan arrived.').people).toEqual(['King Hussein']);
  });

  it('makes no person of places, organisations, roles, common words or the start of a sentence', () => {
    expect(names('The Justice Department and the Supreme Court met in New York.').people).toEqual([]);
    expect(names('Secretary of State Madeleine Albright spoke to the Commonwealth of Independent States.').people).toEqual([]);
    expect(names('Federal agents searched Saudi Arabia and Los Angeles.', 'Federal agents searched. The federal budget.').people).toEqual([]);
    expect(names('Meanwhile Putin and Xi met.').people).toEqual([]);
    // After "the", a role and then a name: "the Exchequer Nigel Lawson's resignation".
    expect(names('Chancellor of the Exchequer Nigel Lawson resigned.').people).toEqual(['Nigel Lawson']);
  });

  it('finds organisations by their last word, and initialisms', () => {
    expect(names('The Immigration and Naturalization Service and the FBI said so.').organisations).toEqual(['Immigration and Naturalization Service', 'FBI']);
    expect(names('The US Justice Department is offering a reward.').organisations).toEqual(['Justice Department']);
    expect(names('Shares of Intel Corp. rose at the University of Miami.').organisations).toEqual(['Intel Corp', 'University of Miami']);
    expect(names('The International Court of Justice ruled.').organisations).toEqual(['International Court of Justice']);
    expect(names('The National Abortion and Reproductive Rights Action League plans a conference.').organisations).toEqual(['National Abortion and Reproductive Rights Action League']);
    expect(names('Kernel Corp. and Catalyst Partners bid.').organisations).toEqual(['Kernel Corp', 'Catalyst Partners']);
    expect(names('Institut Merieux and Credit Lyonnais agreed.').organisations).toEqual(['Institut Merieux', 'Credit Lyonnais']);
    // Not an initialism of an organisation: a dateline, a headline in capitals, "AI", "AP".
    expect(names('MIAMI (AP) --').organisations).toEqual([]);
    expect(names('South Korea hosts a two-day AI summit.').organisations).toEqual([]);
  });

  it('finds places: datelines, known places, "X, <country or state>", "city of X", "in X"', () => {
    expect(names('MIAMI (AP) --').places).toEqual(['Miami']);
    // Any outlet, with a date: the town is a place, the outlet no organisation of the story.
    expect(names('NICOSIA, March 22 (Example Wire) - Cyprus has until Monday.')).toMatchObject({ places: ['Nicosia'], organisations: [] });
    expect(names('Relatives in Miami and Florida waited.').places).toEqual(['Miami', 'Florida']);
    expect(names('They met in Stresa, Italy, on Thursday.').places).toEqual(['Stresa']);
    expect(names('A clinic in Newark, N.J., was closed.').places).toEqual(['Newark']);
    expect(names('Troops entered the northeastern city of Harbin.').places).toEqual(['Harbin']);
    expect(names('Boats crossed the Florida Straits and the Red Sea.').places).toEqual(['Florida Straits', 'Red Sea']);
    expect(names('He lived in Peoria for years.').maybePlaces).toEqual(['Peoria']);
    // A sentence's first word before a country is not a town: "Meanwhile, Cuba …".
    expect(names('Meanwhile, Cuba protested.').places).toEqual([]);
    expect(names('Uri Lubrani, Israel\'s top official, spoke.').places).toEqual([]);
    expect(names('Uri Lubrani, Israel\'s top official, spoke.').people).toEqual(['Uri Lubrani']);
  });
});
