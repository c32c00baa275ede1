import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';

// A small typed dictionary: Chinese is the language of the UI, English the second one. i18n.test.ts fails when a
// key used in the code is missing from either dictionary, or a dictionary holds a key nobody uses.

export type Key = keyof typeof zh;
export type Language = 'zh-CN' | 'en';

const dictionaries: Record<Language, Record<string, string>> = { 'zh-CN': zh, en };

export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

/** One language's texts with their {name} placeholders filled in; Chinese stands in for a text still missing. */
export function translator(language: Language): Translate {
  return (key, vars) => {
    let text = dictionaries[language][key] ?? dictionaries['zh-CN'][key] ?? key;
    if (vars) {
      for (const [name, value] of Object.entries(vars)) text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  };
}

/** Marks a dictionary key that is translated later (i18n.test.ts finds it). */
export const key = (k: Key): Key => k;

interface LocaleState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLanguage(): Language {
  return window.localStorage.getItem('duban.language') === 'en' ? 'en' : 'zh-CN';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const language = initialLanguage();
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    return language;
  });
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem('duban.language', next);
    dayjs.locale(next === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const t = useMemo(() => translator(language), [language]);
  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

export function useT(): Translate {
  return useLocale().t;
}
