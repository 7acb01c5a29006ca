/**
 * Journey (issue 4): supplier search. The e2e stack seeds reference data only, so two suppliers are
 * written through SQL with their outbox event (as the API would) and the worker indexes them:
 * an EI in Lille and an EA in Marseille, both in recycling. A visitor then searches with a typo
 * ("recylage"), filters by kind, searches around Lille with a radius, finds the whole state in the
 * URL, reloads to the same results, walks back, sees the geolocation refusal message, and exports
 * the results to CSV.
 *
 * Texts come from the web app's French catalogue, so copy edits do not break the journey.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import fr from '../../web/src/shared/i18n/locales/fr.json';
import { launchBrowser, newVisitor } from './support/browser';
import { uniqueName } from './support/ids';
import { withFailureScreenshots } from './support/artifacts';
import { fill } from './support/text';
import { sql } from './support/db';


interface SeededSupplier {
  id: string;
  name: string;
}

/** An unclaimed supplier, its site and kind, and the `supplier.changed` outbox event the worker indexes. */
async function seedSupplier(input: {
  name: string;
  description: string;
  city: string;
  postcode: string;
  communeCode: string;
  departementCode: string;
  latitude: number;
  longitude: number;
  kind: string;
}): Promise<SeededSupplier> {
  const id = randomUUID();
  await sql(`INSERT INTO organization (id, name, type) VALUES ($1, $2, 'SUPPLIER')`, [id, input.name]);
  await sql(
    `INSERT INTO supplier_profile (organization_id, description, city, postcode, site_commune_code, departement_code, latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, input.description, input.city, input.postcode, input.communeCode, input.departementCode, input.latitude, input.longitude],
  );
  await sql(`INSERT INTO supplier_kind (organization_id, kind, status) VALUES ($1, $2, 'DECLARED')`, [id, input.kind]);
  await sql(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('supplier.changed', 'supplier', $1, $2::jsonb)`,
    [id, JSON.stringify({ supplierId: id })],
  );
  return { id, name: input.name };
}

