// One set of category words (src/catalogue/category-words.ts): a category reads the same in a
// `samtykke scan` draft, in a notice the studio starts or adds a category to, and beside what
// the widget itself tells visitors. Nynorsk "necessary" once was "Nødvendige" in the scan and
// "Naudsynte" in the studio; the widget's Nynorsk says "Nødvendige".
import { describe, expect, it } from 'vitest';
import { CATEGORY_WORDS, categoryWords, type CategoryLanguage } from '../../src/catalogue/category-words.js';
import { categoryInfo } from '../../src/scan/words.js';
import { ensureCategory } from '../../src/studio/catalogue.js';
import { blankNotice } from '../../src/studio/model.js';
import { en } from '../../src/widget/i18n/en.js';
import { nb } from '../../src/widget/i18n/nb.js';
import { nn } from '../../src/widget/i18n/nn.js';

const LANGUAGES: CategoryLanguage[] = ['nb', 'nn', 'en'];
const WIDGET = { nb, nn, en };
const IDS = Object.keys(CATEGORY_WORDS);

/** The title the studio gives category `id` when a service of it is added to an empty notice. */
function studioTitle(id: string): unknown {
  const notice: Record<string, unknown> = {};
  ensureCategory(notice, id);
  return (notice.categories as Record<string, { title: unknown }>)[id]!.title;
}

describe('category words', () => {
  it('the scan and the studio write the same title for every usual category', () => {
    expect(IDS).toEqual(['necessary', 'functional', 'analytics', 'marketing', 'profiling']);
    for (const id of IDS) {
      const scanned = categoryInfo(id);
      expect(scanned.title, id).toEqual(studioTitle(id));
      expect(scanned.description, id).toEqual(CATEGORY_WORDS[id as keyof typeof CATEGORY_WORDS].description);
    }
    expect(blankNotice().categories).toEqual({ necessary: { title: categoryInfo('necessary').title } });
  });

  it('"necessary" is the word the widget shows visitors, in each language', () => {
    for (const language of LANGUAGES) {
      const word = CATEGORY_WORDS.necessary.title[language];
      // "Nødvendige informasjonskapslar er alltid på." / "… bruker vi berre nødvendige …"
      expect(WIDGET[language].summary, language).toContain(`${word} `);
      expect(WIDGET[language].gpc, language).toContain(` ${word.toLowerCase()} `);
    }
    expect(CATEGORY_WORDS.necessary.title.nn).toBe('Nødvendige');
  });

  it('a category the table does not know keeps its id, in the scan and in the studio', () => {
    expect(categoryWords('newsletter')).toBeUndefined();
    expect(categoryWords('constructor')).toBeUndefined();
    expect(categoryInfo('newsletter')).toEqual({ title: 'Newsletter' });
    expect(studioTitle('newsletter')).toEqual({ nb: 'newsletter', nn: 'newsletter', en: 'newsletter' });
  });

  it('the studio keeps its own copy: editing a notice never changes the table', () => {
    const notice = blankNotice() as { categories: { necessary: { title: Record<string, string> } } };
    notice.categories.necessary.title.nn = 'Naudsynte';
    const draft = categoryInfo('necessary') as { title: Record<string, string> };
    draft.title.nn = 'Anna';
    expect(CATEGORY_WORDS.necessary.title.nn).toBe('Nødvendige');
    expect(blankNotice().categories).toEqual({ necessary: { title: { nb: 'Nødvendige', nn: 'Nødvendige', en: 'Necessary' } } });
  });
});
