/**
 * Journey (needs): a public buyer (CCP) signs up, creates its organisation and publishes a need
 * through the four-step wizard: one lot reserved for work-integration enterprises (L2113-13) in
 * Lille, with a sector, an amount (the THR-02 advice shows the MAPA band), the live count of
 * eligible suppliers, a question and a PDF attachment. The need page shows the reservation badge
 * and the attachment downloads through the web origin; "Mes besoins" lists it as published with
 * its follow-up funnel. A supplier (another organisation) then opens the need page.
 *
 * Texts come from the web app's French catalogue, so copy edits do not break the journey.
 */
import type { Browser, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import fr from '../../web/src/shared/i18n/locales/fr.json';
import { launchBrowser, newVisitor } from './support/browser';
import { pathOf, waitForLink } from './support/maildev';
import { uniqueEmail, uniqueName } from './support/ids';
import { withFailureScreenshots } from './support/artifacts';
import { escapeRegExp, fill, PASSWORD } from './support/text';
import { randomSiret, tinyPdf } from './support/files';

/** A sector of the reference data (the wizard's select lists them all). */
const WASTE_SECTOR = 'collecte-des-dechets-industriels';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signUpAndVerify(page: Page, displayName: string, email: string) {
  await page.goto('/signup');
  await page.getByLabel(fr.auth.displayName, { exact: true }).fill(displayName);
  await page.getByLabel(fr.auth.email, { exact: true }).fill(email);
  await page.getByLabel(fr.auth.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: fr.signup.submit }).click();
  await page.waitForURL('**/dashboard');
  const link = await waitForLink({ to: email, pathname: '/verify-email' });
  await page.goto(pathOf(link));
  await page.getByText(fr.verifyEmail.done).waitFor();
}

async function createOrganization(page: Page, type: 'BUYER' | 'SUPPLIER', name: string) {
  await page.goto('/organizations/new');
  await page.getByRole('radio', { name: fr.organization.type[type] }).check();
  if (type === 'BUYER') await page.getByRole('radio', { name: fr.organization.regime.CCP }).check();
  await page.getByLabel(fr.organization.name, { exact: true }).fill(name);
  await page.getByLabel(fr.organization.siret, { exact: true }).fill(randomSiret());
  await page.getByRole('button', { name: fr.createOrganization.submit }).click();
  await page.waitForURL('**/dashboard');
  await page.getByText(fill(fr.flash.organizationCreated, { name })).waitFor();
}

