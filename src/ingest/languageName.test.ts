import { describe, expect, it } from 'vitest';
import { likelyLanguageName } from './languageName.ts';

describe('likelyLanguageName', () => {
  it('names Latin-script languages by their small words', () => {
    expect(likelyLanguageName('Le président de la France a rencontré les dirigeants de la Turquie à Paris pour parler de la guerre en Syrie.')).toBe('French');
    expect(likelyLanguageName('Die Bundesregierung hat sich mit der Türkei auf eine neue Vereinbarung geeinigt, die auch für Syrien gilt.')).toBe('German');
    expect(likelyLanguageName('El gobierno de España y el de Marruecos firmaron un acuerdo para la cooperación en las fronteras.')).toBe('Spanish');
  });

  it('names other scripts by their letters', () => {
    expect(likelyLanguageName('Президент России встретился с президентом Турции в Сочи.')).toBe('Russian or another Cyrillic-script language');
    expect(likelyLanguageName('美国和俄罗斯军方就叙利亚问题展开会谈。')).toBe('Chinese');
    expect(likelyLanguageName('アメリカとロシアの軍はシリアについて協議を始めた。')).toBe('Japanese');
  });

  it('guesses nothing from numbers, or from words it cannot place', () => {
    expect(likelyLanguageName('12345 67890')).toBeNull();
    expect(likelyLanguageName('Xylq vrrpt zzok mnoq')).toBeNull();
  });
});
