import { changedPreferences, clampPage, formatNotificationDate, isNotificationCategory, safeNotificationPath } from './notification-view';

describe('notification view helpers', () => {
  it('clamps the page from the URL', () => {
    expect(clampPage(null)).toBe(1);
    expect(clampPage('abc')).toBe(1);
    expect(clampPage('-3')).toBe(1);
    expect(clampPage('4')).toBe(4);
    expect(clampPage('4', 2)).toBe(2);
    expect(clampPage('4', 0)).toBe(4);
  });

  it('sends only the preferences the user changed', () => {
    const saved = [
      { category: 'NEED_MATCHED' as const, emailEnabled: true },
      { category: 'SAVED_SEARCH' as const, emailEnabled: false },
      { category: 'NEED_STATUS' as const, emailEnabled: true },
    ];
    expect(changedPreferences(saved, {})).toEqual([]);
    expect(changedPreferences(saved, { NEED_MATCHED: true, SAVED_SEARCH: true, NEED_STATUS: false })).toEqual([
      { category: 'SAVED_SEARCH', emailEnabled: true },
      { category: 'NEED_STATUS', emailEnabled: false },
    ]);
  });

  it('formats dates in Paris time', () => {
    expect(formatNotificationDate('2026-07-01T08:30:00Z', 'fr')).toContain('10:30');
    expect(formatNotificationDate('2026-01-01T08:30:00Z', 'en')).toContain('09:30');
    expect(formatNotificationDate('nope', 'fr')).toBe('');
  });

  it('keeps link targets inside the app', () => {
    expect(safeNotificationPath('/besoins/7d0c2a54-1f3b-4c5e-9a6b-2c3d4e5f6a7b')).toBe('/besoins/7d0c2a54-1f3b-4c5e-9a6b-2c3d4e5f6a7b');
    expect(safeNotificationPath('//evil.example/x')).toBeNull();
    expect(safeNotificationPath('https://evil.example')).toBeNull();
    expect(safeNotificationPath('javascript:alert(1)')).toBeNull();
    expect(safeNotificationPath(null)).toBeNull();
  });

  it('recognises categories', () => {
    expect(isNotificationCategory('NEED_MATCHED')).toBe(true);
    expect(isNotificationCategory('NOPE')).toBe(false);
  });
});
