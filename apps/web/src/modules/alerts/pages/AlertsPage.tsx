import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, Notice, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { useSession } from '../../auth/session';
import { CREATE_SAVED_SEARCH_MUTATION, DELETE_SAVED_SEARCH_MUTATION, SAVED_SEARCHES_QUERY, UPDATE_SAVED_SEARCH_MUTATION } from '../graphql/alerts';
import { searchToSave, searchUrlOf } from '../saved-search';
import { DIGEST_FREQUENCIES, type DigestFrequency, type SavedSearch } from '../types';

const CONTEXT = { additionalTypenames: ['SavedSearch'] };

/**
 * The caller's alerts (saved searches) in their active organisation: list, frequency, deletion,
 * and a form that saves the supplier search given in the address (/alertes?<the /recherche query>).
 */
export default function AlertsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const hasOrganization = !!session.me?.activeOrganization;
  const [searches] = useQuery({ query: SAVED_SEARCHES_QUERY, context: CONTEXT, pause: !hasOrganization });
  const error = toAppError(searches.error);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Page title={t('alerts.title')} lead={t('alerts.lead')}>
      {!hasOrganization ? <Notice kind="warning">{t('alerts.organizationRequired')}</Notice> : null}
      {hasOrganization ? (
        <>
          <CreateAlertForm onDone={(name) => setStatus(t('alerts.created', { name }))} />
          <div role="status" aria-live="polite">
            {status ? <p className="notice notice--success">{status}</p> : null}
          </div>
          <section aria-labelledby="alerts-list" className="section">
            <h2 id="alerts-list">{t('alerts.listTitle')}</h2>
            {searches.fetching && !searches.data ? <Loading /> : null}
            {error ? <QueryError error={error} /> : null}
            {searches.data && searches.data.savedSearches.length === 0 ? <p>{t('alerts.none')}</p> : null}
            {searches.data && searches.data.savedSearches.length > 0 ? (
              <ul className="plain-list">
                {searches.data.savedSearches.map((saved) => (
                  <AlertRow key={saved.id} saved={saved} onStatus={setStatus} />
                ))}
              </ul>
            ) : null}
          </section>
        </>
      ) : null}
    </Page>
  );
}

function FrequencySelect({ id, value, onChange }: { id: string; value?: DigestFrequency; onChange?: (value: DigestFrequency) => void }) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      name="frequency"
      // In the creation form the select is read on submit; in a row it saves each change.
      {...(value === undefined ? { defaultValue: 'DAILY' } : { value, onChange: (e: ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value as DigestFrequency) })}
    >
      {DIGEST_FREQUENCIES.map((f) => (
        <option key={f} value={f}>
          {t(`alerts.frequency.${f}`)}
        </option>
      ))}
    </select>
  );
}

function CreateAlertForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const search = useMemo(() => searchToSave(params), [params]);
  const [{ fetching }, create] = useMutation(CREATE_SAVED_SEARCH_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const empty = !search.query && search.filterCount === 0;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readForm(event);
    const clientError = validate(values, { name: ['required'] }, t);
    if (clientError) return setError(clientError);
    const input = { name: values['name'] ?? '', target: 'SUPPLIERS' as const, query: search.query, filters: search.filters, frequency: (values['frequency'] ?? 'DAILY') as DigestFrequency };
    const result = await create({ input }, CONTEXT);
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    form.reset();
    onDone(result.data.createSavedSearch.name);
  }

  return (
    <section aria-labelledby="alerts-create" className="section card">
      <h2 id="alerts-create">{t('alerts.createTitle')}</h2>
      {empty ? (
        <p>
          {t('alerts.noSearch')} <Link to="/recherche">{t('alerts.goSearch')}</Link>
        </p>
      ) : (
        <p data-testid="alert-search-summary">
          {search.query ? t('alerts.searchWords', { query: search.query }) : t('alerts.searchNoWords')}{' '}
          {t('alerts.filterCount', { count: search.filterCount })}
        </p>
      )}
      {search.placeDropped ? <p className="hint">{t('alerts.placeDropped')}</p> : null}
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={{ name: t('alerts.name'), frequency: t('alerts.frequencyLabel') }} />
        <Field name="name" label={t('alerts.name')} defaultValue={search.query} maxLength={120} required error={error?.fields['name']} />
        <div className="field">
          <label htmlFor="field-frequency">{t('alerts.frequencyLabel')}</label>
          <FrequencySelect id="field-frequency" />
        </div>
        <SubmitButton busy={fetching}>{t('alerts.create')}</SubmitButton>
      </form>
    </section>
  );
}

function AlertRow({ saved, onStatus }: { saved: SavedSearch; onStatus: (text: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [, update] = useMutation(UPDATE_SAVED_SEARCH_MUTATION);
  const [, remove] = useMutation(DELETE_SAVED_SEARCH_MUTATION);
  const url = searchUrlOf(saved);
  const frequencyId = `alert-frequency-${saved.id}`;

  async function onFrequency(frequency: DigestFrequency) {
    const result = await update({ input: { id: saved.id, frequency } });
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    setError(null);
    onStatus(t('alerts.frequencyChanged', { name: saved.name, frequency: t(`alerts.frequency.${frequency}`) }));
  }

  async function onDelete() {
    if (!window.confirm(t('alerts.confirmDelete', { name: saved.name }))) return;
    const result = await remove({ input: { id: saved.id } }, CONTEXT);
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    onStatus(t('alerts.deleted', { name: saved.name }));
  }

  return (
    <li className="list-row" data-testid="saved-search">
      <span>
        <strong>{saved.name}</strong> · {t(`alerts.target.${saved.target}`)}
        {saved.query ? ` · ${t('alerts.searchWords', { query: saved.query })}` : ''}
        {url ? (
          <>
            {' · '}
            <Link to={url}>
              {t('alerts.viewResults')}
              <span className="visually-hidden"> : {saved.name}</span>
            </Link>
          </>
        ) : null}
      </span>
      <span className="actions-inner">
        <label htmlFor={frequencyId} className="visually-hidden">
          {t('alerts.frequencyOf', { name: saved.name })}
        </label>
        <FrequencySelect id={frequencyId} value={saved.frequency} onChange={(f) => void onFrequency(f)} />
        <button type="button" className="button button--small button--danger" onClick={() => void onDelete()}>
          {t('common.delete')}
          <span className="visually-hidden"> : {saved.name}</span>
        </button>
      </span>
      <ErrorSummary error={error} />
    </li>
  );
}
