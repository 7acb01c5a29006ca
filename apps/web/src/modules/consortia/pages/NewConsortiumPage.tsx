import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field, RadioGroup } from '../../../shared/ui/Field';
import { ErrorSummary, Notice, SubmitButton } from '../../../shared/ui/feedback';
import type { AppError } from '../../../shared/errors/app-error';
import { flashState } from '../../../shared/routing/flash';
import { useSession } from '../../auth/session';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { formError } from '../../responses/server-errors';
import { CREATE_CONSORTIUM_MUTATION } from '../graphql/consortia';
import { CONSORTIUM_FORMS, type ConsortiumForm } from '../types';

/** /groupements/nouveau?besoin=…&lot=…: a supplier forms a consortium to answer a lot (it leads it). */
export default function NewConsortiumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params] = useSearchParams();
  const needId = params.get('besoin');
  const lotId = params.get('lot');
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: needId ?? '' }, pause: !needId });
  const need = needResult.data?.need ?? null;
  const lot = need?.lots.find((l) => l.id === lotId) ?? null;
  const [name, setName] = useState('');
  const [form, setForm] = useState<ConsortiumForm>('JOINT');
  const [error, setError] = useState<AppError | null>(null);
  const [state, create] = useMutation(CREATE_CONSORTIUM_MUTATION);

  if (me?.activeOrganization?.type !== 'SUPPLIER') {
    return (
      <Page title={t('consortia.new.title')}>
        <Notice kind="info">
          <p>{t('consortia.suppliersOnly')}</p>
        </Notice>
      </Page>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { name: t('validation.required') } });
      return;
    }
    const result = await create({
      input: { scope: lotId ? 'LOT' : 'STANDING', name: name.trim(), form, needId: lotId ? needId : null, lotId: lotId ?? null },
    });
    if (result.data) {
      const created = result.data.createConsortium;
      navigate(`/groupements/${created.id}`, { state: flashState({ key: 'consortia.flash.created', params: { name: created.name } }) });
    } else setError(formError(result.error));
  }

  return (
    <Page title={t('consortia.new.title')} lead={lot ? t('consortia.new.forLot', { lot: lot.title }) : t('consortia.new.standing')}>
      {need ? (
        <p>
          <Link to={`/besoins/${need.id}`}>{t('responses.respond.backToNeed', { title: need.title })}</Link>
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fieldLabels={{ name: t('consortia.field.name'), lotId: t('consortia.field.lot') }} />
        <Field name="name" label={t('consortia.field.name')} value={name} onChange={(event) => setName(event.target.value)} error={error?.fields['name']} required />
        <RadioGroup
          name="form"
          legend={t('consortia.field.form')}
          options={CONSORTIUM_FORMS.map((value) => ({ value, label: t(`consortia.form.${value}`), hint: t(`consortia.formHint.${value}`) }))}
          value={form}
          onChange={setForm}
        />
        <div className="form-actions">
          <SubmitButton busy={state.fetching}>{t('consortia.new.submit')}</SubmitButton>
        </div>
      </form>
    </Page>
  );
}
