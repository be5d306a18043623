import { describe, expect, it } from 'vitest';
import { EN } from '../../src/site/i18n/en.js';
import { CATALOGUES, CLIENT_KEYS, messagesFor } from '../../src/site/i18n/messages.js';
import { CLIENT_ENGLISH } from '../../src/client/ui-text.js';

const SHIPPED = ['fr', 'de', 'es', 'zh', 'ja'];

describe('interface catalogues', () => {
  it('translate every English message in French, German, Spanish, Chinese and Japanese', () => {
    for (const lang of SHIPPED) {
      const missing = Object.keys(EN).filter((k) => !(k in CATALOGUES[lang]!));
      expect(missing, lang).toEqual([]);
    }
  });

  it('keep every placeholder of the English message', () => {
    for (const [lang, cat] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(cat)) {
        const want = (EN[key as keyof typeof EN].match(/\{\w+\}/g) ?? []).sort();
        const got = (text!.match(/\{\w+\}/g) ?? []).sort();
        expect(got, `${lang} ${key}`).toEqual(want);
      }
    }
  });

  it('let the config ui map override any string, and ignore unknown keys', () => {
    const m = messagesFor('fr', { 'search.placeholder': 'Chercher…', 'no.such': 'x' });
    expect(m.t('search.placeholder')).toBe('Chercher…');
    expect(m.t('eq.where')).toBe('Où');
    expect(messagesFor('pt-BR').t('eq.where')).toBe('Where');
  });

  it('send the browser nothing for an English site, its words otherwise', () => {
    expect(messagesFor(undefined).client).toBeNull();
    expect(messagesFor('en-GB').client).toBeNull();
    expect(messagesFor('de').client?.['search.none']).toBe('Keine Formel passt.');
    expect(messagesFor(undefined, { 'defs.show': 'Open all' }).client?.['defs.show']).toBe('Open all');
  });

  it("keep the browser's English words equal to the catalogue's", () => {
    for (const k of CLIENT_KEYS) expect(CLIENT_ENGLISH[k], k).toBe(EN[k]);
    expect(Object.keys(CLIENT_ENGLISH).sort()).toEqual([...CLIENT_KEYS].sort());
  });

  it('write Arabic and Hebrew right to left', () => {
    expect(messagesFor('ar').dir).toBe('rtl');
    expect(messagesFor('he-IL').dir).toBe('rtl');
    expect(messagesFor('fr').dir).toBe('ltr');
  });
});
