import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { PlacePicker } from '../../suppliers/components/PlacePicker';
import { SECTORS_QUERY } from '../../suppliers/graphql/suppliers';
import { FacetGroup } from '../../search/components/FacetGroup';
import { Pagination } from '../../search/components/Pagination';
import { departementName, facetCount, facetOptions, facetValueLabel, type LabelContext } from '../../search/labels';
import { REGION_NAMES } from '../../search/places';
import { toggle } from '../../search/search-params';
import { reservationOption } from '../../needs/labels';
import { NEED_KINDS, type NeedKind } from '../../needs/types';
import type { ReservationType } from '../../suppliers/types';
import { SEARCH_NEEDS_QUERY } from '../graphql/needs-search';
import {
  NEED_RESERVATIONS,
  NEED_SORTS,
  activeNeedFilterCount,
  parseNeedSearchParams,
  toNeedSearchParams,
  toNeedSearchVariables,
  withoutNeedFilters,
  type NeedSearchState,
  type NeedSort,
} from '../need-search-params';
import { NeedHitCard } from '../components/NeedHitCard';
import { CreateNeedAlert } from '../components/CreateNeedAlert';
import type { NeedSearchResult } from '../types';
import '../needs-search.css';

const PER_PAGE = 20;
const DEBOUNCE_MS = 300;

