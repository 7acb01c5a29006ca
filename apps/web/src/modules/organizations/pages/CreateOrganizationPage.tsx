import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field, RadioGroup } from '../../../shared/ui/Field';
import { ErrorSummary, Notice, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { normalizeSiret, validate, type Rule } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { flashState } from '../../../shared/routing/flash';
import type { BuyerRegime, OrganizationType } from '../../../shared/graphql/types';
import { useSession } from '../../auth/session';
import { ResendVerification } from '../../auth/ResendVerification';
import { CREATE_ORGANIZATION_MUTATION } from '../graphql/organizations';

export default function CreateOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [{ fetching }, create] = useMutation(CREATE_ORGANIZATION_MUTATION);
  const [type, setType] = useState<OrganizationType | undefined>(undefined);
  const [regime, setRegime] = useState<BuyerRegime | undefined>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const verified = session.me?.user.emailVerified ?? false;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: Record<string, string> = { ...readForm(event), type: type ?? '', regime: regime ?? '' };
    const rules: Record<string, Rule[]> = {
      type: ['required'],
      name: ['required'],
      siret: ['required', 'siretFormat'],
    };
    if (type === 'BUYER') rules['regime'] = ['required'];
    const clientError = validate(values, rules, t);
    if (clientError || !type) return setError(clientError);
    const result = await create({
      input: {
        name: values['name'] ?? '',
        type,
        regime: type === 'BUYER' ? (regime ?? null) : null,
        siret: normalizeSiret(values['siret'] ?? ''),
      },
    });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    const me = result.data.createOrganization;
    session.setMe(me);
    navigate('/dashboard', {
      state: flashState({
        key: 'flash.organizationCreated',
        params: { name: me.activeOrganization?.name ?? values['name'] ?? '' },
      }),
    });
  }

  const labels = {
    type: t('organization.typeLabel'),
    regime: t('organization.regimeLabel'),
    name: t('organization.name'),
    siret: t('organization.siret'),
  };

  return (
    <Page title={t('createOrganization.title')} lead={t('createOrganization.lead')}>
      {!verified ? (
        <Notice kind="warning" title={t('errors.reason.EMAIL_NOT_VERIFIED')} live={false}>
          <ResendVerification />
        </Notice>
      ) : null}
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={labels} />
        <RadioGroup<OrganizationType>
          name="type"
          legend={labels.type}
          value={type}
          onChange={(value) => {
            setType(value);
            if (value !== 'BUYER') setRegime(undefined);
          }}
          options={[
            { value: 'BUYER', label: t('organization.type.BUYER'), hint: t('createOrganization.buyerHint') },
            { value: 'SUPPLIER', label: t('organization.type.SUPPLIER'), hint: t('createOrganization.supplierHint') },
          ]}
          error={error?.fields['type']}
        />
        {type === 'BUYER' ? (
          <RadioGroup<BuyerRegime>
            name="regime"
            legend={labels.regime}
            value={regime}
            onChange={setRegime}
            options={[
              { value: 'CCP', label: t('organization.regime.CCP'), hint: t('createOrganization.ccpHint') },
              { value: 'PRIVATE', label: t('organization.regime.PRIVATE'), hint: t('createOrganization.privateHint') },
            ]}
            error={error?.fields['regime']}
          />
        ) : null}
        <Field name="name" label={labels.name} autoComplete="organization" required error={error?.fields['name']} />
        <Field
          name="siret"
          label={labels.siret}
          hint={t('createOrganization.siretHint')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          required
          className="field--siret"
          error={error?.fields['siret']}
        />
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('createOrganization.submit')}</SubmitButton>
          <Link to="/dashboard" className="button button--ghost">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
