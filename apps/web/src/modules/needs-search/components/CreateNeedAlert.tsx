import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { Field } from '../../../shared/ui/Field';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { withNext } from '../../../shared/routing/safe-next';
import { useSession } from '../../auth/session';
import { CREATE_SAVED_SEARCH_MUTATION } from '../../alerts/graphql/alerts';
import { DIGEST_FREQUENCIES, type DigestFrequency } from '../../alerts/types';
import { activeNeedFilterCount, toNeedFilters, type NeedSearchState } from '../need-search-params';

const CONTEXT = { additionalTypenames: ['SavedSearch'] };

/**
 * "Créer une alerte sur cette recherche": a modal dialog (name + frequency) saving the current words
 * and filters as a saved search of target NEEDS. Visitors are offered to log in; alerts belong to an
 * organisation, so a member without an active one is told to choose it first.
 */
export function CreateNeedAlert({ state }: { state: NeedSearchState }) {
  const { t } = useTranslation();
  const { me, status } = useSession();
  const location = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [{ fetching }, create] = useMutation(CREATE_SAVED_SEARCH_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  // What the dialog saves: frozen when it opens, so results changing underneath do not alter it.
  const [saving, setSaving] = useState<NeedSearchState>(state);

  if (status === 'loading') return null;
  if (!me) {
    return (
      <p className="hint">
        <Link to={withNext('/login', location.pathname + location.search)}>{t('needsSearch.alert.loginToCreate')}</Link>
      </p>
    );
  }
  if (!me.activeOrganization) return <p className="hint">{t('alerts.organizationRequired')}</p>;

  function open() {
    setSaving(state);
    setError(null);
    setCreated(null);
    dialog.current?.showModal();
  }

  function close() {
    dialog.current?.close();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const clientError = validate(values, { name: ['required'] }, t);
    if (clientError) return setError(clientError);
    const input = {
      name: values['name'] ?? '',
      target: 'NEEDS' as const,
      query: saving.q.trim(),
      filters: toNeedFilters(saving),
      frequency: (values['frequency'] ?? 'DAILY') as DigestFrequency,
    };
    const result = await create({ input }, CONTEXT);
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    setCreated(result.data.createSavedSearch.name);
    close();
  }

  const filterCount = activeNeedFilterCount(saving);
  const words = saving.q.trim();
  return (
    <div className="need-alert">
      <button ref={opener} type="button" className="button button--small" aria-haspopup="dialog" onClick={open}>
        {t('needsSearch.alert.button')}
      </button>
      <div role="status" aria-live="polite">
        {created ? (
          <p className="notice notice--success">
            {t('alerts.created', { name: created })} <Link to="/alertes">{t('needsSearch.alert.seeAlerts')}</Link>
          </p>
        ) : null}
      </div>
      {/* A native modal dialog: focus is kept inside, Escape closes it; focus goes back to the button. */}
      <dialog ref={dialog} className="need-alert-dialog" aria-labelledby="need-alert-title" onClose={() => opener.current?.focus()}>
        <h2 id="need-alert-title">{t('needsSearch.alert.title')}</h2>
        <p>
          {words ? t('alerts.searchWords', { query: words }) : t('alerts.searchNoWords')} {t('alerts.filterCount', { count: filterCount })}
        </p>
        {/* Remounted on each opening (key) so the name starts from the current words. */}
        <form key={`${words}|${filterCount}|${created ?? ''}`} className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <ErrorSummary error={error} fieldLabels={{ name: t('alerts.name'), frequency: t('alerts.frequencyLabel') }} />
          <Field
            name="name"
            label={t('alerts.name')}
            defaultValue={words || t('needsSearch.alert.defaultName')}
            maxLength={120}
            required
            error={error?.fields['name']}
          />
          <div className="field">
            <label htmlFor="need-alert-frequency">{t('alerts.frequencyLabel')}</label>
            <select id="need-alert-frequency" name="frequency" defaultValue="DAILY">
              {DIGEST_FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`alerts.frequency.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-row">
            <SubmitButton busy={fetching}>{t('alerts.create')}</SubmitButton>
            <button type="button" className="button button--ghost" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
