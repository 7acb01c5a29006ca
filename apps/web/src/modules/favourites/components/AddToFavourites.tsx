import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { ADD_TO_FAVOURITE_LIST_MUTATION, CREATE_FAVOURITE_LIST_MUTATION, FAVOURITE_LISTS_QUERY } from '../graphql/favourites';

const CONTEXT = { additionalTypenames: ['FavouriteList'] };

/** "Ajouter aux favoris": pick one of the buyer's lists (or name a new one) and add the supplier. */
export function AddToFavourites({
  supplierId,
  supplierName,
  headingLevel = 2,
}: {
  supplierId: string;
  supplierName: string;
  /** 2 on the supplier page; deeper inside a search result card. */
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useTranslation();
  const [lists] = useQuery({ query: FAVOURITE_LISTS_QUERY, context: CONTEXT });
  const [{ fetching: adding }, add] = useMutation(ADD_TO_FAVOURITE_LIST_MUTATION);
  const [{ fetching: creating }, create] = useMutation(CREATE_FAVOURITE_LIST_MUTATION);
  const [listId, setListId] = useState('');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const all = lists.data?.favouriteLists ?? [];
  const inLists = all.filter((l) => l.suppliers.some((s) => s.id === supplierId));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    let target = listId;
    let targetName = all.find((l) => l.id === listId)?.name ?? '';
    if (!target && all.length > 0) {
      return setError({
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.code.BAD_USER_INPUT',
        fields: { favouriteList: t('validation.required') },
      });
    }
    if (!target || target === '__new') {
      if (!newName.trim()) {
        return setError({
          code: 'BAD_USER_INPUT',
          messageKey: 'errors.code.BAD_USER_INPUT',
          fields: { newListName: t('validation.required') },
        });
      }
      const created = await create({ input: { name: newName.trim() } });
      const createError = toAppError(created.error);
      if (createError || !created.data) return setError(createError ?? toAppError({ networkError: true }));
      target = created.data.createFavouriteList.id;
      targetName = created.data.createFavouriteList.name;
    }
    const result = await add({ input: { listId: target, supplierId } });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    setNewName('');
    setListId(target);
    setDone(targetName);
  }

  const labels = { favouriteList: t('favourites.pickList'), newListName: t('favourites.newListName') };
  const showNew = listId === '__new' || (lists.data && all.length === 0);
  return (
    <section aria-labelledby="sp-favourites" className="section">
      <Heading id="sp-favourites">{t('favourites.add')}</Heading>
      {inLists.length > 0 ? (
        <p>
          {t('favourites.alreadyIn', { lists: inLists.map((l) => l.name).join(', ') })}{' '}
          <Link to="/mon-espace/favoris">{t('favourites.manage')}</Link>
        </p>
      ) : null}
      <form className="form form--inline" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={labels} />
        <div role="status" aria-live="polite">
          {done ? <p className="notice notice--success">{t('favourites.added', { name: supplierName, list: done })}</p> : null}
        </div>
        {all.length > 0 ? (
          <div className="field">
            <label htmlFor="field-favouriteList">{labels.favouriteList}</label>
            <select
              id="field-favouriteList"
              value={listId}
              aria-invalid={error?.fields['favouriteList'] ? true : undefined}
              onChange={(event) => setListId(event.target.value)}
            >
              <option value="">{t('favourites.choose')}</option>
              {all.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({l.supplierCount})
                </option>
              ))}
              <option value="__new">{t('favourites.newListOption')}</option>
            </select>
          </div>
        ) : null}
        {showNew ? (
          <div className={['field', error?.fields['newListName'] ? 'field--error' : ''].filter(Boolean).join(' ')}>
            <label htmlFor="field-newListName">{labels.newListName}</label>
            <input
              id="field-newListName"
              aria-invalid={error?.fields['newListName'] ? true : undefined}
              type="text"
              value={newName}
              maxLength={120}
              onChange={(event) => setNewName(event.target.value)}
            />
          </div>
        ) : null}
        <SubmitButton busy={adding || creating}>{t('favourites.addSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
