import { en } from './en';
import type { MessageKey } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh';
export type { MessageKey };

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, zh };
const STORAGE_KEY = 'zhitu.lang';

/** The interface language: the user's saved choice, else the browser's language (Chinese for any `zh*`). */
export function detectLang(
  navigatorLike: { language?: string; languages?: readonly string[] } | undefined = globalThis.navigator,
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
): Lang {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  const language = navigatorLike?.language ?? navigatorLike?.languages?.[0] ?? 'en';
  return language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Remembers the user's language choice for the next start. */
export function saveLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled; the choice then lasts for this session only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text of a message in a language, with `{name}` placeholders filled from `params` and
 * `{name|one|other}` choosing a word by the number `name` (1: `one`, else `other`).
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = DICTIONARIES[lang][key] ?? en[key] ?? key;
  if (!params) return text;
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether a string is a message key (for labels built from data, such as `type.person`). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
