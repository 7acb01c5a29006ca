import { ariaSort, combinedCertifications, exportUrl, nextSort, respondentName, sortResponses } from './compare';
import type { NeedResponse } from './types';

function response(id: string, fields: { price?: number | null; leadTime?: number | null; name?: string; distance?: number | null; submittedAt?: string; consortium?: string }): NeedResponse {
  return {
    id,
    priceEur: fields.price ?? null,
    leadTimeDays: fields.leadTime ?? null,
    submittedAt: fields.submittedAt ?? null,
    updatedAt: '2030-01-01T00:00:00Z',
    respondent: { id: `org-${id}`, name: fields.name ?? id, city: null, distanceKm: fields.distance ?? null, kinds: [], certifications: ['ISO 14001'] },
    consortium: fields.consortium
      ? {
          id: `c-${id}`,
          name: fields.consortium,
          form: 'JOINT',
          members: [
            { organizationId: 'a', name: 'A', role: 'LEAD', sharePercent: 60, kinds: ['EI'], certifications: ['Qualibat', 'ISO 9001'] },
            { organizationId: 'b', name: 'B', role: 'CO_CONTRACTOR', sharePercent: 40, kinds: ['EA'], certifications: ['ISO 9001'] },
          ],
        }
      : null,
  } as unknown as NeedResponse;
}

const ids = (list: NeedResponse[]) => list.map((r) => r.id);

describe('sortResponses', () => {
  const list = [
    response('a', { price: 900, leadTime: 30, name: 'Zèbre', distance: 12 }),
    response('b', { price: null, leadTime: 5, name: 'atelier', distance: null }),
    response('c', { price: 450, leadTime: null, name: 'Élan', distance: 3.5 }),
    response('d', { price: 900, leadTime: 10, name: 'Bâtir' }),
  ];

  it('sorts prices both ways, missing values last, ties in their order', () => {
    expect(ids(sortResponses(list, 'price', 'asc'))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortResponses(list, 'price', 'desc'))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts lead times, distances and names (French collation, accents ignored)', () => {
    expect(ids(sortResponses(list, 'leadTime', 'asc'))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortResponses(list, 'distance', 'asc'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortResponses(list, 'name', 'asc'))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('does not change the list it is given', () => {
    sortResponses(list, 'price', 'asc');
    expect(ids(list)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('consortium rows', () => {
  it('show the consortium name and the members’ certifications once each', () => {
    const row = response('x', { name: 'Lead SARL', consortium: 'GME Nord' });
    expect(respondentName(row)).toBe('GME Nord');
    expect(combinedCertifications(row)).toEqual(['ISO 9001', 'Qualibat']);
    expect(combinedCertifications(response('y', {}))).toEqual(['ISO 14001']);
  });
});

describe('sort headers and export', () => {
  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort({ key: 'price', direction: 'asc' }, 'price')).toEqual({ key: 'price', direction: 'desc' });
    expect(nextSort({ key: 'price', direction: 'desc' }, 'leadTime')).toEqual({ key: 'leadTime', direction: 'asc' });
    expect(ariaSort('price', 'price', 'desc')).toBe('descending');
    expect(ariaSort('name', 'price', 'desc')).toBe('none');
  });
  it('links to the API export of the need', () => {
    expect(exportUrl('n-1', 'xlsx')).toBe('/needs/n-1/responses.xlsx');
  });
});
