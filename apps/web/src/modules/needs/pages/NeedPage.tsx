import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { SECTORS_QUERY } from '../../suppliers/graphql/suppliers';
import { formatDate, formatNumber, priceBand } from '../../suppliers/format';
import { Pagination } from '../../search/components/Pagination';
import { MY_MATCHED_NEEDS_QUERY, NEED_MATCHES_QUERY, NEED_QUERY, NEED_VERSIONS_QUERY } from '../graphql/needs';
import { formatBytes, formatDateTime, placeWithRadius, reservationBadge, sectorNames } from '../labels';
import type { MatchedNeed, Need, NeedLot } from '../types';
import { StatusBadge } from '../components/common';
import { NeedActions } from '../components/NeedActions';
import { NeedFunnelSummary, StageBadge } from '../components/Funnel';
import { MatchReasons, SupplierAnswer } from '../components/MatchReasons';
import { LotActions } from '../../responses/components/LotActions';
import '../needs.css';

const MATCHES_PER_PAGE = 20;
/** The supplier's own match is looked up among its most recent ones. */
const OWN_MATCH_LOOKUP = { page: 1, perPage: 100 };

/** /besoins/:id: a need as whoever may read it sees it, plus the buyer's or the supplier's tools. */
export default function NeedPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const [result, reexecute] = useQuery({ query: NEED_QUERY, variables: { id }, requestPolicy: 'cache-and-network' });
  const [current, setCurrent] = useState<Need | null>(null);
  const fetched = result.data?.need ?? null;
  useEffect(() => setCurrent(fetched), [fetched]);
  const need = current ?? fetched;
  const error = toAppError(result.error);
  const activeOrg = me?.activeOrganization;
  const isSupplier = activeOrg?.type === 'SUPPLIER' && !!need && !need.isMine;

  return (
    <Page title={need ? need.title : t('needs.page.title')}>
      {result.fetching && !need ? <Loading /> : null}
      {error && !need ? <QueryError error={error} /> : null}
      {need ? (
        <>
          <NeedHeader need={need} />
          {need.isMine ? (
            <section className="section" aria-labelledby="need-manage">
              <h2 id="need-manage" className="visually-hidden">
                {t('needs.page.manage')}
              </h2>
              <NeedActions
                need={need}
                onChanged={(updated) => {
                  setCurrent(updated);
                  reexecute({ requestPolicy: 'network-only' });
                }}
              />
            </section>
          ) : null}
          {isSupplier ? <SupplierPanel need={need} /> : null}
          <NeedContent need={need} viewer={need.isMine ? 'buyer' : isSupplier ? 'supplier' : null} />
          {need.isMine && need.status !== 'DRAFT' ? <BuyerFollowUp need={need} /> : null}
        </>
      ) : null}
    </Page>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NeedHeader({ need }: { need: Need }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <section className="section need-header" aria-labelledby="need-summary">
      <h2 id="need-summary" className="visually-hidden">
        {t('needs.page.summary')}
      </h2>
      <p className="need-meta">
        <StatusBadge status={need.status} /> <span className="badge badge--neutral">{t(`needs.kind.${need.kind}`)}</span>
        {need.visibility === 'INVITED' ? <span className="badge badge--neutral">{t('needs.visibility.INVITED')}</span> : null}
      </p>
      {need.status === 'CANCELLED' && need.statusReason ? (
        <p className="notice notice--warning">{t('needs.page.cancelledBecause', { reason: need.statusReason })}</p>
      ) : null}
      {need.status === 'DRAFT' && need.statusReason ? <p className="notice notice--warning">{t('needs.page.sentBack', { reason: need.statusReason })}</p> : null}
      <dl className="details">
        <Detail term={t('needs.page.buyer')}>{need.buyer.name}</Detail>
        <Detail term={t('needs.field.deadline')}>{formatDateTime(need.deadlineAt, lang)}</Detail>
        <Detail term={t('needs.field.startDate')}>{need.startDate ? formatDate(need.startDate, lang) : null}</Detail>
        <Detail term={t('needs.field.durationMonths')}>{need.durationMonths ? t('needs.months', { count: need.durationMonths }) : null}</Detail>
        <Detail term={t('needs.field.conditions')}>
          {need.consortiaAllowed ? t('needs.conditions.consortiaYes') : t('needs.conditions.consortiaNo')}
          {need.verifiedOnly ? ` · ${t('needs.conditions.verifiedOnly')}` : ''}
        </Detail>
        <Detail term={t('needs.page.published')}>{need.publishedAt ? formatDateTime(need.publishedAt, lang) : null}</Detail>
        <Detail term={t('needs.page.version')}>{need.version > 1 ? String(need.version) : null}</Detail>
      </dl>
    </section>
  );
}

