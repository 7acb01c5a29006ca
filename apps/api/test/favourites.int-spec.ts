import { errorCode, GqlClient, startTestApp, TestContext } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const LIST_FIELDS = `id name supplierCount createdAt suppliers { id name }`;
const LISTS = `{ favouriteLists { ${LIST_FIELDS} } }`;
const CREATE = `mutation($name: String!) { createFavouriteList(input: { name: $name }) { ${LIST_FIELDS} } }`;
const RENAME = `mutation($listId: ID!, $name: String!) { renameFavouriteList(input: { listId: $listId, name: $name }) { ${LIST_FIELDS} } }`;
const DELETE = `mutation($listId: ID!) { deleteFavouriteList(input: { listId: $listId }) { ok } }`;
const ADD = `mutation($listId: ID!, $supplierId: ID!) { addToFavouriteList(input: { listId: $listId, supplierId: $supplierId }) { ${LIST_FIELDS} } }`;
const REMOVE = `mutation($listId: ID!, $supplierId: ID!) { removeFromFavouriteList(input: { listId: $listId, supplierId: $supplierId }) { ${LIST_FIELDS} } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function newOrg(c: GqlClient, name: string, siret: string, type: 'BUYER' | 'SUPPLIER') {
  const data = await c.ok(CREATE_ORG, { input: { name, type, regime: type === 'BUYER' ? 'PRIVATE' : null, siret } });
  return data.createOrganization.activeOrganization.id as string;
}

describe('favourite lists of buyer organisations', () => {
  let ctx: TestContext;
  let buyer: GqlClient;
  let buyerOrg: string;
  let supplierA: string;
  let supplierB: string;
  let supplierUser: GqlClient;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    supplierUser = await verifiedClient(ctx);
    supplierA = await newOrg(supplierUser, 'Atelier Alpha', '73282932000074', 'SUPPLIER');
    supplierB = await newOrg(supplierUser, 'Brigade Bêta', '75187049400026', 'SUPPLIER');
    buyer = await verifiedClient(ctx);
    buyerOrg = await newOrg(buyer, 'Métallerie Acheteuse', '90000000100017', 'BUYER');
  });
  afterAll(() => ctx.close());

  it('a buyer creates, fills, renames, empties and deletes a list; adding is idempotent', async () => {
    const { createFavouriteList: list } = await buyer.ok(CREATE, { name: '  Nettoyage   locaux ' });
    expect(list).toMatchObject({ name: 'Nettoyage locaux', supplierCount: 0, suppliers: [] });
    expect(errorCode(await buyer.request(CREATE, { name: 'nettoyage LOCAUX' }))).toBe('CONFLICT');
    expect(errorCode(await buyer.request(CREATE, { name: '   ' }))).toBe('BAD_USER_INPUT');

    await buyer.ok(ADD, { listId: list.id, supplierId: supplierA });
    const again = (await buyer.ok(ADD, { listId: list.id, supplierId: supplierA })).addToFavouriteList;
    expect(again.supplierCount).toBe(1);
    const both = (await buyer.ok(ADD, { listId: list.id, supplierId: supplierB })).addToFavouriteList;
    expect(both.supplierCount).toBe(2);
    expect(both.suppliers).toEqual([{ id: supplierA, name: 'Atelier Alpha' }, { id: supplierB, name: 'Brigade Bêta' }]);
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM favourite_list_item WHERE list_id = $1`, [list.id]))[0].n).toBe(2);

    // Only supplier organisations can be added: a buyer organisation or an unknown id is NOT_FOUND.
    expect(errorCode(await buyer.request(ADD, { listId: list.id, supplierId: buyerOrg }))).toBe('NOT_FOUND');
    expect(errorCode(await buyer.request(ADD, { listId: list.id, supplierId: UNKNOWN }))).toBe('NOT_FOUND');

    const { createFavouriteList: other } = await buyer.ok(CREATE, { name: 'Espaces verts' });
    expect(errorCode(await buyer.request(RENAME, { listId: other.id, name: 'Nettoyage locaux' }))).toBe('CONFLICT');
    const renamed = (await buyer.ok(RENAME, { listId: list.id, name: 'Propreté' })).renameFavouriteList;
    expect(renamed).toMatchObject({ id: list.id, name: 'Propreté', supplierCount: 2 });
    // Renaming to its own name (another case) is not a clash with itself.
    expect((await buyer.ok(RENAME, { listId: list.id, name: 'propreté' })).renameFavouriteList.name).toBe('propreté');

    const lists = (await buyer.ok(LISTS)).favouriteLists;
    expect(lists.map((l: { name: string; supplierCount: number }) => [l.name, l.supplierCount])).toEqual([['Espaces verts', 0], ['propreté', 2]]);

    const removed = (await buyer.ok(REMOVE, { listId: list.id, supplierId: supplierA })).removeFromFavouriteList;
    expect(removed.suppliers).toEqual([{ id: supplierB, name: 'Brigade Bêta' }]);
    expect((await buyer.ok(REMOVE, { listId: list.id, supplierId: supplierA })).removeFromFavouriteList.supplierCount).toBe(1);

    expect((await buyer.ok(DELETE, { listId: list.id })).deleteFavouriteList).toEqual({ ok: true });
    expect(errorCode(await buyer.request(DELETE, { listId: list.id }))).toBe('NOT_FOUND');
    expect((await buyer.ok(LISTS)).favouriteLists.map((l: { id: string }) => l.id)).toEqual([other.id]);
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM favourite_list_item WHERE list_id = $1`, [list.id]))[0].n).toBe(0);
  });

  it("another organisation's lists answer NOT_FOUND; its members, API tokens included, share theirs", async () => {
    const { createFavouriteList: list } = await buyer.ok(CREATE, { name: 'Privée' });
    await buyer.ok(ADD, { listId: list.id, supplierId: supplierA });

    const rival = await verifiedClient(ctx);
    await newOrg(rival, 'Concurrent Achats', '20009320100016', 'BUYER');
    expect((await rival.ok(LISTS)).favouriteLists).toEqual([]);
    // Same name in another organisation is fine.
    expect((await rival.ok(CREATE, { name: 'Privée' })).createFavouriteList.name).toBe('Privée');
    for (const [query, vars] of [
      [RENAME, { listId: list.id, name: 'Volée' }],
      [DELETE, { listId: list.id }],
      [ADD, { listId: list.id, supplierId: supplierB }],
      [REMOVE, { listId: list.id, supplierId: supplierA }],
      [RENAME, { listId: UNKNOWN, name: 'x' }],
    ] as const) {
      expect(errorCode(await rival.request(query, vars))).toBe('NOT_FOUND');
    }
    const [row] = await ctx.dataSource.query(`SELECT name, (SELECT count(*)::int FROM favourite_list_item WHERE list_id = $1) AS n FROM favourite_list WHERE id = $1`, [list.id]);
    expect(row).toEqual({ name: 'Privée', n: 1 });

    const { createApiToken } = await buyer.ok(`mutation($o: ID!) { createApiToken(input: { organizationId: $o, name: "erp" }) { token } }`, { o: buyerOrg });
    const token = ctx.client({ authorization: `Bearer ${createApiToken.token}` });
    const viaToken = (await token.ok(LISTS)).favouriteLists;
    expect(viaToken.find((l: { id: string }) => l.id === list.id)).toMatchObject({ name: 'Privée', supplierCount: 1, suppliers: [{ id: supplierA, name: 'Atelier Alpha' }] });
  });

  it('a supplier organisation, a user without organisation and anonymous callers cannot use favourites', async () => {
    // supplierUser's active organisation is a supplier.
    expect(errorCode(await supplierUser.request(LISTS))).toBe('FORBIDDEN');
    expect(errorCode(await supplierUser.request(CREATE, { name: 'Test' }))).toBe('FORBIDDEN');
    const loner = await verifiedClient(ctx);
    expect(errorCode(await loner.request(LISTS))).toBe('FORBIDDEN');
    expect(errorCode(await ctx.client().request(LISTS))).toBe('UNAUTHENTICATED');
    // The buyer switching to a supplier organisation it belongs to loses access too.
    const both = await verifiedClient(ctx);
    const buyerSide = await newOrg(both, 'Double Casquette Achats', '80746931700018', 'BUYER');
    await newOrg(both, 'Double Casquette Atelier', '79285470500029', 'SUPPLIER');
    const refused = await both.request(LISTS);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/acheteuses/);
    await both.ok(`mutation($o: ID!) { switchOrganization(input: { organizationId: $o }) { activeRole } }`, { o: buyerSide });
    expect((await both.ok(LISTS)).favouriteLists).toEqual([]);
  });
});
