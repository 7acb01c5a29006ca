import { catalogueT } from '../suppliers/testing-t';
import { fieldLabel, firstStepWithError, fieldsOfStep, lotIndexOf, needSaveError, serverFieldErrors, stepOfField, wizardFieldKey } from './field-errors';

describe('wizardFieldKey', () => {
  it('maps server paths to the wizard field that shows them', () => {
    expect(wizardFieldKey('title')).toBe('title');
    expect(wizardFieldKey('input.deadlineAt')).toBe('deadlineAt');
    expect(wizardFieldKey('lots.1.place.code')).toBe('lots-1-place');
    expect(wizardFieldKey('lots.1.place.kind')).toBe('lots-1-place');
    expect(wizardFieldKey('lots.0.sectorSlugs.2')).toBe('lots-0-sectorSlugs');
    expect(wizardFieldKey('lots.3.cpvCodes')).toBe('lots-3-cpvCodes');
    expect(wizardFieldKey(['lots', 2, 'reservation'])).toBe('lots-2-reservation');
    expect(wizardFieldKey('lots.0.id')).toBe('lots-0-title');
    expect(wizardFieldKey('lots')).toBe('lots');
    expect(wizardFieldKey('attachmentFileIds.3')).toBe('attachmentFileIds');
    expect(wizardFieldKey('invitedSupplierIds.0')).toBe('invitedSupplierIds');
    expect(wizardFieldKey('questions.2')).toBe('questions-2');
    expect(wizardFieldKey('')).toBe('form');
    expect(lotIndexOf('lots-12-place')).toBe(12);
    expect(lotIndexOf('title')).toBeNull();
  });

  it('knows the step of each field', () => {
    expect(stepOfField('title')).toBe(1);
    expect(stepOfField('durationMonths')).toBe(1);
    expect(stepOfField('invitedSupplierIds')).toBe(1);
    expect(stepOfField('lots-0-place')).toBe(2);
    expect(stepOfField('lots')).toBe(2);
    expect(stepOfField('attachmentFileIds')).toBe(3);
    expect(stepOfField('questions-1')).toBe(3);
    expect(stepOfField('needId')).toBe(4);
    expect(firstStepWithError({ 'questions-0': 'x', 'lots-1-place': 'y' })).toBe(2);
    expect(firstStepWithError({})).toBeNull();
    expect(fieldsOfStep({ title: 'a', 'lots-0-title': 'b' }, 2)).toEqual({ 'lots-0-title': 'b' });
  });
});

describe('server field errors', () => {
  const error = {
    graphQLErrors: [
      {
        message: 'Certaines informations ne sont pas valides.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'lots.1.place.code', message: 'Lieu inconnu : 99999.' },
            { path: 'lots.1.place.code', message: 'second message ignored' },
            { path: 'lots.0.cpvCodes', message: 'Ces codes CPV ne figurent pas sur la liste.' },
            { path: 'durationMonths', message: 'Au plus 36 mois.' },
            { nothing: true },
          ],
        },
      },
    ],
  };

  it('keeps the lot of each error, first message per field', () => {
    expect(serverFieldErrors(error)).toEqual({
      'lots-1-place': 'Lieu inconnu : 99999.',
      'lots-0-cpvCodes': 'Ces codes CPV ne figurent pas sur la liste.',
      durationMonths: 'Au plus 36 mois.',
    });
  });

  it('builds the AppError of a failed save; other codes carry no field', () => {
    expect(needSaveError(error)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'lots-1-place': 'Lieu inconnu : 99999.' } });
    expect(needSaveError({ graphQLErrors: [{ message: 'Conflit', extensions: { code: 'CONFLICT' } }] })).toMatchObject({ code: 'CONFLICT', fields: {} });
    expect(needSaveError(null)).toBeNull();
  });
});

describe('fieldLabel', () => {
  it('names lot fields with their lot, in both languages', () => {
    const fr = catalogueT('fr');
    const en = catalogueT('en');
    expect(fieldLabel('lots-1-place', fr)).toBe(`${fr('needs.lot.heading', { n: 2 })} · ${fr('needs.lot.place')}`);
    expect(fieldLabel('lots-1-place', fr)).toMatch(/^Lot 2 · /);
    expect(fieldLabel('lots-0-reservation', en)).toMatch(/^Lot 1 · /);
    expect(fieldLabel('questions-2', fr)).toContain('3');
    expect(fieldLabel('title', fr)).toBe(fr('needs.field.title'));
    expect(fieldLabel('unknownField', fr)).toBe('unknownField');
  });
});
