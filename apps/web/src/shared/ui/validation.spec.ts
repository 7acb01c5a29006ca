import { checkRule, normalizeSiret, validate } from './validation';

const t = (key: string) => `T(${key})`;

describe('validation', () => {
  it('normalises SIRET input', () => {
    expect(normalizeSiret('807 469 317 00018')).toBe('80746931700018');
    expect(normalizeSiret('807.469.317-00018')).toBe('80746931700018');
  });

  it('checks the SIRET format only (the server checks the Luhn key)', () => {
    expect(checkRule('siretFormat', '807 469 317 00018')).toBeNull();
    expect(checkRule('siretFormat', '12345678901234')).toBeNull();
    expect(checkRule('siretFormat', '1234')).toBe('validation.siretFormat');
    expect(checkRule('siretFormat', '8074693170001A')).toBe('validation.siretFormat');
  });

  it('builds a BAD_USER_INPUT error with translated messages, first failing rule per field', () => {
    const error = validate({ email: 'nope', name: '' }, { email: ['required', 'email'], name: ['required'] }, t);
    expect(error).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.code.BAD_USER_INPUT',
      fields: { email: 'T(validation.email)', name: 'T(validation.required)' },
    });
    expect(validate({ email: 'a@b.fr' }, { email: ['required', 'email'] }, t)).toBeNull();
  });

  it('adds extra field errors', () => {
    expect(validate({ a: 'x' }, { a: ['required'] }, t, { b: 'validation.passwordMismatch' })?.fields).toEqual({
      b: 'T(validation.passwordMismatch)',
    });
  });
});