/** Asks searchSuppliers (from the page, same origin as the app) until every id is searchable. */
async function waitUntilSearchable(page: Page, query: string, ids: string[]): Promise<void> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const found = await page.evaluate(async (q) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String) { searchSuppliers(query: $q, perPage: 50) { hits { id } } }', variables: { q } }),
      });
      const body = (await res.json()) as { data?: { searchSuppliers: { hits: { id: string }[] } } };
      return body.data?.searchSuppliers.hits.map((h) => h.id) ?? [];
    }, query);
    if (ids.every((id) => found.includes(id))) return;
    if (Date.now() > deadline) throw new Error(`suppliers ${ids.join(', ')} not searchable for "${query}" (found ${found.join(', ')})`);
    await page.waitForTimeout(500);
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('supplier search', () => {
  it('finds with a typo, filters by kind and place, keeps it all in the URL and exports CSV', async () => {
    const lille = await seedSupplier({
      name: uniqueName('Recyclage Solidaire du Nord'),
      description: 'Entreprise d’insertion : collecte et recyclage de DEEE, réemploi de matériel informatique.',
      city: 'Lille',
      postcode: '59000',
      communeCode: '59350',
      departementCode: '59',
      latitude: 50.63,
      longitude: 3.06,
      kind: 'EI',
    });
    const marseille = await seedSupplier({
      name: uniqueName('Atelier Recyclage Provence'),
      description: 'Entreprise adaptée : recyclage de papiers et cartons de bureau.',
      city: 'Marseille',
      postcode: '13001',
      communeCode: '13055',
      departementCode: '13',
      latitude: 43.3,
      longitude: 5.37,
      kind: 'EA',
    });

    await withFailureScreenshots('search', async (register) => {
      const context = await newVisitor(browser);
      const page = register('visitor', await context.newPage());
      await page.goto('/');
      await waitUntilSearchable(page, 'recyclage', [lille.id, marseille.id]);

      // --- From the home page's search box, with a typo -----------------------------------------
      await page.getByRole('searchbox', { name: fr.home.searchLabel }).fill('recylage');
      await page.getByRole('button', { name: fr.home.searchSubmit }).click();
      await page.waitForURL(/\/recherche\?q=recylage/);
      await page.getByRole('heading', { level: 1, name: fr.search.title }).waitFor();
      // Everyone has the header link too.
      await page.getByRole('navigation', { name: fr.nav.main }).getByRole('link', { name: fr.nav.search }).waitFor();
      const results = page.locator('.result-list');
      const card = (s: SeededSupplier) => results.locator(`[data-supplier-id="${s.id}"]`);
      await card(lille).waitFor();
      await card(marseille).waitFor();
      // The matched word is highlighted, the name is a link to the supplier page.
      await card(lille).getByRole('link', { name: lille.name }).waitFor();
      expect(await card(lille).locator('mark').count()).toBeGreaterThan(0);
      expect(await card(lille).locator('[data-kind="EI"]').textContent()).toContain(fr.search.card.declared);

      // --- Filter by kind EI: the EA in Marseille goes ------------------------------------------
      await page.getByRole('group', { name: fr.search.filters.kinds }).getByRole('checkbox', { name: /\(EI\)/ }).check();
      await page.waitForURL(/type=EI/);
      await card(marseille).waitFor({ state: 'detached' });
      await card(lille).waitFor();

      // --- Around Lille, 25 km ------------------------------------------------------------------
      await page.getByRole('combobox', { name: fr.search.geo.place }).fill('Lille');
      await page.getByRole('option', { name: /^Lille \(59000\)/ }).click();
      await page.waitForURL(/lieu=59350/);
      await page.getByLabel(fr.search.geo.radius, { exact: true }).selectOption('25');
      await page.waitForURL(/rayon=25/);
      await card(lille).locator('.result-distance').waitFor();
      expect(await card(lille).locator('.result-distance').textContent()).toMatch(/^à \d+([,.]\d)? km$/);
      // Sorting by distance is offered once there is a place.
      await page.getByLabel(fr.search.sort.label).selectOption('DISTANCE');
      await page.waitForURL(/tri=distance/);

      // --- The URL holds the whole search ------------------------------------------------------
      const url = new URL(page.url());
      expect(url.pathname).toBe('/recherche');
      expect(url.searchParams.get('q')).toBe('recylage');
      expect(url.searchParams.getAll('type')).toEqual(['EI']);
      expect(url.searchParams.get('lieu')).toBe('59350');
      expect(url.searchParams.get('rayon')).toBe('25');
      expect(url.searchParams.get('tri')).toBe('distance');
      const count = page.getByTestId('search-count');
      await card(lille).waitFor();
      const countBefore = (await count.textContent())?.trim();
      const idsBefore = await results.locator('[data-supplier-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-supplier-id')));
      expect(countBefore).toMatch(/^\d+ fournisseurs?$/);

      // --- Reload: same search, same results -----------------------------------------------------
      await page.reload();
      await card(lille).waitFor();
      expect((await count.textContent())?.trim()).toBe(countBefore);
      expect(await results.locator('[data-supplier-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-supplier-id')))).toEqual(idsBefore);
      expect(await page.getByLabel(fr.search.queryLabel).inputValue()).toBe('recylage');
      expect(await page.getByRole('combobox', { name: fr.search.geo.place }).inputValue()).toBe('Lille (59000)');
      expect(await page.getByRole('group', { name: fr.search.filters.kinds }).getByRole('checkbox', { name: /\(EI\)/ }).isChecked()).toBe(true);
      expect(await page.getByLabel(fr.search.geo.radius, { exact: true }).inputValue()).toBe('25');

      // --- Back goes to the previous filters (before the distance sort) --------------------------
      await page.goBack();
      await page.waitForURL((u) => !u.searchParams.has('tri') && u.searchParams.get('rayon') === '25');
      expect(await page.getByLabel(fr.search.sort.label).inputValue()).toBe('RELEVANCE');
      await page.goForward();
      await page.waitForURL(/tri=distance/);

      // --- Export the result set to CSV ---------------------------------------------------------
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.search.export.button }).click()]);
      expect(download.suggestedFilename()).toMatch(/^fournisseurs-essor-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const csv = readFileSync(path, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe(
        [fr.search.csv.name, fr.search.csv.city, fr.search.csv.departement, fr.search.csv.kinds, fr.search.csv.eligibleFor, fr.search.csv.sectors, fr.search.csv.distanceKm, fr.search.csv.link].join(','),
      );
      const lilleLine = lines.find((l) => l.includes(`/fournisseurs/${lille.id}`));
      expect(lilleLine).toBeDefined();
      expect(lilleLine).toContain(lille.name);
      expect(lilleLine).toContain('Lille,Nord (59)');
      expect(csv).not.toContain(marseille.id);
      expect(lines.length - 1).toBe(idsBefore.length);
      const exported = idsBefore.length === 1 ? fr.search.export.done_one : fr.search.export.done_other;
      await page.getByText(fill(exported, { count: String(idsBefore.length) })).waitFor();

      // --- Nothing around Marseille for an EI within 10 km: the empty state suggests widening ----
      await page.getByRole('combobox', { name: fr.search.geo.place }).fill('Marseille');
      await page.getByRole('option', { name: /^Marseille \(/ }).first().click();
      await page.waitForURL((u) => u.searchParams.get('lieu') !== '59350' && u.searchParams.has('lieu'));
      await page.getByLabel(fr.search.geo.radius, { exact: true }).selectOption('10');
      const empty = page.getByTestId('search-empty');
      await empty.waitFor();
      await empty.getByRole('button', { name: fill(fr.search.empty.widerRadius, { km: '25' }) }).waitFor();
      await empty.getByRole('button', { name: fr.search.filters.clear_one }).waitFor();
      await empty.getByRole('button', { name: fr.search.geo.clear }).click();
      await page.waitForURL((u) => !u.searchParams.has('lieu') && !u.searchParams.has('rayon'));
      await card(lille).waitFor();

      // --- "Autour de moi" without permission: a clear message, no crash ------------------------
      await page.getByRole('button', { name: fr.search.geo.aroundMe }).click();
      await page.getByText(fr.search.geo.denied).or(page.getByText(fr.search.geo.unavailable)).first().waitFor();

      await context.close();
    });
  });
});
