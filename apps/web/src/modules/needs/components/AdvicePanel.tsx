import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { SelectField } from '../../suppliers/backoffice/common';
import { formatEuros } from '../../suppliers/format';
import type { SectorGroup } from '../../suppliers/types';
import { PROCUREMENT_ADVICE_QUERY } from '../graphql/needs';
import { defaultNature, procurementAdviceInput, type LotFormValues } from '../form';
import { groupNameOfSectors } from '../labels';
import type { AdviceBuyerType, ContractNature } from '../types';
import { Checkbox, useDebounced } from './common';

const NATURES: readonly ContractNature[] = ['SUPPLIES', 'SERVICES', 'WORKS'];
const BUYER_TYPES: readonly AdviceBuyerType[] = ['OTHER_PA', 'CENTRAL', 'ENTITE_ADJUDICATRICE'];

/**
 * THR-01 / THR-02 as advice: lots mixing sector groups could be split, and public buyers see the
 * procedure band of the total. Nothing here blocks saving.
 */
export function AdvicePanel({ lots, buyerRegime, groups }: { lots: readonly LotFormValues[]; buyerRegime: string | null; groups: readonly SectorGroup[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const isPublic = buyerRegime === 'CCP';
  const [nature, setNature] = useState<ContractNature | ''>('');
  const [buyerType, setBuyerType] = useState<AdviceBuyerType>('OTHER_PA');
  const [socialServices, setSocialServices] = useState(false);
  const input = procurementAdviceInput(lots, { nature: nature || defaultNature(lots), buyerType, socialServices });
  const settled = useDebounced(JSON.stringify(input), 500);
  const variables = useMemo(() => ({ input: JSON.parse(settled) as typeof input }), [settled]);
  const [result] = useQuery({ query: PROCUREMENT_ADVICE_QUERY, variables, pause: lots.length === 0 });
  const advice = result.data?.procurementAdvice;

  return (
    <section className="card advice-panel" aria-labelledby="advice-title">
      <h3 id="advice-title">{t('needs.advice.title')}</h3>
      <p className="hint">{isPublic ? t('needs.advice.introPublic') : t('needs.advice.introPrivate')}</p>
      {isPublic ? (
        <div className="grid-2">
          <SelectField name="adviceNature" label={t('needs.advice.nature')} value={nature || defaultNature(lots)} onChange={(v) => setNature(v as ContractNature)}>
            {NATURES.map((n) => (
              <option key={n} value={n}>
                {t(`needs.advice.natureName.${n}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="adviceBuyerType" label={t('needs.advice.buyerType')} value={buyerType} onChange={(v) => setBuyerType(v as AdviceBuyerType)}>
            {BUYER_TYPES.map((b) => (
              <option key={b} value={b}>
                {t(`needs.advice.buyerTypeName.${b}`)}
              </option>
            ))}
          </SelectField>
          <Checkbox name="adviceSocialServices" label={t('needs.advice.socialServices')} checked={socialServices} onChange={setSocialServices} />
        </div>
      ) : null}
      <div aria-live="polite" data-testid="procurement-advice">
        {result.error ? <p className="hint">{t('needs.advice.unavailable')}</p> : null}
        {advice ? (
          <>
            {advice.band ? (
              <div className="advice-band" data-band={advice.band.band}>
                <p>
                  <strong>{t(advice.band.labelKey)}</strong>{' '}
                  <span className="hint">({advice.band.ruleId})</span>
                </p>
                <p>
                  {t('needs.advice.total', { amount: formatEuros(advice.totalEurExclVat, lang) })}
                  {!advice.amountsComplete ? ` ${t('needs.advice.amountsIncomplete')}` : ''}
                </p>
                {advice.band.buyerProfileRequired ? <p>{t('needs.advice.buyerProfileRequired')}</p> : null}
                {advice.band.noteKeys.map((key) => (
                  <p key={key} className="hint">
                    {t(key)}
                  </p>
                ))}
              </div>
            ) : advice.totalEurExclVat > 0 ? (
              <p>{t('needs.advice.total', { amount: formatEuros(advice.totalEurExclVat, lang) })}</p>
            ) : null}
            {advice.advice.length > 0 ? (
              <ul className="plain-list advice-list">
                {advice.advice.map((item, i) => (
                  <li key={`${item.code}-${i}`} data-code={item.code} className="notice notice--warning">
                    <p>
                      {t(item.labelKey, {
                        lot: (item.lotIndex ?? 0) + 1,
                        band: item.band ? t(`needs.procedureBand.${item.band}`) : '',
                        largestLotBand: item.largestLotBand ? t(`needs.procedureBand.${item.largestLotBand}`) : '',
                      })}{' '}
                      <span className="hint">({item.ruleId})</span>
                    </p>
                    {item.suggestedLots.length > 0 ? (
                      <ul>
                        {item.suggestedLots.map((slugs, j) => (
                          <li key={j}>{t('needs.advice.suggestedLot', { n: j + 1, groups: groupNameOfSectors(slugs, groups, lang) || slugs.join(', ') })}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">{t('needs.advice.noSplit')}</p>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
