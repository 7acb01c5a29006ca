import { fieldName, hasCode, toAppError } from './app-error';

const gql = (message: string, extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message, extensions }] });

describe('toAppError', () => {
  it('returns null without error', () => {
    expect(toAppError(null)).toBeNull();
    expect(toAppError(undefined)).toBeNull();
    expect(toAppError({ graphQLErrors: [] })).toBeNull();
  });

  it('maps a network failure to NETWORK', () => {
    expect(toAppError({ networkError: new Error('fetch failed'), graphQLErrors: [] })).toEqual({
      code: 'NETWORK',
      messageKey: 'errors.code.NETWORK',
      fields: {},
    });
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'] as const)(
    'maps %s to its translated key and keeps the server message',
    (code) => {
      const error = toAppError(gql('Message serveur', { code }));
      expect(error?.code).toBe(code);
      expect(error?.messageKey).toBe(`errors.code.${code}`);
      expect(error?.serverMessage).toBe('Message serveur');
      expect(error?.fields).toEqual({});
    },
  );

  it('maps unknown codes to INTERNAL_SERVER_ERROR and hides the internal message', () => {
    const error = toAppError(gql('relation "users" does not exist', { code: 'SOMETHING_ELSE' }));
    expect(error?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.messageKey).toBe('errors.code.INTERNAL_SERVER_ERROR');
    expect(error?.serverMessage).toBeUndefined();
    expect(toAppError(gql('boom', {}))?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('uses the reason-specific key for FORBIDDEN EMAIL_NOT_VERIFIED', () => {
    const error = toAppError(gql('Adresse non vérifiée', { code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' }));
    expect(error?.code).toBe('FORBIDDEN');
    expect(error?.reason).toBe('EMAIL_NOT_VERIFIED');
    expect(error?.messageKey).toBe('errors.reason.EMAIL_NOT_VERIFIED');
  });

  it('keeps the code key for an unknown reason', () => {
    expect(toAppError(gql('x', { code: 'FORBIDDEN', reason: 'NOT_ADMIN' }))?.messageKey).toBe('errors.code.FORBIDDEN');
  });

  it('collects BAD_USER_INPUT field messages from extensions.fields', () => {
    const error = toAppError(
      gql('Données invalides', {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'siret', message: 'Le SIRET est invalide (clé de contrôle).' },
          { path: 'input.name', message: 'Le nom est obligatoire.' },
          { path: ['input', 'email'], message: 'Adresse invalide.' },
        ],
      }),
    );
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.fields).toEqual({
      siret: 'Le SIRET est invalide (clé de contrôle).',
      name: 'Le nom est obligatoire.',
      email: 'Adresse invalide.',
    });
  });

  it('accepts the single-field form extensions.field with the error message', () => {
    const error = toAppError(gql('SIRET invalide', { code: 'BAD_USER_INPUT', field: 'siret' }));
    expect(error?.fields).toEqual({ siret: 'SIRET invalide' });
  });

  it('keeps the first message per field and ignores malformed entries', () => {
    const error = toAppError(
      gql('x', { code: 'BAD_USER_INPUT', fields: [null, 3, { path: 'siret', message: 'a' }, { path: 'siret', message: 'b' }] }),
    );
    expect(error?.fields).toEqual({ siret: 'a' });
  });

  it('reads retryAfter for RATE_LIMITED', () => {
    expect(toAppError(gql('x', { code: 'RATE_LIMITED', retryAfter: 12.2 }))?.retryAfter).toBe(13);
    expect(toAppError(gql('x', { code: 'RATE_LIMITED', retryAfter: 'soon' }))?.retryAfter).toBeUndefined();
  });
});

describe('fieldName', () => {
  it.each([
    ['siret', 'siret'],
    ['input.siret', 'siret'],
    ['input/siret', 'siret'],
    [['input', 'siret'], 'siret'],
    [['members', 0], 'members'],
    ['', null],
    [undefined, null],
    [42, null],
  ])('%p -> %p', (path, expected) => {
    expect(fieldName(path)).toBe(expected);
  });
});

describe('hasCode', () => {
  it('finds a code in any error', () => {
    const error = { graphQLErrors: [{ message: 'a', extensions: { code: 'NOT_FOUND' } }, { message: 'b', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(hasCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasCode(error, 'FORBIDDEN')).toBe(false);
    expect(hasCode(null, 'FORBIDDEN')).toBe(false);
  });
});