/** /appels: the published public needs, for suppliers looking for opportunities; readable by anyone. */
export default function NeedsSearchPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [params, setParams] = useSearchParams();
  const urlState = useMemo(() => parseNeedSearchParams(params), [params]);
  // The router applies URL changes in a transition: the controls show the requested state at once
  // (a ticked box stays ticked) until the URL catches up.
  const [pending, setPending] = useState<NeedSearchState | null>(null);
  useEffect(() => setPending(null), [params]);
  const state = pending ?? urlState;
  const stateRef = useRef(state);
  stateRef.current = state;
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  function update(next: NeedSearchState, replace = false) {
    const search = toNeedSearchParams(next);
    const normal = parseNeedSearchParams(search); // exactly what the URL will say
    stateRef.current = normal;
    setPending(normal);
    setParams(search, { replace });
  }
  /** A filter changed: back to page 1. */
  const refine = (patch: Partial<NeedSearchState>) => update({ ...state, ...patch, page: 1 });

  // --- Free text, debounced into the URL (replace: typing is not a history entry per letter) ----
  const [text, setText] = useState(state.q);
  const committedText = useRef(state.q);
  useEffect(() => {
    // Back/forward (or a link) changed the words: show them.
    if (state.q !== committedText.current) {
      committedText.current = state.q;
      setText(state.q);
    }
  }, [state.q]);
  function commitText() {
    if (text.trim() === committedText.current) return;
    committedText.current = text.trim();
    update({ ...stateRef.current, q: text, page: 1 }, true);
  }
  useEffect(() => {
    if (text.trim() === committedText.current) return undefined;
    const timer = setTimeout(commitText, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // --- Results: the previous ones stay on screen while the next ones load ----------------------
  const variables = useMemo(() => toNeedSearchVariables(urlState, PER_PAGE), [urlState]);
  const [result] = useQuery({ query: SEARCH_NEEDS_QUERY, variables });
  const [shown, setShown] = useState<NeedSearchResult | null>(null);
  useEffect(() => {
    if (result.data) setShown(result.data.searchNeeds);
  }, [result.data]);
  const data = result.data?.searchNeeds ?? shown;
  const [sectorsResult] = useQuery({ query: SECTORS_QUERY });
  const labelCtx: LabelContext = { lang, t, sectors: sectorsResult.data?.sectors ?? [] };
  const facets = data?.facets ?? [];
  const error = result.error && !data ? toAppError(result.error) : null;
  const filterCount = activeNeedFilterCount(state);
  // "Closed" badges compare with the time of the results, not of each render.
  const now = useMemo(() => Date.now(), [data]);

  const kindOptions = NEED_KINDS.map((k) => ({ value: k, count: facetCount(facets, 'kind', k) }));
  const reservationOptions = NEED_RESERVATIONS.map((r) => ({ value: r, count: facetCount(facets, 'reservations', r) }));
  const consortiaChoices = [
    { id: 'any', value: null, label: t('needsSearch.filters.consortiaAny'), count: null },
    { id: 'yes', value: true, label: t('needsSearch.filters.consortiaYes'), count: facetCount(facets, 'consortiaAllowed', 'true') },
    { id: 'no', value: false, label: t('needsSearch.filters.consortiaNo'), count: facetCount(facets, 'consortiaAllowed', 'false') },
  ] as const;

  function goToPage(page: number) {
    update({ ...state, page });
    resultsHeading.current?.focus();
  }

  return (
    <Page title={t('needsSearch.title')} lead={t('needsSearch.lead')}>
      <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="needs-q">{t('needsSearch.queryLabel')}</label>
        <input
          id="needs-q"
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          placeholder={t('needsSearch.queryPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitText();
          }}
        />
      </form>

      <div className="search-layout">
        <aside className="search-filters" aria-labelledby="needs-filters-title">
          <h2 id="needs-filters-title">{t('search.filters.title')}</h2>

          <FacetGroup
            id="needs-facet-kind"
            legend={t('needsSearch.filters.kinds')}
            options={kindOptions}
            selected={state.kinds}
            label={(k) => t(`needs.kind.${k}`)}
            onToggle={(value, on) => refine({ kinds: toggle(state.kinds, value, on) as NeedKind[] })}
          />

          <fieldset className="facet" data-facet="needs-reservation">
            <legend>{t('needsSearch.filters.reservations')}</legend>
            <div className="choice">
              <input
                id="needs-reserved-only"
                type="checkbox"
                checked={state.reservedOnly}
                onChange={(event) => refine({ reservedOnly: event.target.checked })}
              />
              <label htmlFor="needs-reserved-only">
                {t('needsSearch.filters.reservedOnly')}{' '}
                <span className="facet-count">{t('search.facetCount', { count: facetCount(facets, 'reserved', 'true') })}</span>
              </label>
            </div>
            <ul className="plain-list facet-list">
              {reservationOptions.map((o) => {
                const id = `needs-reservation-${o.value}`;
                return (
                  <li key={o.value} className="choice">
                    <input
                      id={id}
                      type="checkbox"
                      checked={state.reservations.includes(o.value)}
                      onChange={(event) =>
                        refine({ reservations: toggle(state.reservations, o.value, event.target.checked) as ReservationType[] })
                      }
                    />
                    <label htmlFor={id}>
                      {reservationOption(o.value, t)} <span className="facet-count">{t('search.facetCount', { count: o.count })}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>

          <FacetGroup
            id="needs-facet-sector-group"
            legend={t('search.filters.sectorGroups')}
            options={facetOptions(facets, 'sectorGroupSlugs', state.sectorGroups)}
            selected={state.sectorGroups}
            label={(v) => facetValueLabel('sectorGroupSlugs', v, labelCtx)}
            onToggle={(value, on) => refine({ sectorGroups: toggle(state.sectorGroups, value, on) })}
          />
          <FacetGroup
            id="needs-facet-sector"
            legend={t('needsSearch.filters.sectors')}
            options={facetOptions(facets, 'sectorSlugs', state.sectors)}
            selected={state.sectors}
            label={(v) => facetValueLabel('sectorSlugs', v, labelCtx)}
            onToggle={(value, on) => refine({ sectors: toggle(state.sectors, value, on) })}
          />

          <fieldset className="facet" data-facet="needs-place">
            <legend>{t('needsSearch.filters.place')}</legend>
            <PlacePicker
              id="needs-place"
              label={t('needsSearch.filters.addPlace')}
              hint={t('needsSearch.filters.placeHint')}
              kinds={['DEPARTEMENT', 'REGION']}
              clearOnSelect
              onSelect={(p) =>
                p.kind === 'REGION'
                  ? refine({ regions: toggle(state.regions, p.code, true) })
                  : refine({ departements: toggle(state.departements, p.code, true) })
              }
            />
          </fieldset>
          <FacetGroup
            id="needs-facet-region"
            legend={t('needsSearch.filters.regions')}
            options={facetOptions(facets, 'regionCodes', state.regions)}
            selected={state.regions}
            label={(v) => REGION_NAMES[v] ?? v}
            onToggle={(value, on) => refine({ regions: toggle(state.regions, value, on) })}
          />
          <FacetGroup
            id="needs-facet-dep"
            legend={t('search.filters.departements')}
            options={facetOptions(facets, 'departementCodes', state.departements)}
            selected={state.departements}
            label={departementName}
            onToggle={(value, on) => refine({ departements: toggle(state.departements, value, on) })}
          />

          <fieldset className="facet" data-facet="needs-consortia">
            <legend>{t('needsSearch.filters.consortia')}</legend>
            <ul className="plain-list facet-list">
              {consortiaChoices.map((c) => (
                <li key={c.id} className="choice">
                  <input
                    id={`needs-consortia-${c.id}`}
                    type="radio"
                    name="needs-consortia"
                    checked={state.consortiaAllowed === c.value}
                    onChange={() => refine({ consortiaAllowed: c.value })}
                  />
                  <label htmlFor={`needs-consortia-${c.id}`}>
                    {c.label} {c.count !== null ? <span className="facet-count">{t('search.facetCount', { count: c.count })}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>

          <fieldset className="facet" data-facet="needs-deadline">
            <legend>{t('needsSearch.filters.deadline')}</legend>
            <div className="field">
              <label htmlFor="needs-deadline-after">{t('needsSearch.filters.deadlineAfter')}</label>
              <input
                id="needs-deadline-after"
                type="date"
                value={state.deadlineAfter ?? ''}
                onChange={(event) => refine({ deadlineAfter: event.target.value || null })}
              />
            </div>
            {state.deadlineAfter ? (
              <button type="button" className="link-button" onClick={() => refine({ deadlineAfter: null })}>
                {t('needsSearch.filters.anyDeadline')}
              </button>
            ) : null}
          </fieldset>

          {filterCount > 0 ? (
            <button type="button" className="button button--small" onClick={() => update(withoutNeedFilters(state))}>
              {t('search.filters.clear', { count: filterCount })}
            </button>
          ) : null}
        </aside>

        <section className="search-results" aria-labelledby="needs-results-title" aria-busy={result.fetching || undefined}>
          <div className="search-toolbar">
            <h2 id="needs-results-title" ref={resultsHeading} tabIndex={-1}>
              {t('search.results')}
              {data && data.totalPages > 1 ? (
                <span className="hint"> · {t('search.pageOf', { page: data.page, total: data.totalPages })}</span>
              ) : null}
            </h2>
            <p role="status" aria-live="polite" className="search-count" data-testid="needs-search-count">
              {data
                ? t('needsSearch.count', { count: data.total, formatted: data.total.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR') })
                : ''}
              {result.fetching && data ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
            </p>
            <div className="field field--inline">
              <label htmlFor="needs-sort">{t('search.sort.label')}</label>
              <select id="needs-sort" value={state.sort} onChange={(event) => refine({ sort: event.target.value as NeedSort })}>
                {NEED_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`needsSearch.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <CreateNeedAlert state={state} />

          {error ? <QueryError error={error} /> : null}
          {!data && !error ? <Loading /> : null}

          {data && data.total === 0 ? (
            <div className="notice notice--info empty-state" data-testid="needs-search-empty">
              <p className="notice-title">{t('needsSearch.empty.title')}</p>
              <p>{t('needsSearch.empty.widen')}</p>
              <ul className="plain-list inline-row">
                {filterCount > 0 ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => update(withoutNeedFilters(state))}>
                      {t('search.filters.clear', { count: filterCount })}
                    </button>
                  </li>
                ) : null}
                {state.q ? (
                  <li>
                    <button type="button" className="button button--small" onClick={() => refine({ q: '' })}>
                      {t('search.empty.clearText', { q: state.q })}
                    </button>
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}

          {data && data.hits.length > 0 ? (
            <ol className="plain-list result-list" start={(data.page - 1) * data.perPage + 1}>
              {data.hits.map((hit) => (
                <NeedHitCard key={hit.id} hit={hit} now={now} />
              ))}
            </ol>
          ) : null}
          {data ? <Pagination page={data.page} totalPages={data.totalPages} onPage={goToPage} /> : null}
        </section>
      </div>
    </Page>
  );
}
