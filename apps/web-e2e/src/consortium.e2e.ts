/**
 * Journey (issue 6, consortium builder): a buyer (set up through GraphQL) has published a need with
 * one lot open to consortia. Two suppliers (set up through GraphQL) form a consortium in the
 * browser: the lead clicks "Former un groupement" on the lot, names it (solidaire), finds the
 * partner by name and invites it as co-contractor with 40 %, sets its own share to 60 % (the live
 * sum check turns to 100 %) and saves; the partner opens the consortium and accepts; the lead sees
 * every member accepted and eligible, then submits the consortium's response. The consortium is
 * frozen and the buyer's comparison table lists it with its members and shares.
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
import { publishedNeed, verifiedOrganization, waitUntilSupplierSearchable } from './support/graphql';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

describe('consortium builder: invite, accept, shares 60/40, the lead submits', () => {
  it('forms a consortium on a lot and responds with it', async () => {
    const needTitle = uniqueName('Entretien des espaces verts');
    const lotTitle = 'Tonte et taille';
    const leadName = uniqueName('Jardins Solidaires');
    const partnerName = uniqueName('Paysages Insertion');
    const consortiumName = uniqueName('GME Espaces verts');

    await withFailureScreenshots('consortium', async (register) => {
      // --- Prerequisites through GraphQL -----------------------------------------------------------
      const buyerContext = await newVisitor(browser);
      await verifiedOrganization(buyerContext, { email: uniqueEmail('gme-buyer'), displayName: 'Bruno Acheteur', type: 'BUYER', name: uniqueName('Ville de Testville') });
      const { needId, lotId } = await publishedNeed(buyerContext, { title: needTitle, lotTitle });
      const leadContext = await newVisitor(browser);
      await verifiedOrganization(leadContext, { email: uniqueEmail('gme-lead'), displayName: 'Léa Mandataire', type: 'SUPPLIER', name: leadName });
      const partnerContext = await newVisitor(browser);
      const partnerOrg = await verifiedOrganization(partnerContext, { email: uniqueEmail('gme-partner'), displayName: 'Paul Cotraitant', type: 'SUPPLIER', name: partnerName });
      await waitUntilSupplierSearchable(leadContext, partnerName, partnerOrg.organizationId);

      // --- Lead: "Former un groupement" on the lot --------------------------------------------------
      const lead = register('lead', await leadContext.newPage());
      await lead.goto(`/besoins/${needId}`);
      await lead.getByRole('heading', { level: 1, name: needTitle }).waitFor();
      await lead.locator(`li[data-lot-id="${lotId}"]`).getByRole('link', { name: startsWith(fr.responses.entry.formConsortium) }).click();
      await lead.waitForURL(/\/groupements\/nouveau\?/);
      await lead.getByRole('heading', { level: 1, name: fr.consortia.new.title }).waitFor();
      await lead.getByLabel(fr.consortia.field.name, { exact: true }).fill(consortiumName);
      await lead.getByRole('radio', { name: fr.consortia.form.JOINT_AND_SEVERAL }).check();
      await lead.getByRole('button', { name: fr.consortia.new.submit }).click();
      await lead.waitForURL(/\/groupements\/[0-9a-f-]{36}$/);
      const consortiumPath = new URL(lead.url()).pathname;
      await lead.getByText(fill(fr.consortia.flash.created, { name: consortiumName })).waitFor();
      await lead.getByRole('heading', { level: 1, name: consortiumName }).waitFor();
      expect(await lead.getByTestId('consortium-status').getAttribute('data-status')).toBe('FORMING');

      // --- Invite the partner found by name, as co-contractor with 40 % ---------------------------
      await lead.getByLabel(fr.consortia.invite.supplier, { exact: true }).fill(partnerName);
      await lead.getByTestId('inviteSearch-results').locator(`li[data-supplier-id="${partnerOrg.organizationId}"]`).getByRole('button').click();
      await lead.getByTestId('invite-picked').getByText(partnerName).waitFor();
      await lead.getByLabel(fr.consortia.invite.role, { exact: true }).selectOption('CO_CONTRACTOR');
      await lead.getByLabel(fr.consortia.invite.share, { exact: true }).fill('40');
      await lead.getByRole('button', { name: fr.consortia.invite.submit }).click();
      await lead.getByText(fill(fr.consortia.invite.sent, { name: partnerName })).waitFor();
      const members = lead.getByTestId('consortium-members');
      const memberRow = (name: string) => members.locator('tbody tr').filter({ has: lead.getByRole('rowheader', { name: new RegExp(escapeRegExp(name)) }) });
      expect(await memberRow(partnerName).getAttribute('data-status')).toBe('INVITED');

      // --- Shares: the lead's 60 % makes 100 % with the partner's 40 % (live check) ---------------
      const shareCheck = lead.getByTestId('share-check');
      expect(await shareCheck.getAttribute('data-state')).toBe('missing');
      await lead.getByLabel(fill(fr.consortia.shares.shareOf, { name: leadName }), { exact: true }).fill('70');
      await lead.locator('[data-testid="share-check"][data-state="over"]').waitFor();
      await lead.getByLabel(fill(fr.consortia.shares.shareOf, { name: leadName }), { exact: true }).fill('60');
      await lead.locator('[data-testid="share-check"][data-state="ok"]').waitFor();
      await shareCheck.getByText(fr.consortia.shares.ok).waitFor();
      await lead.getByRole('button', { name: fr.consortia.shares.save }).click();
      await lead.getByText(fr.consortia.shares.saved).waitFor();

      // --- Partner: opens the consortium (the notification's link) and accepts ----------------------
      const partner = register('partner', await partnerContext.newPage());
      await partner.goto(consortiumPath);
      const invitation = partner.getByTestId('consortium-invitation');
      await invitation.getByText(leadName).waitFor();
      await invitation.getByRole('button', { name: fr.consortia.invitation.accept }).click();
      await partner.getByText(fr.consortia.invitation.accepted).waitFor();
      await partner.getByTestId('consortium-members').locator('tbody tr[data-status="ACCEPTED"]').nth(1).waitFor();

      // --- Lead: everyone accepted and eligible; submit the consortium's response ------------------
      await lead.reload();
      await members.locator('tbody tr[data-status="ACCEPTED"]').filter({ has: lead.getByRole('rowheader', { name: new RegExp(escapeRegExp(partnerName)) }) }).waitFor();
      await memberRow(leadName).locator('[data-eligibility="ELIGIBLE"]').waitFor();
      await memberRow(partnerName).locator('[data-eligibility="ELIGIBLE"]').waitFor();
      expect(await lead.getByTestId('consortium-eligibility').getAttribute('data-status')).toBe('ELIGIBLE');
      expect(await lead.getByTestId('composition-issues').count()).toBe(0);
      await lead.getByLabel(fr.responses.form.price, { exact: true }).fill('45 000');
      await lead.getByLabel(fr.responses.form.leadTime, { exact: true }).fill('30');
      await lead.getByLabel(fr.responses.form.message, { exact: true }).fill('Réponse conjointe : tonte par le mandataire, taille par le cotraitant.');
      await lead.getByRole('button', { name: fr.consortia.submit.submit }).click();
      await lead.locator('[data-testid="consortium-status"][data-status="SUBMITTED"]').waitFor();
      await lead.getByText(fr.consortia.page.frozen).waitFor();
      // Frozen: no more invitations nor share edits.
      expect(await lead.getByRole('button', { name: fr.consortia.invite.submit }).count()).toBe(0);
      expect(await lead.getByRole('button', { name: fr.consortia.shares.save }).count()).toBe(0);

      // --- Buyer: the consortium in the comparison table, members and shares ------------------------
      const buyer = register('buyer', await buyerContext.newPage());
      await buyer.goto(`/besoins/${needId}/reponses?lot=${lotId}`);
      const row = buyer.getByTestId('compare-table').locator('tbody tr').filter({ has: buyer.getByRole('rowheader', { name: new RegExp(escapeRegExp(consortiumName)) }) });
      await row.waitFor();
      const header = await row.getByRole('rowheader').innerText();
      expect(header).toContain(leadName);
      expect(header).toContain(partnerName);
      expect(header.replace(/\s/g, '')).toContain('60%');
      expect(header.replace(/\s/g, '')).toContain('40%');
      await row.locator('[data-eligibility="ELIGIBLE"]').waitFor();

      await partnerContext.close();
      await leadContext.close();
      await buyerContext.close();
    });
  }, 240_000);
});
