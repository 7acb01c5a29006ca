import { formError, formFieldKey, ineligibleOf } from './server-errors';

describe('formFieldKey', () => {
  it('keeps the row of a list item and drops the argument name', () => {
    expect(formFieldKey('input.subcontractors.1.sharePercent')).toBe('subcontractors-1-sharePercent');
    expect(formFieldKey(['input', 'answers', 0])).toBe('answers-0');
    expect(formFieldKey('priceEur')).toBe('priceEur');
    expect(formFieldKey('members')).toBe('members');
  });
  it('shows item errors of an upload list on the list itself', () => {
    expect(formFieldKey('attachmentFileIds.2')).toBe('attachmentFileIds');
  });
  it('ignores what is not a path', () => {
    expect(formFieldKey(undefined)).toBeNull();
    expect(formFieldKey('input')).toBeNull();
    expect(formFieldKey(42)).toBeNull();
  });
});

describe('formError', () => {
  it('keys BAD_USER_INPUT messages by their full path', () => {
    const error = formError({
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'subcontractors.0.name', message: 'Required' },
              { path: 'subcontractors.1.name', message: 'Too long' },
              { path: 'attachmentFileIds.0', message: 'Invalid' },
            ],
          },
        },
      ],
    });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.fields).toEqual({ 'subcontractors-0-name': 'Required', 'subcontractors-1-name': 'Too long', attachmentFileIds: 'Invalid' });
  });
  it('leaves other errors as the shared mapping reads them', () => {
    const error = formError({ graphQLErrors: [{ message: 'Déjà répondu', extensions: { code: 'CONFLICT' } }] });
    expect(error).toMatchObject({ code: 'CONFLICT', serverMessage: 'Déjà répondu', fields: {} });
    expect(formError(null)).toBeNull();
  });
});

describe('ineligibleOf', () => {
  it('reads the reasons of an INELIGIBLE refusal', () => {
    const result = ineligibleOf({
      graphQLErrors: [
        {
          message: 'Ce lot est réservé.',
          extensions: {
            code: 'INELIGIBLE',
            reservation: 'RES_INSERTION',
            reasons: [{ code: 'KIND_MISSING', message: 'Aucun statut SIAE déclaré.' }, { code: 'PROOF_EXPIRED', message: 'Justificatif expiré.', organizationId: 'org-2' }, 'junk'],
          },
        },
      ],
    });
    expect(result).toEqual({
      message: 'Ce lot est réservé.',
      reasons: [
        { code: 'KIND_MISSING', message: 'Aucun statut SIAE déclaré.', organizationId: null },
        { code: 'PROOF_EXPIRED', message: 'Justificatif expiré.', organizationId: 'org-2' },
      ],
    });
  });
  it('is null for other errors', () => {
    expect(ineligibleOf({ graphQLErrors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] })).toBeNull();
    expect(ineligibleOf(undefined)).toBeNull();
  });
});
