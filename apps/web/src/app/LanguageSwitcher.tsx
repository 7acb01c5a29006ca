import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage } from '../shared/i18n/i18n';
import { LANGUAGES } from '../shared/i18n/languages';

const NAMES = { fr: 'Français', en: 'English' } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  return (
    <div className="lang-switcher" role="group" aria-label={t('nav.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-button"
          aria-pressed={active === lang}
          onClick={() => chooseLanguage(lang)}
        >
          <span aria-hidden="true">{lang.toUpperCase()}</span>
          <span className="visually-hidden">{NAMES[lang]}</span>
        </button>
      ))}
    </div>
  );
}