/** "YYYY-MM-DDTHH:mm" (local time) `days` from now, at noon, for a datetime-local input. */
function daysFromNowAtNoon(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T12:00`;
}

const stepHeading = (n: number, title: string) => fill(fr.needs.wizard.stepN, { n: String(n), title });

describe('needs: wizard, my needs, need page', () => {
  it('publishes a need with one reserved lot and follows it', async () => {
    const buyerEmail = uniqueEmail('buyer');
    const supplierEmail = uniqueEmail('supplier');
    const buyerName = uniqueName('Métropole de Testville');
    const supplierName = uniqueName('Atelier Tri Insertion');
    const needTitle = uniqueName('Collecte des déchets du siège');
    const lotTitle = 'Collecte et tri des déchets de bureau';

    await withFailureScreenshots('needs', async (register) => {
      // --- Buyer: sign up, verify, public buyer organisation ---------------------------------------
      const buyerContext = await newVisitor(browser);
      const buyer = register('buyer', await buyerContext.newPage());
      await signUpAndVerify(buyer, 'Bénédicte Acheteuse', buyerEmail);
      await createOrganization(buyer, 'BUYER', buyerName);

      const nav = buyer.getByRole('navigation', { name: fr.nav.main });
      await nav.getByRole('link', { name: fr.nav.publishNeed }).click();
      await buyer.waitForURL('**/besoins/nouveau');
      await buyer.getByRole('heading', { level: 1, name: fr.needs.wizard.newTitle }).waitFor();

      // --- Step 1: the need ---------------------------------------------------------------------
      await buyer.getByRole('heading', { level: 2, name: stepHeading(1, fr.needs.wizard.step1) }).waitFor();
      // Next with nothing filled in: the errors are announced and the step stays.
      await buyer.getByRole('button', { name: fr.needs.wizard.next }).click();
      await buyer.getByRole('alert').filter({ hasText: fr.errors.fixFields }).waitFor();
      await buyer.getByRole('radio', { name: fr.needs.kind.TENDER }).check();
      await buyer.getByLabel(fr.needs.field.title, { exact: true }).fill(needTitle);
      await buyer.getByRole('textbox', { name: fr.needs.field.description }).fill('Collecte hebdomadaire des déchets de bureau du siège, tri et traçabilité.');
      await buyer.getByLabel(fr.needs.field.deadline, { exact: true }).fill(daysFromNowAtNoon(30));
      await buyer.getByLabel(fr.needs.field.durationMonths, { exact: true }).fill('24');
      await buyer.getByRole('button', { name: fr.needs.wizard.next }).click();

      // --- Step 2: one lot reserved L2113-13 in Lille ----------------------------------------------
      await buyer.getByRole('heading', { level: 2, name: stepHeading(2, fr.needs.wizard.step2) }).waitFor();
      await buyer.getByLabel(fr.needs.lot.title, { exact: true }).fill(lotTitle);
      await buyer.getByLabel(fr.needs.lot.sectors, { exact: true }).selectOption(WASTE_SECTOR);
      await buyer.getByRole('button', { name: fr.needs.lot.addSector }).click();
      await buyer.getByRole('list', { name: fr.needs.lot.sectorsChosen }).locator('li').first().waitFor();
      await buyer.getByRole('combobox', { name: fr.needs.lot.placePicker, exact: true }).fill('Lille');
      await buyer.getByRole('option', { name: /^Lille \(59/ }).first().click();
      await buyer.getByTestId('lot-0-place').getByText(/Lille/).waitFor();
      await buyer.getByLabel(fr.needs.lot.reservation, { exact: true }).selectOption('RES_INSERTION');
      await buyer.getByLabel(fr.needs.lot.amountEstimate, { exact: true }).fill('80000');
      await buyer.getByLabel(fr.needs.lot.socialClauseHours, { exact: true }).fill('1200');
      // The live count answers (a number, whatever the directory holds).
      await buyer.locator('[data-testid="eligible-count"][data-count]').waitFor();
      // THR-02: 80 000 € of services for a public buyer is a MAPA.
      await buyer.getByTestId('procurement-advice').locator('[data-band="MAPA"]').waitFor();
      await buyer.getByRole('button', { name: fr.needs.wizard.next }).click();

      // --- Step 3: a question and an attachment ----------------------------------------------------
      await buyer.getByRole('heading', { level: 2, name: stepHeading(3, fr.needs.wizard.step3) }).waitFor();
      await buyer.getByRole('button', { name: fr.needs.questions.add }).click();
      await buyer.getByLabel(fill(fr.needs.questions.item, { n: '1' }), { exact: true }).fill('Quelle fréquence de collecte proposez-vous ?');
      await buyer.getByLabel(fr.needs.attachments.add, { exact: true }).setInputFiles({
        name: 'cctp-collecte.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf('CCTP collecte des dechets'),
      });
      await buyer.getByTestId('attachments').getByRole('button', { name: /cctp-collecte\.pdf/ }).waitFor();
      await buyer.getByRole('button', { name: fr.needs.wizard.next }).click();

      // --- Step 4: preview, publish ------------------------------------------------------------------
      await buyer.getByRole('heading', { level: 2, name: stepHeading(4, fr.needs.wizard.step4) }).waitFor();
      const preview = buyer.getByTestId('need-preview');
      await preview.getByText(needTitle).waitFor();
      await preview.getByText(/L2113-13/).waitFor();
      await buyer.getByRole('button', { name: fr.needs.wizard.publish }).click();
      await buyer.waitForURL(/\/besoins\/[0-9a-f-]{36}$/);
      const needPath = new URL(buyer.url()).pathname;
      const needId = needPath.split('/').pop() as string;
      await buyer.getByText(fill(fr.needs.flash.published, { title: needTitle })).waitFor();

      // --- Need page (buyer): badge, attachment through the web origin, follow-up ------------------
      await buyer.getByRole('heading', { level: 1, name: needTitle }).waitFor();
      const lot = buyer.getByTestId('need-lots').locator('li[data-reservation="RES_INSERTION"]');
      await lot.getByRole('heading', { name: new RegExp(escapeRegExp(lotTitle)) }).waitFor();
      expect(await lot.getByTestId('reservation-badge').innerText()).toContain('L2113-13');
      await lot.getByText(/Lille/).waitFor();
      const attachment = buyer.getByTestId('need-attachment-links').getByRole('link', { name: 'cctp-collecte.pdf' });
      const href = await attachment.getAttribute('href');
      expect(href).toMatch(new RegExp(`^/needs/${needId}/attachments/[0-9a-f-]{36}$`));
      const download = await buyerContext.request.get(href as string);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('application/pdf');
      await buyer.getByTestId('need-funnel').waitFor();

      // --- My needs: listed as published, with its funnel ----------------------------------------
      await nav.getByRole('link', { name: fr.nav.myNeeds, exact: true }).click();
      await buyer.waitForURL(/\/besoins$/);
      await buyer.getByRole('heading', { level: 1, name: fr.needs.mine.title }).waitFor();
      const row = buyer.getByTestId('my-needs').locator(`li[data-need-id="${needId}"]`);
      await row.getByRole('link', { name: needTitle, exact: true }).waitFor();
      expect(await row.getAttribute('data-status')).toBe('PUBLISHED');
      await row.getByText(fr.needs.status.PUBLISHED, { exact: true }).waitFor();
      const funnel = row.getByTestId('need-funnel');
      await funnel.locator('li[data-step="matched"]').waitFor();
      await funnel.getByText(fr.needs.funnel.interested, { exact: true }).waitFor();
      await row.getByRole('button', { name: new RegExp(`^${escapeRegExp(fr.needs.actions.close)}`) }).waitFor();
      // The status filter keeps it among published needs, and drops it from drafts.
      await buyer.getByLabel(fr.needs.mine.filter, { exact: true }).selectOption('DRAFT');
      await buyer.waitForURL(/statut=DRAFT/);
      await row.waitFor({ state: 'detached' });
      await buyer.getByLabel(fr.needs.mine.filter, { exact: true }).selectOption('PUBLISHED');
      await row.waitFor();

      // --- Supplier: another organisation opens the need page ------------------------------------
      const supplierContext = await newVisitor(browser);
      const supplier = register('supplier', await supplierContext.newPage());
      await signUpAndVerify(supplier, 'Sami Fournisseur', supplierEmail);
      await createOrganization(supplier, 'SUPPLIER', supplierName);
      await supplier.getByRole('navigation', { name: fr.nav.main }).getByRole('link', { name: fr.nav.opportunities }).click();
      await supplier.getByRole('heading', { level: 1, name: fr.needs.inbox.title }).waitFor();
      await supplier.goto(needPath);
      await supplier.getByRole('heading', { level: 1, name: needTitle }).waitFor();
      await supplier.getByText(buyerName).first().waitFor();
      expect(await supplier.getByTestId('reservation-badge').innerText()).toContain('L2113-13');
      await supplier.getByTestId('need-description').getByText(/Collecte hebdomadaire/).waitFor();
      // Buyer-only parts stay hidden.
      expect(await supplier.getByTestId('need-funnel').count()).toBe(0);
      expect(await supplier.getByRole('button', { name: new RegExp(`^${escapeRegExp(fr.needs.actions.close)}`) }).count()).toBe(0);

      await supplierContext.close();
      await buyerContext.close();
    });
  }, 240_000);
});
