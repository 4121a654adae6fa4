import { describe, expect, it } from 'vitest';
import { EntityTracker } from '../../../src/parse/entities/EntityTracker.js';

const tracked = (sentences: string[]) => {
  const t = new EntityTracker();
  t.learn(sentences);
  return { t, all: sentences.map((s) => t.mentions(s)) };
};

describe('EntityTracker', () => {
  it('reads people with role and country, and links later short mentions back', () => {
    const { all } = tracked([
      'Putin and Xi met on Thursday.',
      'Russian President Vladimir Putin arrived in Beijing.',
      'Chinese leader Xi Jinping welcomed Mr Putin.',
    ]);
    const first = all[0]!.map((m) => m.entity);
    expect(first.map((e) => e.name)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(first[0]).toMatchObject({ kind: 'person', role: 'President', country: 'RU', region: 'Europe', short: 'Putin' });
    expect(first[1]).toMatchObject({ role: 'leader', country: 'CN', short: 'Xi' });
    // "Russian" in "Russian President" is the person's country, not another actor.
    expect(all[1]!.map((m) => m.entity.name)).toEqual(['Vladimir Putin', 'China']);
    expect(all[1]![1]).toMatchObject({ via: 'metonym', city: { name: 'Beijing', kind: 'place', country: 'CN' } });
  });

  it('takes role and country from an apposition: “William Lai Ching-te … president of Taiwan”', () => {
    const { all } = tracked(['Monday’s inauguration of William Lai Ching-te as the next president of Taiwan, the island.']);
    expect(all[0]!.find((m) => m.entity.kind === 'person')?.entity).toMatchObject({ name: 'William Lai Ching-te', role: 'president', country: 'TW' });
  });

  it('names ministries by their country and links “the Foreign Ministry” back', () => {
    const { all } = tracked(['China’s Foreign Ministry said so.', 'The Foreign Ministry added more.', 'Chinese foreign ministry spokesman Wang Wenbin spoke.']);
    expect(all[0]![0]?.entity).toMatchObject({ name: 'Chinese Foreign Ministry', kind: 'organisation', country: 'CN', region: 'East Asia' });
    expect(all[1]![0]?.entity).toBe(all[0]![0]?.entity);
    expect(all[2]!.find((m) => m.entity.kind === 'person')?.entity).toMatchObject({ name: 'Wang Wenbin', role: 'spokesman', country: 'CN' });
  });

  it('knows metonyms, organisations, plural demonyms and name particles', () => {
    const { all } = tracked(['The Kremlin and Washington disagreed at Nato.', 'Lithuanians vote.', 'President Daniel arap Moi spoke.']);
    expect(all[0]!.map((m) => [m.entity.name, m.entity.kind, m.entity.country ?? null])).toEqual([
      ['Kremlin', 'organisation', 'RU'], ['United States', 'country', 'US'], ['Nato', 'organisation', null],
    ]);
    expect(all[1]![0]?.entity).toMatchObject({ name: 'Lithuania', kind: 'country' });
    expect(all[2]![0]?.entity.name).toBe('Daniel arap Moi');
  });

  it('knows the movements and agencies of world news as organisations, not people', () => {
    const { all } = tracked(['The Red Cross and Amnesty International spoke.', 'Khmer Rouge guerrillas and Houthi rebels fought.', 'Sinn Fein and the Wagner Group met.', 'Richard Wagner wrote operas.']);
    const kinds = (i: number) => all[i]!.map((m) => [m.entity.name, m.entity.kind]);
    expect(kinds(0)).toEqual([['Red Cross', 'organisation'], ['Amnesty International', 'organisation']]);
    expect(kinds(1)).toEqual([['Khmer Rouge', 'organisation'], ['Houthis', 'organisation']]);
    expect(kinds(2)).toEqual([['Sinn Féin', 'organisation'], ['Wagner Group', 'organisation']]);
    expect(kinds(3)).toEqual([['Richard Wagner', 'person']]);
  });

  it('does not make people of months, weekdays or countries, nor link an ambiguous short name', () => {
    const { all } = tracked(['President Bill Clinton met Hillary Clinton in May.', 'Clinton said no.']);
    expect(all[0]!.filter((m) => m.entity.kind === 'person').map((m) => m.entity.name)).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(all[1]!.filter((m) => m.entity.kind === 'person')).toEqual([]);
  });
});
