/**
 * Journey: an admin signs up, verifies their email, creates a public buyer (CCP) organisation
 * (after an invalid SIRET is refused beside the field), invites a colleague as MEMBER; the
 * colleague, in a separate browser context, opens the invitation, signs up from it, verifies,
 * accepts, and finds the organisation with the MEMBER role on their dashboard.
 *
 * Runs against the built web app (E2E_WEB_URL, vite preview proxying /graphql to the API) and
 * maildev (MAILDEV_API_URL). Texts come from the French catalogue, so copy edits do not break it.
 */
import type { Browser, Page } from 'playwright-core';
// The journey reads the web app's own French strings, so a copy edit does not break it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import fr from '../../web/src/shared/i18n/locales/fr.json';
import { launchBrowser, newVisitor } from './support/browser';
import { WEB_URL } from './support/env';
import { pathOf, waitForLink } from './support/maildev';
import { uniqueEmail, uniqueName } from './support/ids';
import { withFailureScreenshots } from './support/artifacts';
import { escapeRegExp, fill, PASSWORD } from './support/text';

const VALID_SIRET = '80746931700018';
const INVALID_SIRET = '12345678901234';


let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signUp(page: Page, displayName: string, email: string, { prefilled = false } = {}) {
  await page.getByLabel(fr.auth.displayName, { exact: true }).fill(displayName);
  const emailField = page.getByLabel(fr.auth.email, { exact: true });
  if (prefilled) expect(await emailField.inputValue()).toBe(email);
  else await emailField.fill(email);
  await page.getByLabel(fr.auth.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: fr.signup.submit }).click();
}

async function verifyEmail(page: Page, email: string) {
  const link = await waitForLink({ to: email, pathname: '/verify-email' });
  expect(link.searchParams.get('token')).toBeTruthy();
  await page.goto(pathOf(link));
  await page.getByText(fr.verifyEmail.done).waitFor();
}

