import { useEffect } from 'react';
import { hasNewsdeskApi, newsdeskApi } from '../api/newsdeskApi';

/** Keeps the shell's spellchecker on the open draft's language: when the draft opens and whenever its language changes. */
export function useSpellCheckLanguage(language: string): void {
  useEffect(() => {
    if (hasNewsdeskApi()) newsdeskApi().events.setSpellCheckLanguage(language);
  }, [language]);
}
