import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Notice, SubmitButton } from '../../../shared/ui/feedback';
import type { AppError } from '../../../shared/errors/app-error';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { TextAreaField } from '../../responses/components/common';
import { formError } from '../../responses/server-errors';
import { SEND_MESSAGE_MUTATION } from '../graphql/messaging';
import { newThreadTarget } from '../threads';

/**
 * /messages/nouveau?besoin=…[&fournisseur=…|&groupement=…]: the first message about a need (a
 * supplier writes to the buyer; the buyer to a supplier or a consortium). The API finds the
 * existing thread or starts one.
 */
export default function NewThreadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = newThreadTarget(params);
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: target?.needId ?? '' }, pause: !target });
  const [body, setBody] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [state, send] = useMutation(SEND_MESSAGE_MUTATION);
  const need = needResult.data?.need ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    if (!body.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { body: t('validation.required') } });
      return;
    }
    const result = await send({ input: { ...target, body: body.trim() } });
    if (result.data) navigate(`/messages/${result.data.sendMessage.thread.id}`);
    else setError(formError(result.error));
  }

  return (
    <Page title={t('messaging.newTitle')}>
      {!target ? (
        <Notice kind="warning">
          <p>{t('messaging.noNeed')}</p>
        </Notice>
      ) : (
        <>
          {need ? (
            <p>
              {t('messaging.about', { title: need.title })} · <Link to={`/besoins/${need.id}`}>{t('messaging.openNeed')}</Link>
            </p>
          ) : null}
          <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
            <ErrorSummary error={error} fieldLabels={{ body: t('messaging.body') }} />
            <TextAreaField name="body" label={t('messaging.body')} value={body} onChange={(event) => setBody(event.target.value)} error={error?.fields['body']} required />
            <div className="form-actions">
              <SubmitButton busy={state.fetching}>{t('messaging.send')}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
