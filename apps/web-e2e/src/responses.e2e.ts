/**
 * Journey (issue 6, responses): a buyer (set up through GraphQL) has published a need with one lot
 * and a question. A supplier opens the need page, clicks "Répondre" on the lot and sends its
 * response (price, lead time, answer, message) in the browser; a second supplier responds through
 * GraphQL with a lower price. The buyer opens "Comparer les réponses": both respondents are side by
 * side with their price, lead time and eligibility; sorting by price puts the cheaper first; the
 * buyer shortlists then awards the first supplier, and the decisions show in the table and stay
 * after a reload (the eligible-only filter keeps them).
 *
 * Texts come from the web app's French catalogue, so copy edits do not break the journey.
 */
import type { Browser } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import fr from '../../web/src/shared/i18n/locales/fr.json';
import { launchBrowser, newVisitor } from './support/browser';
import { uniqueEmail, uniqueName } from './support/ids';
import { withFailureScreenshots } from './support/artifacts';
import { escapeRegExp, fill } from './support/text';
import { gql, publishedNeed, verifiedOrganization } from './support/graphql';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

describe('responses: respond to a lot, compare, shortlist and award', () => {
  it('lets a supplier respond and the buyer compare and decide', async () => {
    const needTitle = uniqueName('Collecte des déchets de la mairie');
    const lotTitle = 'Collecte hebdomadaire';
    const supplierName = uniqueName('Atelier Tri Nord');
    const rivalName = uniqueName('Recyclerie Flandres');

    await withFailureScreenshots('responses', async (register) => {
      // --- Prerequisites through GraphQL: the buyer and its published need, two suppliers --------
      const buyerContext = await newVisitor(browser);
      await verifiedOrganization(buyerContext, { email: uniqueEmail('resp-buyer'), displayName: 'Bérénice Acheteuse', type: 'BUYER', name: uniqueName('Mairie de Testville') });
      const { needId, lotId } = await publishedNeed(buyerContext, { title: needTitle, lotTitle, questions: ['Quelle fréquence de collecte proposez-vous ?'] });

      const supplierContext = await newVisitor(browser);
      await verifiedOrganization(supplierContext, { email: uniqueEmail('resp-supplier'), displayName: 'Sami Fournisseur', type: 'SUPPLIER', name: supplierName });
      const rivalContext = await newVisitor(browser);
      await verifiedOrganization(rivalContext, { email: uniqueEmail('resp-rival'), displayName: 'Rita Concurrente', type: 'SUPPLIER', name: rivalName });

      // --- Supplier: from the need page to the response form, in the browser -----------------------
      const supplier = register('supplier', await supplierContext.newPage());
      await supplier.goto(`/besoins/${needId}`);
      await supplier.getByRole('heading', { level: 1, name: needTitle }).waitFor();
      const lot = supplier.locator(`li[data-lot-id="${lotId}"]`);
      await lot.getByRole('link', { name: startsWith(fr.responses.entry.respond) }).click();
      await supplier.waitForURL(`**/besoins/${needId}/lots/${lotId}/repondre`);
      await supplier.getByRole('heading', { level: 1, name: fill(fr.responses.respond.title, { lot: lotTitle }) }).waitFor();
      // Sending nothing: the missing price and lead time are announced.
      await supplier.getByRole('button', { name: fr.responses.form.submit }).click();
      await supplier.getByRole('alert').filter({ hasText: fr.errors.fixFields }).waitFor();
      await supplier.getByLabel(fr.responses.form.price, { exact: true }).fill('12 500');
      await supplier.getByLabel(fr.responses.form.leadTime, { exact: true }).fill('15');
      await supplier.getByLabel(fr.responses.form.message, { exact: true }).fill('Nous pouvons commencer dès le mois prochain.');
      await supplier.getByLabel(fill(fr.responses.form.answerLabel, { n: '1', question: 'Quelle fréquence de collecte proposez-vous ?' })).fill('Deux passages par semaine.');
      await supplier.getByRole('button', { name: fr.responses.form.submit }).click();
      await supplier.getByText(fr.responses.respond.sent).waitFor();
      expect(await supplier.getByTestId('response-status').getAttribute('data-status')).toBe('SUBMITTED');
      await supplier.getByRole('button', { name: fr.responses.respond.amend }).waitFor();

      // --- A second supplier responds with a lower price (GraphQL) ---------------------------------
      await gql(rivalContext, 'mutation($input: RespondToNeedInput!) { respondToNeed(input: $input) { response { id } } }', {
        input: { needId, lotId, priceEur: 9800, leadTimeDays: 30, message: 'Offre économique.', answers: ['Une fois par semaine.'] },
      });

      // --- Buyer: the comparison table -----------------------------------------------------------
      const buyer = register('buyer', await buyerContext.newPage());
      await buyer.goto(`/besoins/${needId}`);
      await buyer.getByRole('heading', { level: 1, name: needTitle }).waitFor();
      await buyer.locator(`li[data-lot-id="${lotId}"]`).getByRole('link', { name: startsWith(fr.responses.entry.compare) }).click();
      await buyer.waitForURL(new RegExp(`/besoins/${needId}/reponses\\?lot=${lotId}$`));
      await buyer.getByRole('heading', { level: 1, name: fill(fr.responses.compare.title, { title: needTitle }) }).waitFor();
      const table = buyer.getByTestId('compare-table');
      const row = (name: string) => table.locator('tbody tr').filter({ has: buyer.getByRole('rowheader', { name: new RegExp(escapeRegExp(name)) }) });
      await row(supplierName).waitFor();
      await row(rivalName).waitFor();
      expect(await table.locator('tbody tr').count()).toBe(2);
      // Price (French formatting, narrow spaces vary), lead time and eligibility side by side.
      expect((await row(supplierName).innerText()).replace(/\s/g, '')).toContain('12500');
      await row(supplierName).getByText(fill(fr.responses.days_other, { count: '15' })).waitFor();
      await row(supplierName).locator('[data-eligibility="ELIGIBLE"]').waitFor();
      await row(rivalName).locator('[data-eligibility="ELIGIBLE"]').waitFor();
      await buyer.getByRole('link', { name: fr.responses.compare.exportCsv }).waitFor();

      // Sort by price: the cheaper first, then the other way round.
      await table.getByRole('button', { name: startsWith(fr.responses.table.price) }).click();
      await buyer.waitForURL(/tri=price&ordre=asc/);
      const firstRow = (name: string) => table.locator('tbody tr').first().getByRole('rowheader', { name: new RegExp(escapeRegExp(name)) }).waitFor();
      await firstRow(rivalName);
      expect(await table.getByRole('columnheader', { name: startsWith(fr.responses.table.price) }).getAttribute('aria-sort')).toBe('ascending');
      await table.getByRole('button', { name: startsWith(fr.responses.table.price) }).click();
      await buyer.waitForURL(/tri=price&ordre=desc/);
      await firstRow(supplierName);

      // --- Shortlist, then award -----------------------------------------------------------------
      await row(supplierName).getByRole('button', { name: startsWith(fr.responses.actions.shortlist) }).click();
      await row(supplierName).getByTestId('decision-badge').filter({ hasText: fr.responses.decision.SHORTLISTED }).waitFor();
      await row(supplierName).getByRole('button', { name: startsWith(fr.responses.actions.award) }).click();
      await row(supplierName).getByLabel(fr.responses.actions.awardMessage).fill('Merci, votre offre est retenue.');
      await row(supplierName).getByRole('button', { name: fr.responses.actions.confirmAward }).click();
      await row(supplierName).getByTestId('decision-badge').filter({ hasText: fr.responses.decision.AWARDED }).waitFor();
      expect(await row(supplierName).getAttribute('data-decision')).toBe('AWARDED');

      // The decision is stored: after a reload, filtered on awarded responses, only it remains.
      await buyer.getByLabel(fr.responses.compare.decision, { exact: true }).selectOption('AWARDED');
      await buyer.waitForURL(/decision=AWARDED/);
      await buyer.reload();
      await row(supplierName).waitFor();
      await row(rivalName).waitFor({ state: 'detached' });
      expect(await row(supplierName).getAttribute('data-decision')).toBe('AWARDED');

      // --- The supplier sees the decision on its response ------------------------------------------
      await supplier.reload();
      await supplier.getByTestId('response-status').getByText(fr.responses.decision.AWARDED).waitFor();

      await rivalContext.close();
      await supplierContext.close();
      await buyerContext.close();
    });
  }, 240_000);
});
