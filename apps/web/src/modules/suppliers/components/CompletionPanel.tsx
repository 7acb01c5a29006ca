import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { completionAnchor } from '../format';
import type { ProfileCompletion } from '../types';

/** Completion score with what is missing, each item a link to the section where it is filled in. */
export function CompletionPanel({ completion, linkTo = '' }: { completion: ProfileCompletion; linkTo?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="completion-title" className="section completion" data-testid="completion">
      <h2 id="completion-title">{t('completion.title')}</h2>
      <p>
        <meter min={0} max={100} value={completion.score} aria-labelledby="completion-title" />{' '}
        <strong data-testid="completion-score">{t('completion.score', { score: completion.score })}</strong>
      </p>
      {completion.missing.length > 0 ? (
        <>
          <p>{t('completion.missing')}</p>
          <ul>
            {completion.missing.map((key) => {
              const href = `${linkTo}#${completionAnchor(key)}`;
              const text = t(`completion.item.${key}`, { defaultValue: key });
              // Through the router so the back office sees the hash change and focuses the field.
              return (
                <li key={key}>
                  <Link to={href}>{text}</Link>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('completion.complete')}</p>
      )}
    </section>
  );
}
