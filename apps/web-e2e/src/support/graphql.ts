import type { BrowserContext } from 'playwright-core';
import { pathOf, waitForLink } from './maildev';
import { PASSWORD } from './text';
import { randomSiret } from './files';

// Prerequisites a journey does not need to click through (sign-up, organisations, a published
// need): GraphQL calls made with the browser context's own cookies, so the pages opened afterwards
// are logged in as the same user.

interface GraphqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs one operation as the context's user; throws with the errors when there are any. */
export async function gql<T = Record<string, unknown>>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR' },
  });
  const body = (await response.json()) as GraphqlBody<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Registers, verifies the email through its real link, and creates the organisation (made active). */
export async function verifiedOrganization(
  context: BrowserContext,
  input: { email: string; displayName: string; type: 'BUYER' | 'SUPPLIER'; name: string },
): Promise<{ organizationId: string }> {
  await gql(context, 'mutation($input: RegisterInput!) { register(input: $input) { user { id } } }', {
    input: { email: input.email, password: PASSWORD, displayName: input.displayName, locale: 'FR' },
  });
  const link = await waitForLink({ to: input.email, pathname: '/verify-email' });
  const token = new URL(`http://x${pathOf(link)}`).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link.href}`);
  await gql(context, 'mutation($t: String!) { verifyEmail(input: { token: $t }) { user { id } } }', { t: token });
  const created = await gql<{ createOrganization: { activeOrganization: { id: string } } }>(
    context,
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }',
    { input: { name: input.name, type: input.type, siret: randomSiret(), ...(input.type === 'BUYER' ? { regime: 'CCP' } : {}) } },
  );
  return { organizationId: created.createOrganization.activeOrganization.id };
}

/** A published public need with one lot in Lille (not reserved, open to consortia). */
export async function publishedNeed(
  context: BrowserContext,
  input: { title: string; lotTitle: string; questions?: string[] },
): Promise<{ needId: string; lotId: string }> {
  const created = await gql<{ createNeed: { id: string; lots: { id: string }[] } }>(
    context,
    'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id lots { id } } }',
    {
      input: {
        kind: 'QUOTE',
        title: input.title,
        descriptionHtml: '<p>Collecte hebdomadaire des déchets de bureau.</p>',
        deadlineAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        consortiaAllowed: true,
        questions: input.questions ?? [],
        lots: [{ title: input.lotTitle, sectorSlugs: ['collecte-des-dechets-industriels'], place: { kind: 'COMMUNE', code: '59350' }, reservation: 'NONE' }],
      },
    },
  );
  const needId = created.createNeed.id;
  const published = await gql<{ publishNeed: { status: string } }>(context, 'mutation($id: ID!) { publishNeed(input: { needId: $id }) { status } }', { id: needId });
  if (published.publishNeed.status !== 'PUBLISHED') throw new Error(`need ${needId} is ${published.publishNeed.status}, not PUBLISHED`);
  const lotId = created.createNeed.lots[0]?.id;
  if (!lotId) throw new Error('the need has no lot');
  return { needId, lotId };
}

/** Waits until the worker indexed these suppliers (the consortium builder finds partners by name). */
export async function waitUntilSupplierSearchable(context: BrowserContext, name: string, id: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await gql<{ searchSuppliers: { hits: { id: string }[] } }>(context, 'query($q: String) { searchSuppliers(query: $q, perPage: 50) { hits { id } } }', { q: name });
    if (data.searchSuppliers.hits.some((h) => h.id === id)) return;
    if (Date.now() > deadline) throw new Error(`supplier ${name} (${id}) not searchable`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
