import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, Notice, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { kindLabel } from '../../suppliers/format';
import type { FavouriteList } from '../../suppliers/types';
import {
  CREATE_FAVOURITE_LIST_MUTATION,
  DELETE_FAVOURITE_LIST_MUTATION,
  FAVOURITE_LISTS_QUERY,
  REMOVE_FROM_FAVOURITE_LIST_MUTATION,
  RENAME_FAVOURITE_LIST_MUTATION,
} from '../graphql/favourites';

const CONTEXT = { additionalTypenames: ['FavouriteList'] };

export default function FavouritesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isBuyer = session.me?.activeOrganization?.type === 'BUYER';
  const [lists, refetch] = useQuery({ query: FAVOURITE_LISTS_QUERY, context: CONTEXT, pause: !isBuyer });
  const error = toAppError(lists.error);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Page title={t('favourites.title')} lead={t('favourites.lead')}>
      {!isBuyer ? <Notice kind="warning">{t('favourites.buyersOnly')}</Notice> : null}
      {isBuyer ? (
        <>
          <CreateListForm onDone={(name) => setStatus(t('favourites.created', { name }))} />
          <div role="status" aria-live="polite">
            {status ? <p className="notice notice--success">{status}</p> : null}
          </div>
          {lists.fetching && !lists.data ? <Loading /> : null}
          {error ? <QueryError error={error} /> : null}
          {lists.data && lists.data.favouriteLists.length === 0 ? <p>{t('favourites.noLists')}</p> : null}
          {lists.data?.favouriteLists.map((list) => (
            <ListSection key={list.id} list={list} onStatus={setStatus} onDeleted={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </>
      ) : null}
    </Page>
  );
}

function CreateListForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, create] = useMutation(CREATE_FAVOURITE_LIST_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readForm(event);
    const clientError = validate(values, { name: ['required'] }, t);
    if (clientError) return setError(clientError);
    const result = await create({ input: { name: values['name'] ?? '' } });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    form.reset();
    onDone(result.data.createFavouriteList.name);
  }
  return (
    <section aria-labelledby="fav-create" className="section">
      <h2 id="fav-create">{t('favourites.createTitle')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={{ name: t('favourites.listName') }} />
        <Field name="name" label={t('favourites.listName')} maxLength={120} required error={error?.fields['name']} />
        <SubmitButton busy={fetching}>{t('favourites.create')}</SubmitButton>
      </form>
    </section>
  );
}

function ListSection({ list, onStatus, onDeleted }: { list: FavouriteList; onStatus: (text: string) => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [{ fetching: savingName }, rename] = useMutation(RENAME_FAVOURITE_LIST_MUTATION);
  const [, remove] = useMutation(DELETE_FAVOURITE_LIST_MUTATION);
  const [, removeItem] = useMutation(REMOVE_FROM_FAVOURITE_LIST_MUTATION);
  const headingId = `fav-list-${list.id}`;
  const renameId = `rename-${list.id}`;

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const name = values[renameId] ?? '';
    if (!name)
      return setError({
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.code.BAD_USER_INPUT',
        fields: { [renameId]: t('validation.required') },
      });
    const result = await rename({ input: { listId: list.id, name } });
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    setError(null);
    setRenaming(false);
    onStatus(t('favourites.renamed', { name }));
  }

  async function onDelete() {
    if (!window.confirm(t('favourites.confirmDelete', { name: list.name }))) return;
    const result = await remove({ input: { listId: list.id } }, CONTEXT);
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    onStatus(t('favourites.deleted', { name: list.name }));
    onDeleted();
  }

  async function onRemove(supplierId: string, name: string) {
    const result = await removeItem({ input: { listId: list.id, supplierId } });
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    onStatus(t('favourites.removed', { name, list: list.name }));
  }

  return (
    <section aria-labelledby={headingId} className="section card" data-testid="favourite-list">
      <div className="section-head">
        <h2 id={headingId}>
          {list.name} <span className="hint">({t('favourites.count', { count: list.supplierCount })})</span>
        </h2>
        <div className="actions-inner">
          <button type="button" className="button button--small" aria-expanded={renaming} onClick={() => setRenaming((v) => !v)}>
            {t('favourites.rename')}
            <span className="visually-hidden"> : {list.name}</span>
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => void onDelete()}>
            {t('favourites.delete')}
            <span className="visually-hidden"> : {list.name}</span>
          </button>
        </div>
      </div>
      <ErrorSummary error={error} fieldLabels={{ [renameId]: t('favourites.listName') }} />
      {renaming ? (
        <form className="form form--inline" noValidate onSubmit={onRename}>
          <Field
            name={renameId}
            label={t('favourites.listName')}
            defaultValue={list.name}
            maxLength={120}
            error={error?.fields[renameId]}
          />
          <SubmitButton busy={savingName}>{t('common.save')}</SubmitButton>
        </form>
      ) : null}
      {list.suppliers.length === 0 ? (
        <p>{t('favourites.emptyList')}</p>
      ) : (
        <ul className="plain-list">
          {list.suppliers.map((s) => (
            <li key={s.id} className="list-row">
              <span>
                <Link to={`/fournisseurs/${s.id}`}>{s.name}</Link>
                {s.city ? ` · ${s.city}${s.departementCode ? ` (${s.departementCode})` : ''}` : ''}
                {s.kinds.length > 0 ? ` · ${s.kinds.map((k) => kindLabel(k, lang)).join(', ')}` : ''}
              </span>
              <button type="button" className="button button--small button--ghost" onClick={() => void onRemove(s.id, s.name)}>
                {t('favourites.remove')}
                <span className="visually-hidden"> : {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
