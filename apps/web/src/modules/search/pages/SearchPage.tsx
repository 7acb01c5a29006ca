import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { PlacePicker } from '../../suppliers/components/PlacePicker';
import { SECTORS_QUERY } from '../../suppliers/graphql/suppliers';
import { placeLabel } from '../../suppliers/format';
import { SEARCH_OFFERS_QUERY, SEARCH_SUPPLIERS_QUERY } from '../graphql/search';
import {
  DEFAULT_RADIUS_KM,
  MODES,
  RADII_KM,
  SORTS_BY_MODE,
  activeFilterCount,
  hasPlace,
  parseSearchParams,
  toOfferVariables,
  toSearchParams,
  toVariables,
  toggle,
  widerRadius,
  withMode,
  withoutFilters,
  withoutPlace,
  type SearchMode,
  type SearchSort,
  type SearchState,
} from '../search-params';
import { facetCount, facetOptions, facetValueLabel, type LabelContext } from '../labels';
import { downloadCsv, EXPORT_MAX_PAGES, EXPORT_PER_PAGE, fetchForExport, supplierCsv } from '../export';
import { FacetGroup } from '../components/FacetGroup';
import { Pagination } from '../components/Pagination';
import { OfferCard } from '../components/OfferCard';
import { ResultCard } from '../components/ResultCard';
import type { OfferSearchResult, SupplierSearchResult } from '../types';

const PER_PAGE = 20;
const DEBOUNCE_MS = 250;
const EXPORT_LIMIT = EXPORT_PER_PAGE * EXPORT_MAX_PAGES;
const RESERVATIONS = ['RES_HANDICAP', 'RES_INSERTION', 'RES_HANDICAP_OR_INSERTION', 'RES_PENITENTIARY', 'RES_ESS_SERVICES'];

type GeoMessage = 'search.geo.denied' | 'search.geo.unavailable' | 'search.geo.unsupported';
/** Results tagged with what was searched, so a mode switch never shows suppliers as offers. */
type Results = { mode: 'suppliers'; data: SupplierSearchResult } | { mode: 'offers'; data: OfferSearchResult };

