import { describe, expect, it } from 'vitest';
import { looksEnglish } from './language.ts';

const ENGLISH_NEWS =
  'Russia and Turkey agreed on Thursday to a ceasefire in northern Syria, the Kremlin said, after talks in Moscow ' +
  'that lasted six hours. President Recep Tayyip Erdogan said Ankara would not tolerate attacks by Kurdish forces ' +
  'on its border, and the United Nations welcomed the deal, which it said could open the way for aid to reach ' +
  'those who have been cut off from food and medicine since the fighting began.';

const OTHER_LANGUAGES: Record<string, string> = {
  French:
    "La Russie et la Turquie se sont mises d'accord jeudi sur un cessez-le-feu dans le nord de la Syrie, a indiqué " +
    "le Kremlin, après six heures de discussions à Moscou. Le président turc a déclaré qu'Ankara ne tolérerait pas " +
    'les attaques des forces kurdes à sa frontière.',
  German:
    'Russland und die Türkei haben sich am Donnerstag auf eine Waffenruhe im Norden Syriens geeinigt, teilte der ' +
    'Kreml nach sechsstündigen Gesprächen in Moskau mit. Der türkische Präsident sagte, Ankara werde Angriffe ' +
    'kurdischer Kräfte an seiner Grenze nicht dulden. Die Vereinten Nationen begrüßten die Einigung.',
  Spanish:
    'Rusia y Turquía acordaron el jueves un alto el fuego en el norte de Siria, según informó el Kremlin tras seis ' +
    'horas de conversaciones en Moscú. El presidente turco dijo que Ankara no toleraría los ataques de las fuerzas ' +
    'kurdas en su frontera.',
  Russian:
    'Россия и Турция в четверг договорились о прекращении огня на севере Сирии, сообщили в Кремле после ' +
    'шестичасовых переговоров в Москве. Президент Турции заявил, что Анкара не потерпит нападений курдских сил ' +
    'на своей границе.',
  Arabic:
    'اتفقت روسيا وتركيا يوم الخميس على وقف إطلاق النار في شمال سوريا، بحسب ما أعلن الكرملين بعد محادثات استمرت ست ' +
    'ساعات في موسكو. وقال الرئيس التركي إن أنقرة لن تتسامح مع هجمات القوات الكردية على حدودها.',
  Chinese:
    '俄罗斯和土耳其周四就叙利亚北部停火达成协议，克里姆林宫在莫斯科进行了六个小时的会谈后表示。土耳其总统表示，安卡拉不会容忍库尔德武装对其边境的袭击。',
};

describe('looksEnglish', () => {
  it('takes English news for English, surely', () => {
    const guess = looksEnglish(ENGLISH_NEWS);
    expect(guess.english).toBe(true);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  for (const [language, paragraph] of Object.entries(OTHER_LANGUAGES)) {
    it(`takes ${language} for not English, surely`, () => {
      const guess = looksEnglish(paragraph);
      expect(guess.english).toBe(false);
      expect(guess.confidence).toBeGreaterThan(0.5);
    });
  }

  it('is unsure on a few words, and says nothing for a text with no words', () => {
    expect(looksEnglish('Putin in Paris').confidence).toBeLessThan(0.2);
    expect(looksEnglish('12 345 -- !!')).toEqual({ english: false, confidence: 0 });
  });

  it('still reads English with curly apostrophes and capitals', () => {
    expect(looksEnglish('THE PRESIDENT SAID IT’S NOT OVER. ' + ENGLISH_NEWS).english).toBe(true);
  });
});
