// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { detectLang, translate } from '../../../renderer/src/i18n/i18n';
import { zh } from '../../../renderer/src/i18n/zh';
import { setLang } from '../../../renderer/src/state/view-actions';
import { store } from '../../../renderer/src/state/store';

const noStorage = { getItem: () => null };

describe('interface language', () => {
  it('follows navigator.language: Chinese for zh-*, English otherwise', () => {
    expect(detectLang({ language: 'zh-CN' }, noStorage)).toBe('zh');
    expect(detectLang({ language: 'zh-TW' }, noStorage)).toBe('zh');
    expect(detectLang({ language: 'en-GB' }, noStorage)).toBe('en');
    expect(detectLang({ language: 'fr' }, noStorage)).toBe('en');
  });

  it('prefers the choice the user saved', () => {
    expect(detectLang({ language: 'en-US' }, { getItem: () => 'zh' })).toBe('zh');
  });

  it('has the same messages in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) expect(text, key).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'status.showing', { nodes: 12, edges: 30 })).toBe('12 entities, 30 relations shown');
    // Singular for one.
    expect(translate('en', 'details.mentions', { n: 1, a: 1 })).toBe('1 mention in 1 article');
    expect(translate('en', 'details.mentions', { n: 3, a: 1 })).toBe('3 mentions in 1 article');
    expect(translate('zh', 'details.mentions', { n: 1, a: 1 })).not.toMatch(/\|/);
    expect(translate('zh', 'status.showing', { nodes: 12, edges: 30 })).toBe('显示 12 个实体、30 条关系');
  });

  it('switches the language of the app and remembers it', () => {
    setLang('zh');
    expect(store.get().lang).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('zhitu.lang')).toBe('zh');
    expect(translate(store.get().lang, 'type.organisation')).toBe('机构');
    setLang('en');
    expect(translate(store.get().lang, 'type.organisation')).toBe('Organisation');
    expect(detectLang({ language: 'zh-CN' })).toBe('en');
  });
});
