import { safeNext, withNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/invitations/accept?token=a%2Bb', '/invitations/accept?token=a%2Bb'],
    ['/organizations/1/members', '/organizations/1/members'],
  ])('keeps same-origin path %s', (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'dashboard',
    '/login?next=/x',
    '/signup',
    '/logout',
    '/a\u0000b',
  ])('falls back for %p', (input) => {
    expect(safeNext(input as string | null | undefined)).toBe('/dashboard');
  });

  it('uses the given fallback', () => {
    expect(safeNext('//x', '/')).toBe('/');
  });
});

describe('withNext', () => {
  it('encodes the return path and extra params', () => {
    expect(withNext('/login', '/invitations/accept?token=abc', { email: 'a+b@x.fr' })).toBe(
      '/login?next=%2Finvitations%2Faccept%3Ftoken%3Dabc&email=a%2Bb%40x.fr',
    );
    const url = new URL(withNext('/signup', '/invitations/accept?token=abc'), 'http://h');
    expect(url.searchParams.get('next')).toBe('/invitations/accept?token=abc');
  });

  it('drops unsafe or missing return paths', () => {
    expect(withNext('/login', null)).toBe('/login');
    expect(withNext('/login', 'https://evil.example')).toBe('/login');
  });
});