export default function SearchPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const client = useClient();
  const { me } = useSession();
  const canFavourite = me?.activeOrganization?.type === 'BUYER';
  const [params, setParams] = useSearchParams();
  const urlState = useMemo(() => parseSearchParams(params), [params]);
  // The router applies URL changes in a transition: the controls show the requested state at once
  // (a ticked box stays ticked) until the URL catches up.
  const [pending, setPending] = useState<SearchState | null>(null);
  useEffect(() => setPending(null), [params]);
  const state = pending ?? urlState;
  const stateRef = useRef(state);
  stateRef.current = state;
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  function update(next: SearchState, replace = false) {
    const search = toSearchParams(next);
    const normal = parseSearchParams(search); // exactly what the URL will say
    stateRef.current = normal;
    setPending(normal);
    setParams(search, { replace });
  }

  // --- Free text, debounced into the URL (replace: typing is not a history entry per letter) ----
  const [text, setText] = useState(state.q);
  const committedText = useRef(state.q);
  useEffect(() => {
    // Back/forward (or a link) changed the text: show it.
    if (state.q !== committedText.current) {
      committedText.current = state.q;
      setText(state.q);
    }
  }, [state.q]);
  useEffect(() => {
    if (text.trim() === committedText.current) return undefined;
    const timer = setTimeout(() => {
      committedText.current = text.trim();
      update({ ...stateRef.current, q: text, page: 1 }, true);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // --- Results: the previous ones stay on screen while the next ones load ----------------------
  const offersMode = urlState.mode === 'offers';
  const variables = useMemo(() => toVariables(urlState, PER_PAGE), [urlState]);
  const offerVariables = useMemo(() => toOfferVariables(urlState, PER_PAGE), [urlState]);
  const [supplierResult] = useQuery({ query: SEARCH_SUPPLIERS_QUERY, variables, pause: offersMode });
  const [offerResult] = useQuery({ query: SEARCH_OFFERS_QUERY, variables: offerVariables, pause: !offersMode });
  const result = offersMode ? offerResult : supplierResult;
  const current: Results | null = useMemo(() => {
    if (offersMode) return offerResult.data ? { mode: 'offers', data: offerResult.data.searchOffers } : null;
    return supplierResult.data ? { mode: 'suppliers', data: supplierResult.data.searchSuppliers } : null;
  }, [offersMode, offerResult.data, supplierResult.data]);
  const [shown, setShown] = useState<Results | null>(null);
  useEffect(() => {
    if (current) setShown(current);
  }, [current]);
  const results = current ?? (shown?.mode === urlState.mode ? shown : null);
  const data = results?.data ?? null;
  const [sectorsResult] = useQuery({ query: SECTORS_QUERY });
  const labelCtx: LabelContext = { lang, t, sectors: sectorsResult.data?.sectors ?? [] };
  const facets = data?.facets ?? [];
  const label = (facet: string) => (value: string) => facetValueLabel(facet, value, labelCtx);

  // --- Around a place or around me ------------------------------------------------------------
  const [locating, setLocating] = useState(false);
  const [geoMessage, setGeoMessage] = useState<GeoMessage | null>(null);
  function aroundMe() {
    setGeoMessage(null);
    if (!('geolocation' in navigator)) return setGeoMessage('search.geo.unsupported');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const current = stateRef.current;
        update({
          ...withoutPlace(current),
          // ~100 m is plenty for a radius search and keeps the URL (and the history) less precise.
          latitude: Math.round(position.coords.latitude * 1000) / 1000,
          longitude: Math.round(position.coords.longitude * 1000) / 1000,
          radiusKm: current.radiusKm ?? DEFAULT_RADIUS_KM,
          sort: current.sort,
        });
      },
      (error) => {
        setLocating(false);
        setGeoMessage(error.code === error.PERMISSION_DENIED ? 'search.geo.denied' : 'search.geo.unavailable');
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  // --- Favourites: one "Ajouter aux favoris" form open at a time ------------------------------
  const [favouriteFor, setFavouriteFor] = useState<string | null>(null);

  // --- CSV export ------------------------------------------------------------------------------
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  async function exportCsv() {
    setExporting(true);
    setExportMessage(null);
    try {
      const { hits, total } = await fetchForExport(client, stateRef.current);
      downloadCsv(supplierCsv(hits, t, lang, window.location.origin), t('search.export.filePrefix'));
      setExportMessage({
        kind: 'success',
        text: hits.length < total ? t('search.export.truncated', { count: hits.length, total, limit: EXPORT_LIMIT }) : t('search.export.done', { count: hits.length }),
      });
    } catch {
      setExportMessage({ kind: 'error', text: t('search.export.failed') });
    } finally {
      setExporting(false);
    }
  }

  function goToPage(page: number) {
    update({ ...state, page });
    resultsHeading.current?.focus();
  }

  const place = hasPlace(state);
  const filterCount = activeFilterCount(state);
  const wider = place ? widerRadius(state.radiusKm) : null;
  const error = result.error && !data ? toAppError(result.error) : null;
  const radii: number[] = [...RADII_KM];
  if (state.radiusKm !== null && !radii.includes(state.radiusKm)) radii.push(state.radiusKm);
  radii.sort((a, b) => a - b);
  const eligibleCounts = RESERVATIONS.map((r) => ({ value: r, count: facetCount(facets, 'eligibleFor', r) }));

  return (
    <Page title={t('search.title')} lead={t('search.lead')}>
      <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="facet" data-facet="mode">
          <legend>{t('search.mode.legend')}</legend>
          <div className="inline-row">
            {MODES.map((mode: SearchMode) => (
              <div key={mode} className="choice">
                <input id={`search-mode-${mode}`} type="radio" name="mode" checked={state.mode === mode} onChange={() => update(withMode(state, mode))} />
                <label htmlFor={`search-mode-${mode}`}>{t(`search.mode.${mode}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <label htmlFor="search-q">{t('search.queryLabel')}</label>
        <input
          id="search-q"
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          placeholder={t('search.queryPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && text.trim() !== committedText.current) {
              committedText.current = text.trim();
              update({ ...stateRef.current, q: text, page: 1 }, true);
            }
          }}
        />
      </form>

      <div className="search-layout">
        <aside className="search-filters" aria-labelledby="search-filters-title">
          <h2 id="search-filters-title">{t('search.filters.title')}</h2>

          <fieldset className="facet" data-facet="geo">
            <legend>{t('search.geo.legend')}</legend>
            <PlacePicker
              id="search-place"
              label={t('search.geo.place')}
              hint={t('search.geo.placeHint')}
              kinds={['COMMUNE', 'DEPARTEMENT']}
              initialText={state.placeName ?? ''}
              onSelect={(p) => {
                setGeoMessage(null);
                update({
                  ...withoutPlace(state),
                  placeCode: p.code,
                  placeName: placeLabel(p),
                  radiusKm: state.radiusKm ?? DEFAULT_RADIUS_KM,
                  sort: state.sort,
                });
              }}
            />
            <div className="inline-row">
              <button type="button" className="button button--small" onClick={aroundMe} disabled={locating} aria-busy={locating || undefined}>
                {locating ? t('search.geo.locating') : t('search.geo.aroundMe')}
              </button>
              {place ? (
                <button type="button" className="button button--small button--ghost" onClick={() => update(withoutPlace(state))}>
                  {t('search.geo.clear')}
                </button>
              ) : null}
            </div>
            <div role="status" aria-live="polite">
              {geoMessage ? <p className="notice notice--warning">{t(geoMessage)}</p> : null}
              {state.latitude !== null && !state.placeCode ? <p className="hint">{t('search.geo.aroundPosition')}</p> : null}
            </div>
            {place ? (
              <div className="field">
                <label htmlFor="search-radius">{t('search.geo.radius')}</label>
                <select
                  id="search-radius"
                  value={state.radiusKm ?? DEFAULT_RADIUS_KM}
                  onChange={(event) => update({ ...state, radiusKm: Number(event.target.value), page: 1 })}
                >
                  {radii.map((r) => (
                    <option key={r} value={r}>
                      {t('search.geo.km', { km: r })}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </fieldset>

          <fieldset className="facet" data-facet="eligibleFor">
            <legend>{t('search.filters.eligibility')}</legend>
            <ul className="plain-list facet-list">
              <li className="choice">
                <input
                  id="elig-any"
                  type="radio"
                  name="eligibleFor"
                  checked={state.eligibleFor === null}
                  onChange={() => update({ ...state, eligibleFor: null, includeToConfirm: false, page: 1 })}
                />
                <label htmlFor="elig-any">{t('search.filters.eligibilityAny')}</label>
              </li>
              {eligibleCounts.map((o) => (
                <li key={o.value} className="choice">
                  <input
                    id={`elig-${o.value}`}
                    type="radio"
                    name="eligibleFor"
                    checked={state.eligibleFor === o.value}
                    onChange={() => update({ ...state, eligibleFor: o.value, page: 1 })}
                  />
                  <label htmlFor={`elig-${o.value}`}>
                    {label('eligibleFor')(o.value)} <span className="facet-count">{t('search.facetCount', { count: o.count })}</span>
                  </label>
                </li>
              ))}
            </ul>
            <div className="choice">
              <input
                id="elig-to-confirm"
                type="checkbox"
                checked={state.includeToConfirm}
                disabled={!state.eligibleFor}
                onChange={(event) => update({ ...state, includeToConfirm: event.target.checked, page: 1 })}
              />
              <label htmlFor="elig-to-confirm">{t('search.filters.includeToConfirm')}</label>
            </div>
          </fieldset>

          <FacetGroup
            id="facet-kind"
            legend={t('search.filters.kinds')}
            options={facetOptions(facets, 'kinds', state.kinds)}
            selected={state.kinds}
            label={label('kinds')}
            onToggle={(value, on) => update({ ...state, kinds: toggle(state.kinds, value, on), page: 1 })}
          />
          <FacetGroup
            id="facet-family"
            legend={t('search.filters.families')}
            options={facetOptions(facets, 'kindFamilies', state.families)}
            selected={state.families}
            label={label('kindFamilies')}
            onToggle={(value, on) => update({ ...state, families: toggle(state.families, value, on), page: 1 })}
          />
          <FacetGroup
            id="facet-sector"
            legend={t('search.filters.sectorGroups')}
            options={facetOptions(facets, 'sectorGroupSlugs', state.sectorGroups)}
            selected={state.sectorGroups}
            label={label('sectorGroupSlugs')}
            onToggle={(value, on) => update({ ...state, sectorGroups: toggle(state.sectorGroups, value, on), page: 1 })}
          />
          <FacetGroup
            id="facet-dep"
            legend={t('search.filters.departements')}
            options={facetOptions(facets, 'departementCode', state.departements)}
            selected={state.departements}
            label={label('departementCode')}
            onToggle={(value, on) => update({ ...state, departements: toggle(state.departements, value, on), page: 1 })}
          />
          <fieldset className="facet" data-facet="other">
            <legend>{t('search.filters.other')}</legend>
            <div className="choice">
              <input
                id="filter-verified"
                type="checkbox"
                checked={state.verifiedOnly}
                onChange={(event) => update({ ...state, verifiedOnly: event.target.checked, page: 1 })}
              />
              <label htmlFor="filter-verified">
                {t('search.filters.verifiedOnly')}{' '}
                <span className="facet-count">{t('search.facetCount', { count: facetCount(facets, 'verified', 'true') })}</span>
              </label>
            </div>
            {offersMode ? null : (
              <div className="choice">
                <input
                  id="filter-offers"
                  type="checkbox"
                  checked={state.hasOffers}
                  onChange={(event) => update({ ...state, hasOffers: event.target.checked, page: 1 })}
                />
                <label htmlFor="filter-offers">
                  {t('search.filters.hasOffers')}{' '}
                  <span className="facet-count">{t('search.facetCount', { count: facetCount(facets, 'hasOffers', 'true') })}</span>
                </label>
              </div>
            )}
          </fieldset>
          {filterCount > 0 ? (
            <button type="button" className="button button--small" onClick={() => update(withoutFilters(state))}>
              {t('search.filters.clear', { count: filterCount })}
            </button>
          ) : null}
        </aside>

        <section className="search-results" aria-labelledby="search-results-title" aria-busy={result.fetching || undefined}>
          <div className="search-toolbar">
            <h2 id="search-results-title" ref={resultsHeading} tabIndex={-1}>
              {t('search.results')}
              {data && data.totalPages > 1 ? <span className="hint"> · {t('search.pageOf', { page: data.page, total: data.totalPages })}</span> : null}
            </h2>
            <p role="status" aria-live="polite" className="search-count" data-testid="search-count">
              {data ? t(offersMode ? 'search.countOffers' : 'search.count', { count: data.total, formatted: data.total.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR') }) : ''}
              {result.fetching && data ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
            </p>
            <div className="field field--inline">
              <label htmlFor="search-sort">{t('search.sort.label')}</label>
              <select
                id="search-sort"
                value={state.sort}
                onChange={(event) => update({ ...state, sort: event.target.value as SearchSort, page: 1 })}
              >
                {SORTS_BY_MODE[state.mode].filter((s) => s !== 'DISTANCE' || place).map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            {offersMode ? null : (
              <button type="button" className="button button--small" onClick={() => void exportCsv()} disabled={exporting || !data || data.total === 0} aria-busy={exporting || undefined}>
                {exporting ? t('search.export.running') : t('search.export.button')}
              </button>
            )}
          </div>
          <div role="status" aria-live="polite">
            {exportMessage ? <p className={`notice notice--${exportMessage.kind === 'error' ? 'warning' : 'success'}`}>{exportMessage.text}</p> : null}
          </div>

          {error ? <QueryError error={error} /> : null}
          {!data && !error ? <Loading /> : null}

          {data && data.total === 0 ? (
            <div className="notice notice--info empty-state" data-testid="search-empty">
              <p className="notice-title">{t(offersMode ? 'search.empty.titleOffers' : 'search.empty.title')}</p>
              <p>{t('search.empty.widen')}</p>
              <ul className="plain-list inline-row">
                {filterCount > 0 ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => update(withoutFilters(state))}>
                      {t('search.filters.clear', { count: filterCount })}
                    </button>
                  </li>
                ) : null}
                {wider ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => update({ ...state, radiusKm: wider, page: 1 })}>
                      {t('search.empty.widerRadius', { km: wider })}
                    </button>
                  </li>
                ) : null}
                {place ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => update(withoutPlace(state))}>
                      {t('search.geo.clear')}
                    </button>
                  </li>
                ) : null}
                {state.q ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => update({ ...state, q: '', page: 1 })}>
                      {t('search.empty.clearText', { q: state.q })}
                    </button>
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}

          {results && results.data.hits.length > 0 ? (
            <ol className="plain-list result-list" start={(results.data.page - 1) * results.data.perPage + 1}>
              {results.mode === 'offers'
                ? results.data.hits.map((hit) => <OfferCard key={hit.id} hit={hit} />)
                : results.data.hits.map((hit) => (
                    <ResultCard
                      key={hit.id}
                      hit={hit}
                      canFavourite={canFavourite}
                      favouriteOpen={favouriteFor === hit.id}
                      onToggleFavourite={() => setFavouriteFor(favouriteFor === hit.id ? null : hit.id)}
                    />
                  ))}
            </ol>
          ) : null}
          {data ? <Pagination page={data.page} totalPages={data.totalPages} onPage={goToPage} /> : null}
        </section>
      </div>
    </Page>
  );
}
