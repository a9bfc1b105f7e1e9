import type { Lang } from './i18n';

/**
 * The bearer token lives in sessionStorage: it is kept for this tab only and gone when the tab
 * closes. The label language is a harmless preference, kept across visits.
 */
const TOKEN_KEY = 'gouden-netwerk.token';
const LANG_KEY = 'gouden-netwerk.lang';

export const readToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);

export function saveToken(token: string | null): void {
  if (token === null) sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token);
}

export function readLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'nl') return saved;
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export const saveLang = (lang: Lang): void => localStorage.setItem(LANG_KEY, lang);

export const authHeaders = (token: string | null): Record<string, string> =>
  token === null ? {} : { authorization: `Bearer ${token}` };
