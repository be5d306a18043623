import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/site/i18n/messages.js';

describe('numbers on pages in the site language', () => {
  it('groups a count of equations as the language writes it', () => {
    expect(messagesFor('en').t('home.all', { count: 1000 })).toBe('All 1,000 equations');
    // French groups with a narrow no-break space, German with a dot.
    expect(messagesFor('fr').t('home.all', { count: 1000 })).toMatch(/^Les 1[\u202f\u00a0 ]000 équations$/);
    expect(messagesFor('de').t('home.all', { count: 12345 })).toBe('Alle 12.345 Formeln');
    expect(messagesFor('ar').t('home.all', { count: 1000 })).toMatch(/1[,٬]000|١٬٠٠٠/);
  });

  it('leaves small counts and source line numbers as plain digits', () => {
    expect(messagesFor('fr').t('topics.countMany', { count: 12 })).toBe('12 équations');
    expect(messagesFor('en').t('eq.source', { file: 'notes.md', line: 12034 })).toBe('Edit/view source (notes.md, line 12034)');
  });

  it('a language tag Intl does not know falls back to English digits', () => {
    expect(messagesFor('not a tag!').t('home.all', { count: 1000 })).toBe('All 1,000 equations');
  });

  it('the home page description fallback is in the site language', () => {
    expect(messagesFor('es').t('home.description', { count: 2500 })).toMatch(/^2[.\u00a0 ]?500 ecuaciones con sus variables explicadas\.$/);
  });
});

describe('other words pages printed in English', () => {
  it('the notation index marks a symbol continued from the previous page in the site language', () => {
    expect(messagesFor('en').t('symbols.continued')).toBe('(continued)');
    expect(messagesFor('fr').t('symbols.continued')).toBe('(suite)');
    expect(messagesFor('de').t('symbols.continued')).toBe('(Fortsetzung)');
  });
});
