import { useCallback } from 'react';
import { useStore } from '../state/store';
import { translate } from './i18n';
import type { MessageKey } from './i18n';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The translate function for the current interface language. */
export function useT(): Translate {
  const lang = useStore((s) => s.lang);
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
}
