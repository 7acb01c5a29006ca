import { checkResponseForm, emptyForm, formFromResponse, parseDecimal, parseWholeNumber, subcontractedShare, toRespondInput } from './form';
import type { NeedResponse } from './types';

describe('number parsing', () => {
  it('reads French and English decimals with spaces and units', () => {
    expect(parseDecimal('12 500,50')).toBe(12500.5);
    expect(parseDecimal('12500.5 €')).toBe(12500.5);
    expect(parseDecimal('40 %')).toBe(40);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('-3')).toBeNaN();
  });
  it('reads whole numbers only for days', () => {
    expect(parseWholeNumber('15')).toBe(15);
    expect(parseWholeNumber(' ')).toBeNull();
    expect(parseWholeNumber('1,5')).toBeNaN();
  });
});

describe('checkResponseForm', () => {
  const filled = { ...emptyForm(1), price: '8 000', leadTime: '10' };

  it('asks for a price and a lead time', () => {
    expect(checkResponseForm(emptyForm(0))).toEqual({ priceEur: 'validation.required', leadTimeDays: 'validation.required' });
    expect(checkResponseForm({ ...filled, price: 'huit', leadTime: '2,5' })).toEqual({
      priceEur: 'responses.form.errors.number',
      leadTimeDays: 'responses.form.errors.wholeNumber',
    });
    expect(checkResponseForm(filled)).toEqual({});
  });

  it('checks each subcontractor and the subcontracted total', () => {
    const errors = checkResponseForm({
      ...filled,
      subcontractors: [
        { name: '', organizationId: null, share: '30' },
        { name: 'Atelier', organizationId: null, share: '120' },
      ],
    });
    expect(errors).toEqual({
      'subcontractors-0-name': 'validation.required',
      'subcontractors-1-sharePercent': 'responses.form.errors.share',
      subcontractors: 'responses.form.errors.sharesTotal',
    });
    expect(
      checkResponseForm({
        ...filled,
        subcontractors: [
          { name: 'A', organizationId: null, share: '30,5' },
          { name: 'B', organizationId: 'org-b', share: '20' },
        ],
      }),
    ).toEqual({});
    expect(subcontractedShare([{ name: 'A', organizationId: null, share: '30,5' }, { name: 'B', organizationId: null, share: 'x' }])).toBe(30.5);
  });
});

describe('toRespondInput', () => {
  it('converts the form, trimming answers and dropping trailing blanks', () => {
    const input = toRespondInput('need-1', 'lot-1', {
      price: '12 000,5',
      leadTime: '21',
      message: '  Disponibles dès lundi. ',
      answers: [' Hebdomadaire ', '', ''],
      attachments: [{ id: 'f1', name: 'devis.pdf', sizeBytes: 10, mimeType: 'application/pdf' }],
      subcontractors: [{ name: ' Atelier ', organizationId: 'org-2', share: '25' }],
    });
    expect(input).toEqual({
      needId: 'need-1',
      lotId: 'lot-1',
      priceEur: 12000.5,
      leadTimeDays: 21,
      message: 'Disponibles dès lundi.',
      answers: ['Hebdomadaire'],
      attachmentFileIds: ['f1'],
      subcontractors: [{ name: 'Atelier', organizationId: 'org-2', sharePercent: 25 }],
    });
  });

  it('round-trips a response being amended', () => {
    const response = {
      priceEur: 950.5,
      leadTimeDays: 7,
      message: null,
      answers: ['Oui'],
      attachments: [],
      subcontractors: [{ name: 'B', organizationId: null, sharePercent: 10 }],
    } as unknown as NeedResponse;
    const values = formFromResponse(response, 2);
    expect(values).toMatchObject({ price: '950,5', leadTime: '7', message: '', answers: ['Oui', ''] });
    expect(toRespondInput('n', 'l', values)).toMatchObject({ priceEur: 950.5, leadTimeDays: 7, answers: ['Oui'], subcontractors: [{ name: 'B', sharePercent: 10 }] });
  });
});