describe('onboarding: organisation and invitation', () => {
  it('runs from sign-up to an accepted invitation', async () => {
    const adminEmail = uniqueEmail('admin');
    const memberEmail = uniqueEmail('member');
    const orgName = uniqueName('Ville de Testville');

    await withFailureScreenshots('onboarding', async (register) => {
      // --- Admin: sign up, verify -------------------------------------------------------------
      const adminContext = await newVisitor(browser);
      const admin = register('admin', await adminContext.newPage());
      await admin.goto('/');
      expect(await admin.getAttribute('html', 'lang')).toBe('fr');
      await admin.getByRole('main').getByRole('link', { name: fr.home.ctaSignup }).click();
      await admin.waitForURL('**/signup');
      await signUp(admin, 'Alice Admin', adminEmail);
      await admin.waitForURL('**/dashboard');
      await admin.getByRole('heading', { level: 1, name: fr.dashboard.title }).waitFor();
      await admin.getByText(fr.dashboard.unverifiedTitle).waitFor();

      await verifyEmail(admin, adminEmail);
      await admin.getByRole('link', { name: fr.verifyEmail.continue }).click();
      await admin.waitForURL('**/dashboard');
      await expect(admin.getByText(fr.dashboard.unverifiedTitle).count()).resolves.toBe(0);

      // --- Admin: create a CCP buyer; the invalid SIRET is refused beside the field ------------
      await admin.getByRole('link', { name: fr.dashboard.createOrganization }).click();
      await admin.waitForURL('**/organizations/new');
      await admin.getByRole('radio', { name: fr.organization.type.BUYER }).check();
      await admin.getByRole('radio', { name: fr.organization.regime.CCP }).check();
      await admin.getByLabel(fr.organization.name, { exact: true }).fill(orgName);
      const siret = admin.getByLabel(fr.organization.siret, { exact: true });
      await siret.fill(INVALID_SIRET);
      await admin.getByRole('button', { name: fr.createOrganization.submit }).click();

      const siretError = admin.locator('[data-field-error="siret"]');
      await siretError.waitFor();
      expect((await siretError.innerText()).trim().length).toBeGreaterThan(2);
      expect(await siret.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain(await siretError.getAttribute('id'));
      await admin.getByRole('alert').filter({ hasText: fr.errors.fixFields }).waitFor();
      expect(admin.url()).toContain('/organizations/new');

      await siret.fill(VALID_SIRET);
      await admin.getByRole('button', { name: fr.createOrganization.submit }).click();
      await admin.waitForURL('**/dashboard');
      await admin.getByText(fill(fr.flash.organizationCreated, { name: orgName })).waitFor();
      const adminRow = admin.getByRole('row', { name: new RegExp(escapeRegExp(orgName)) });
      await expect(adminRow.getByText(fr.roles.ADMIN, { exact: true }).count()).resolves.toBe(1);
      await expect(adminRow.getByText(fr.organization.kind.BUYER_CCP).count()).resolves.toBe(1);

      // --- Admin: invite the colleague as MEMBER --------------------------------------------
      await adminRow.getByRole('link', { name: new RegExp(`^${escapeRegExp(fr.dashboard.members)}`) }).click();
      await admin.waitForURL('**/organizations/*/members');
      await admin.getByRole('heading', { level: 1, name: fill(fr.members.titleFor, { name: orgName }) }).waitFor();
      await admin.getByLabel(fr.members.inviteEmail, { exact: true }).fill(memberEmail);
      await admin.getByLabel(fr.members.inviteRole, { exact: true }).selectOption('MEMBER');
      await admin.getByRole('button', { name: fr.members.inviteSubmit }).click();
      await admin.getByText(fill(fr.members.invited, { email: memberEmail })).waitFor();
      await admin.getByTestId('pending-invitations').getByText(memberEmail).waitFor();

      // --- Colleague: opens the invitation logged out, signs up from it ---------------------
      const invitationLink = await waitForLink({ to: memberEmail, pathname: '/invitations/accept' });
      const invitationPath = pathOf(invitationLink);
      const memberContext = await newVisitor(browser);
      const member = register('member', await memberContext.newPage());
      await member.goto(invitationPath);
      await expect(member.getByTestId('invitation-organization').innerText()).resolves.toBe(orgName);
      await member.getByText(fr.invitation.loginFirst).waitFor();
      await member.getByRole('main').getByRole('link', { name: fr.invitation.signup, exact: true }).click();
      await member.waitForURL((url) => url.pathname === '/signup');
      await signUp(member, 'Bob Membre', memberEmail, { prefilled: true });
      // Back on the invitation page after signing up.
      await member.waitForURL((url) => url.pathname === '/invitations/accept');

      // --- Colleague: verifies, opens the invitation link again, accepts --------------------
      await verifyEmail(member, memberEmail);
      await member.goto(invitationPath);
      await expect(member.getByTestId('invitation-organization').innerText()).resolves.toBe(orgName);
      await member.getByRole('button', { name: fill(fr.invitation.accept, { organization: orgName }) }).click();
      await member.waitForURL('**/dashboard');
      await member.getByText(fill(fr.flash.invitationAccepted, { name: orgName })).waitFor();

      const memberRow = member.getByRole('row', { name: new RegExp(escapeRegExp(orgName)) });
      await memberRow.waitFor();
      await expect(memberRow.getByText(fr.roles.MEMBER, { exact: true }).count()).resolves.toBe(1);

      // --- Admin sees the colleague among the members ---------------------------------------
      await admin.reload();
      await admin.getByTestId('members').getByText(memberEmail).waitFor();
      const memberLine = admin.getByTestId('members').getByRole('row', { name: new RegExp(escapeRegExp(memberEmail)) });
      await expect(memberLine.getByText(fr.roles.MEMBER, { exact: true }).count()).resolves.toBe(1);

      await memberContext.close();
      await adminContext.close();
    });
  });

  it('serves the app shell in French with a skip link', async () => {
    await withFailureScreenshots('shell', async (register) => {
      const context = await newVisitor(browser);
      const page = register('home', await context.newPage());
      const response = await page.goto(`${WEB_URL}/`);
      expect(response?.ok()).toBe(true);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      // The skip link is the first focusable element of the page (focus may already be on the
      // page heading after the lazy route loads, so check document order rather than Tab timing).
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const firstFocusable = await page.evaluate(() => document.querySelector<HTMLElement>('a[href], button, input, select, textarea')?.textContent ?? '');
      expect(firstFocusable).toBe(fr.nav.skipToContent);
      await page.getByRole('button', { name: 'English' }).click();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await context.close();
    });
  });
});
