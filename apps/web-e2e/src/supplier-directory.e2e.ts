/**
 * Journey (issue 3): a supplier signs up, verifies, creates a SUPPLIER organisation, fills its
 * profile (description, commune, kind EI), adds an activity and an offer and uploads a PDF
 * convention for EI; a staff user (signed up in the UI, promoted through SQL) previews the
 * document in the review queue and approves it; the public supplier page then shows the
 * L2113-13 eligibility badge with the proof date, and the eligibility checker answers ELIGIBLE
 * for RES_INSERTION and INELIGIBLE (with reasons) for RES_HANDICAP.
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
import { promoteToStaff } from './support/db';
import { randomSiret, tinyPdf } from './support/files';



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

/** A date `years` from today as YYYY-MM-DD. */
function yearsFromNow(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

describe('supplier directory: profile, proof, staff review, eligibility badge', () => {
  it('runs from sign-up to a verified EI with its L2113-13 badge', async () => {
    const supplierEmail = uniqueEmail('supplier');
    const staffEmail = uniqueEmail('staff');
    const orgName = uniqueName('Recyclerie Solidaire');
    const offerName = uniqueName('Collecte de mobilier');
    const description = 'Entreprise d’insertion : collecte, tri et revalorisation de mobilier de bureau.';
    const proofUntil = yearsFromNow(2);

    await withFailureScreenshots('supplier-directory', async (register) => {
      // --- Supplier: sign up, verify, create the SUPPLIER organisation ------------------------
      const supplierContext = await newVisitor(browser);
      const supplier = register('supplier', await supplierContext.newPage());
      await signUpAndVerify(supplier, 'Sam Fournisseur', supplierEmail);
      await supplier.goto('/organizations/new');
      await supplier.getByRole('radio', { name: fr.organization.type.SUPPLIER }).check();
      await supplier.getByLabel(fr.organization.name, { exact: true }).fill(orgName);
      await supplier.getByLabel(fr.organization.siret, { exact: true }).fill(randomSiret());
      await supplier.getByRole('button', { name: fr.createOrganization.submit }).click();
      await supplier.waitForURL('**/dashboard');
      await supplier.getByText(fill(fr.flash.organizationCreated, { name: orgName })).waitFor();

      // --- Back office: profile with description, commune and kind EI -------------------------
      await supplier.getByRole('navigation', { name: fr.nav.main }).getByRole('link', { name: fr.nav.supplierSpace }).click();
      await supplier.waitForURL('**/mon-espace/fournisseur');
      await supplier.getByRole('heading', { level: 1, name: fr.backOffice.title }).waitFor();
      await supplier.getByTestId('completion').waitFor();

      await supplier.getByLabel(fr.profile.description, { exact: true }).fill(description);
      const commune = supplier.getByRole('combobox', { name: fr.profile.commune, exact: true });
      await commune.fill('Lille');
      await supplier
        .getByRole('option', { name: /^Lille \(59/ })
        .first()
        .click();
      await supplier.getByTestId('selected-commune').waitFor();
      await supplier.getByRole('checkbox', { name: /\(EI\)$/ }).check();
      await supplier.getByRole('button', { name: fr.profile.submit }).click();
      await supplier.getByText(fr.profile.saved).waitFor();
      // The EI kind is now declared: its proof form appears once the profile is reloaded.
      const proofForm = supplier.getByTestId('proof-form-EI');
      await proofForm.waitFor();

      // --- Activity: first sector, services, national area -----------------------------------
      await supplier.getByRole('button', { name: fr.activities.add }).click();
      const sector = supplier.getByLabel(fr.activities.sector, { exact: true });
      await sector.locator('option').nth(1).waitFor({ state: 'attached' });
      await sector.selectOption({ index: 1 });
      await supplier.getByRole('checkbox', { name: fr.activities.serviceType.SERVICE, exact: true }).check();
      await supplier.getByRole('radio', { name: fr.activities.area.NATIONAL, exact: true }).check();
      await supplier.getByRole('button', { name: fr.activities.submit }).click();
      await supplier.getByTestId('activities').locator('li').first().waitFor();
      await supplier.getByTestId('activities').getByText(fr.suppliers.area.national).waitFor();

      // --- Offer with one CPV code --------------------------------------------------------------
      await supplier.getByRole('button', { name: fr.offers.add }).click();
      await supplier.getByLabel(fr.offers.name, { exact: true }).fill(offerName);
      await supplier.getByRole('combobox', { name: fr.offers.cpvCodes, exact: true }).fill('mobilier');
      // Other pickers keep their (hidden) options in the page: pick among the CPV matches.
      await supplier.getByRole('option', { name: /mobilier/i }).first().click();
      await supplier.getByRole('list', { name: fr.offers.cpvSelected }).locator('li').first().waitFor();
      await supplier.getByLabel(fr.offers.priceMin, { exact: true }).fill('40');
      await supplier.getByLabel(fr.offers.priceMax, { exact: true }).fill('60');
      await supplier.getByRole('button', { name: fr.offers.submit }).click();
      await supplier.getByTestId('offers').getByText(offerName, { exact: true }).waitFor();

      // --- Proof for EI: PDF convention valid for two years ----------------------------------
      await proofForm.getByLabel(fr.proofs.proofType, { exact: true }).selectOption({ index: 1 });
      await proofForm.getByLabel(fr.proofs.reference, { exact: true }).fill('CONV-59-2025-042');
      await proofForm.getByLabel(fr.proofs.validUntilLabel, { exact: true }).fill(proofUntil);
      await proofForm.getByLabel(fr.proofs.fileLabel, { exact: true }).setInputFiles({
        name: 'convention-dreets.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf(`Convention DREETS ${orgName}`),
      });
      await proofForm.getByRole('button', { name: fr.proofs.submit }).click();
      await proofForm.getByText(fr.proofs.submitted).waitFor();
      const proofRow = supplier.getByTestId('status-proofs').locator('tbody tr').first();
      await proofRow.waitFor();
      expect(await proofRow.getAttribute('data-status')).toBe('PENDING');
      await proofRow.getByText('convention-dreets.pdf').waitFor();

      const publicHref = await supplier.getByRole('link', { name: fr.backOffice.publicPage }).getAttribute('href');
      expect(publicHref).toMatch(/^\/fournisseurs\/[0-9a-f-]{36}$/);

      // --- Staff: sign up, promoted in SQL, previews and approves the proof -------------------
      const staffContext = await newVisitor(browser);
      const staff = register('staff', await staffContext.newPage());
      await signUpAndVerify(staff, 'Stéphanie Staff', staffEmail);
      await promoteToStaff(staffEmail);
      await staff.goto('/dashboard');
      await staff.getByRole('navigation', { name: fr.nav.main }).getByRole('link', { name: fr.nav.proofReview }).click();
      await staff.waitForURL('**/staff/justificatifs');
      await staff.getByRole('heading', { level: 1, name: fr.review.title }).waitFor();
      const card = staff.getByTestId('review-queue').locator('li[data-kind="EI"]', { hasText: orgName });
      await card.waitFor();
      await card.getByRole('button', { name: fr.review.showPreview }).click();
      const preview = card.getByTestId('proof-preview');
      await preview.waitFor({ state: 'attached' });
      expect(await preview.getAttribute('data')).toMatch(/^blob:/);
      await card.getByRole('button', { name: new RegExp(`^${escapeRegExp(fr.review.approve)}`) }).click();
      await staff.getByText(fill(fr.review.approved, { kind: 'EI', name: orgName })).waitFor();
      await staff.getByTestId('review-queue').locator('li', { hasText: orgName }).waitFor({ state: 'detached' });

      // --- Anyone: the public page shows the verified kind and the L2113-13 badge -------------
      const visitorContext = await newVisitor(browser);
      const visitor = register('visitor', await visitorContext.newPage());
      await visitor.goto(publicHref as string);
      await visitor.getByRole('heading', { level: 1, name: orgName }).waitFor();
      await visitor.getByTestId('supplier-description').getByText(description).waitFor();
      await visitor.getByTestId('supplier-site').getByText(/Lille/).waitFor();
      await visitor.getByTestId('supplier-kinds').locator('li[data-kind="EI"][data-status="VERIFIED"]').waitFor();
      const badge = visitor.getByTestId('eligibility-badges').locator('li[data-reservation="RES_INSERTION"][data-status="ELIGIBLE"]');
      await badge.waitFor();
      const badgeText = await badge.innerText();
      expect(badgeText).toContain('L2113-13');
      expect(badgeText).toContain(fill(fr.suppliers.eligibility.proofValidUntil, { date: '' }).trim());
      await visitor.getByTestId('supplier-offers').getByText(offerName).waitFor();
      await visitor.getByTestId('supplier-activities').getByText(fr.suppliers.area.national).waitFor();

      // --- Eligibility checker: why yes, why not ----------------------------------------------
      const reservation = visitor.getByLabel(fr.eligibility.reservation, { exact: true });
      const answer = visitor.getByTestId('eligibility-answer');
      await reservation.selectOption('RES_INSERTION');
      await answer.locator('[data-status="ELIGIBLE"]').waitFor();
      await reservation.selectOption('RES_HANDICAP');
      await answer.locator('[data-status="INELIGIBLE"]').waitFor();
      expect(await answer.locator('li[data-code]').count()).toBeGreaterThan(0);

      await visitorContext.close();
      await staffContext.close();
      await supplierContext.close();
    });
  }, 240_000);
});