function NeedContent({ need, viewer }: { need: Need; viewer: 'supplier' | 'buyer' | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [sectors] = useQuery({ query: SECTORS_QUERY });
  const groups = sectors.data?.sectors ?? [];
  const lots = [...need.lots].sort((a, b) => a.position - b.position);
  return (
    <>
      {need.descriptionHtml ? (
        <section className="section" aria-labelledby="need-description">
          <h2 id="need-description">{t('needs.field.description')}</h2>
          {/* Sanitised by the server on save (allowed tags only, safe links). */}
          <div className="rich-text" data-testid="need-description" dangerouslySetInnerHTML={{ __html: need.descriptionHtml }} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="need-lots">
        <h2 id="need-lots">{t('needs.page.lots', { count: lots.length })}</h2>
        <ol className="plain-list lot-list" data-testid="need-lots">
          {lots.map((lot) => (
            <LotView
              key={lot.id}
              lot={lot}
              sectorText={sectorNames(lot.sectorSlugs, groups, lang).join(', ')}
              actions={<LotActions need={need} lot={lot} viewer={viewer} />}
            />
          ))}
        </ol>
      </section>
      {need.questions.length > 0 ? (
        <section className="section" aria-labelledby="need-questions">
          <h2 id="need-questions">{t('needs.field.questions')}</h2>
          <ol>
            {need.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {need.attachments.length > 0 ? (
        <section className="section" aria-labelledby="need-attachments">
          <h2 id="need-attachments">{t('needs.field.attachments')}</h2>
          <ul className="plain-list link-list" data-testid="need-attachment-links">
            {need.attachments.map((a) => (
              <li key={a.id}>
                {/* Relative to the API, which the web origin proxies (see vite.config.ts). */}
                <a href={a.url} download={a.name}>
                  {a.name}
                </a>{' '}
                <span className="hint">
                  ({formatBytes(a.sizeBytes, lang)}, {a.mimeType === 'application/pdf' ? 'PDF' : a.mimeType.replace('image/', '').toUpperCase()})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function LotView({ lot, sectorText, actions }: { lot: NeedLot; sectorText: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const badge = reservationBadge(lot.reservation, t);
  const amount = priceBand(lot.amountMinEur, lot.amountMaxEur, t, lang);
  return (
    <li className="card lot-summary" data-lot-id={lot.id} data-reservation={lot.reservation}>
      <h3>{t('needs.lot.headingTitle', { n: lot.position + 1, title: lot.title })}</h3>
      {badge ? (
        <p>
          <span className="pill pill--ok" data-testid="reservation-badge">
            {badge}
          </span>
        </p>
      ) : null}
      <dl className="details">
        <Detail term={t('needs.lot.place')}>{placeWithRadius(lot.place, lot.radiusKm, t)}</Detail>
        <Detail term={t('needs.lot.sectors')}>{sectorText}</Detail>
        <Detail term={t('needs.lot.cpvCodes')}>{lot.cpvCodes.join(', ')}</Detail>
        <Detail term={t('needs.lot.serviceTypes')}>{lot.serviceTypes.map((s) => t(`activities.serviceType.${s}`)).join(', ')}</Detail>
        <Detail term={t('needs.lot.quantity')}>{lot.quantity != null ? `${formatNumber(lot.quantity, lang)} ${lot.unit ?? ''}`.trim() : null}</Detail>
        <Detail term={t('needs.lot.amount')}>{amount}</Detail>
        <Detail term={t('needs.lot.socialClause')}>
          {lot.socialClauseHours ? t('needs.lot.socialClauseText', { count: lot.socialClauseHours }) : null}
        </Detail>
      </dl>
      {lot.description ? <p className="prewrap">{lot.description}</p> : null}
      {actions}
    </li>
  );
}

/** The buyer's follow-up: funnel, matched suppliers with why, and the versions of the need. */
function BuyerFollowUp({ need }: { need: Need }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [page, setPage] = useState(1);
  const [matches] = useQuery({ query: NEED_MATCHES_QUERY, variables: { needId: need.id, page, perPage: MATCHES_PER_PAGE } });
  const [versions] = useQuery({ query: NEED_VERSIONS_QUERY, variables: { needId: need.id }, pause: need.version <= 1 });
  const data = matches.data?.needMatches;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.perPage)) : 1;
  const matchError = toAppError(matches.error);

  return (
    <>
      <section className="section" aria-labelledby="need-followup">
        <h2 id="need-followup">{t('needs.funnel.title')}</h2>
        <NeedFunnelSummary needId={need.id} title={t('needs.funnel.caption')} />
      </section>
      <section className="section" aria-labelledby="need-matches">
        <h2 id="need-matches">{t('needs.matches.title', { count: data?.total ?? 0 })}</h2>
        {matchError ? <QueryError error={matchError} /> : null}
        {matches.fetching && !data ? <Loading /> : null}
        {data && data.items.length === 0 ? <p>{t('needs.matches.none')}</p> : null}
        {data && data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table" data-testid="need-matches">
              <caption className="visually-hidden">{t('needs.matches.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('needs.matches.supplier')}</th>
                  <th scope="col">{t('needs.matches.why')}</th>
                  <th scope="col">{t('needs.matches.stage')}</th>
                  <th scope="col">{t('needs.matches.matchedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((m) => (
                  <tr key={m.supplierId} data-supplier-id={m.supplierId}>
                    <th scope="row">
                      <Link to={`/fournisseurs/${m.supplierId}`}>{m.supplierName}</Link>
                    </th>
                    <td>
                      <MatchReasons lots={m.lots} compact />
                    </td>
                    <td>
                      <StageBadge state={m.state} />
                      {m.state.declineReason ? <p className="hint">{t('needs.matches.declineReason', { reason: m.state.declineReason })}</p> : null}
                    </td>
                    <td className="nowrap">{formatDate(m.state.matchedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Pagination page={page} totalPages={totalPages} onPage={setPage} />
      </section>
      {need.version > 1 ? (
        <section className="section" aria-labelledby="need-versions">
          <h2 id="need-versions">{t('needs.versions.title')}</h2>
          {versions.data ? (
            <ol className="plain-list" data-testid="need-versions">
              {versions.data.needVersions.map((v) => (
                <li key={v.version}>
                  {t('needs.versions.item', { version: v.version, date: formatDateTime(v.createdAt, lang) })}{' '}
                  <span className="hint">{t('needs.versions.changed', { fields: v.changedFields.join(', ') })}</span>
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** A supplier reading a need: its match (why, where it stands) and its answer. */
function SupplierPanel({ need }: { need: Need }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: MY_MATCHED_NEEDS_QUERY, variables: OWN_MATCH_LOOKUP, requestPolicy: 'cache-and-network' });
  const [answered, setAnswered] = useState<MatchedNeed | null>(null);
  const found = result.data?.myMatchedNeeds.items.find((m) => m.needId === need.id) ?? null;
  const match = answered ?? found;
  if (result.fetching && !result.data) return null;
  if (match) return <SupplierAnswer match={match} open={need.status === 'PUBLISHED'} onAnswered={setAnswered} />;
  // Only invited suppliers read an INVITED need: they may answer before the matching has run.
  if (need.visibility === 'INVITED') return <SupplierAnswer match={invitation(need)} open={need.status === 'PUBLISHED'} onAnswered={setAnswered} />;
  return <p className="notice notice--info">{t('needs.answer.notMatched')}</p>;
}

function invitation(need: Need): MatchedNeed {
  return {
    needId: need.id,
    title: need.title,
    status: need.status,
    deadlineAt: need.deadlineAt,
    buyerId: need.buyer.id,
    buyerName: need.buyer.name,
    lots: [],
    state: {
      matchedAt: need.publishedAt ?? need.createdAt,
      notifiedAt: null,
      emailedAt: null,
      viewedAt: null,
      interest: null,
      interestAt: null,
      declineReason: null,
      respondedAt: null,
    },
  };
}
