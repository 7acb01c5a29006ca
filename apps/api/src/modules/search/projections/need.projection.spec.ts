import { NeedSource, plainText, toNeedDocuments } from './need.projection';

const need: NeedSource = {
  id: '44444444-4444-4444-8444-444444444444', status: 'PUBLISHED', visibility: 'PUBLIC', kind: 'TENDER',
  title: 'Collecte des déchets du site de Lille',
  descriptionHtml: '<p>Collecte <strong>hebdomadaire</strong> &amp; tri</p><ul><li>bureaux</li><li>ateliers</li></ul>',
  buyerName: 'Métropole Européenne de Lille', buyerRegime: 'CCP', consortiaAllowed: true,
  deadlineAt: new Date('2026-12-15T12:00:00Z'), publishedAt: new Date('2026-11-20T08:00:00.250Z'),
  lots: [
    {
      title: 'Collecte et tri', sectorSlugs: ['collecte-des-dechets-industriels'], cpvCodes: ['90511000-2'], reservation: 'RES_INSERTION',
      placeKind: 'COMMUNE', placeCode: '59350', amountMinEur: 80_000, amountMaxEur: 120_000, socialClauseHours: 1200,
    },
    {
      title: 'Nettoyage', sectorSlugs: ['nettoyage-de-locaux'], cpvCodes: [], reservation: 'NONE',
      placeKind: 'REGION', placeCode: '32', amountMinEur: 200_000, amountMaxEur: null, socialClauseHours: null,
    },
  ],
};

describe('toNeedDocuments', () => {
  it('a published public need: lots, places, reservations and CPV levels, plain-text description', () => {
    const [doc] = toNeedDocuments(need);
    expect(doc).toMatchObject({
      id: need.id, buyerName: 'Métropole Européenne de Lille', buyerRegime: 'CCP', kind: 'TENDER',
      description: 'Collecte hebdomadaire & tri bureaux ateliers',
      reservations: ['NONE', 'RES_INSERTION'], reserved: true, national: false, socialClause: true, amountMaxEur: 200_000,
      regionCodes: ['32'], cpvDivisions: ['90'], cpvClasses: ['9051'], deadlineAt: need.deadlineAt.getTime(), publishedAt: need.publishedAt!.getTime(),
      lots: [
        { title: 'Collecte et tri', reservation: 'RES_INSERTION', placeKind: 'COMMUNE', placeName: 'Lille', sectorNames: [expect.any(String)] },
        { title: 'Nettoyage', reservation: 'NONE', placeKind: 'REGION', placeName: 'Hauts-de-France' },
      ],
    });
    // A région lot covers each of its départements; the commune gives the point.
    expect(doc!.departementCodes).toEqual(expect.arrayContaining(['02', '59', '60', '62', '80']));
    expect(doc!._geo).toEqual({ lat: expect.closeTo(50.63, 1), lng: expect.closeTo(3.05, 1) });
  });

  it('a national lot makes the need national', () => {
    const [doc] = toNeedDocuments({ ...need, lots: [{ ...need.lots[1]!, placeKind: 'NATIONAL', placeCode: null }] });
    expect(doc).toMatchObject({ national: true, departementCodes: [], regionCodes: [], placeNames: [], reserved: false });
    expect(doc!._geo).toBeUndefined();
  });

  it('nothing for a need that is not published, or INVITED: it must leave the index', () => {
    for (const status of ['DRAFT', 'PENDING_REVIEW', 'CLOSED', 'AWARDED', 'CANCELLED'] as const) expect(toNeedDocuments({ ...need, status })).toEqual([]);
    expect(toNeedDocuments({ ...need, visibility: 'INVITED' })).toEqual([]);
  });

  it('the content hash follows the content', () => {
    const [doc] = toNeedDocuments(need);
    expect(toNeedDocuments({ ...need })[0]!.contentHash).toBe(doc!.contentHash);
    expect(toNeedDocuments({ ...need, title: 'Autre' })[0]!.contentHash).not.toBe(doc!.contentHash);
  });

  it('holds no personal data', () => {
    const keys = Object.keys(toNeedDocuments(need)[0]!);
    expect(keys.filter((k) => /mail|phone|contact|member|user|createdBy|invit/i.test(k))).toEqual([]);
  });
});

describe('plainText', () => {
  it('drops markup, keeps words of adjacent blocks apart and decodes what the sanitiser escapes', () => {
    expect(plainText('<p>a&lt;b</p><p>c</p><script>x</script>')).toBe('a<b c');
  });
});
