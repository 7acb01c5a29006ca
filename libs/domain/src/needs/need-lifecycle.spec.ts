import {
  acceptsResponses,
  canEditNeed,
  isNeedStatus,
  isTerminalNeedStatus,
  isVersionedEdit,
  NEED_ACTIONS,
  NEED_STATUSES,
  needActionRequiresReason,
  nextNeedStatus,
  type NeedAction,
  type NeedStatus,
} from './need-lifecycle';

// Every (status, action) pair, written out: a pair missing here or answered differently fails.
// Columns: moderation off, moderation on ('-' = INVALID_TRANSITION).
const TABLE: Record<NeedStatus, Record<NeedAction, [NeedStatus | '-', NeedStatus | '-']>> = {
  DRAFT: {
    PUBLISH: ['PUBLISHED', 'PENDING_REVIEW'],
    APPROVE: ['-', '-'],
    REJECT: ['-', '-'],
    CLOSE: ['-', '-'],
    AWARD: ['-', '-'],
    CANCEL: ['CANCELLED', 'CANCELLED'],
  },
  PENDING_REVIEW: {
    PUBLISH: ['-', '-'],
    APPROVE: ['PUBLISHED', 'PUBLISHED'],
    REJECT: ['DRAFT', 'DRAFT'],
    CLOSE: ['-', '-'],
    AWARD: ['-', '-'],
    CANCEL: ['CANCELLED', 'CANCELLED'],
  },
  PUBLISHED: {
    PUBLISH: ['-', '-'],
    APPROVE: ['-', '-'],
    REJECT: ['-', '-'],
    CLOSE: ['CLOSED', 'CLOSED'],
    AWARD: ['-', '-'],
    CANCEL: ['CANCELLED', 'CANCELLED'],
  },
  CLOSED: {
    PUBLISH: ['-', '-'],
    APPROVE: ['-', '-'],
    REJECT: ['-', '-'],
    CLOSE: ['-', '-'],
    AWARD: ['AWARDED', 'AWARDED'],
    CANCEL: ['CANCELLED', 'CANCELLED'],
  },
  AWARDED: {
    PUBLISH: ['-', '-'],
    APPROVE: ['-', '-'],
    REJECT: ['-', '-'],
    CLOSE: ['-', '-'],
    AWARD: ['-', '-'],
    CANCEL: ['-', '-'],
  },
  CANCELLED: {
    PUBLISH: ['-', '-'],
    APPROVE: ['-', '-'],
    REJECT: ['-', '-'],
    CLOSE: ['-', '-'],
    AWARD: ['-', '-'],
    CANCEL: ['-', '-'],
  },
};

describe('nextNeedStatus', () => {
  const cases = NEED_STATUSES.flatMap((status) =>
    NEED_ACTIONS.flatMap((action) =>
      [false, true].map((moderation) => ({ status, action, moderation, expected: TABLE[status][action][moderation ? 1 : 0] })),
    ),
  );

  it('covers all 6 statuses × 6 actions × 2 moderation settings', () => {
    expect(cases).toHaveLength(72);
  });

  it.each(cases)('$status + $action (moderation $moderation) -> $expected', ({ status, action, moderation, expected }) => {
    const result = nextNeedStatus(status, action, { moderation });
    if (expected === '-') expect(result).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    else expect(result).toEqual({ ok: true, status: expected });
  });

  it('terminal statuses accept no action at all', () => {
    for (const status of NEED_STATUSES.filter(isTerminalNeedStatus)) {
      for (const action of NEED_ACTIONS) expect(nextNeedStatus(status, action, { moderation: true }).ok).toBe(false);
    }
    expect(NEED_STATUSES.filter(isTerminalNeedStatus)).toEqual(['AWARDED', 'CANCELLED']);
  });
});

describe('editing', () => {
  it.each<[NeedStatus, boolean, boolean]>([
    ['DRAFT', true, false],
    ['PENDING_REVIEW', true, false],
    ['PUBLISHED', true, true],
    ['CLOSED', false, false],
    ['AWARDED', false, false],
    ['CANCELLED', false, false],
  ])('%s: editable %s, versioned %s', (status, editable, versioned) => {
    expect(canEditNeed(status)).toBe(editable);
    expect(isVersionedEdit(status)).toBe(versioned);
  });

  it('a versioned edit is always an allowed edit', () => {
    for (const status of NEED_STATUSES) if (isVersionedEdit(status)) expect(canEditNeed(status)).toBe(true);
  });
});

describe('acceptsResponses', () => {
  const deadline = new Date('2026-06-30T10:00:00Z');

  it('is open while published, up to the deadline (excluded)', () => {
    expect(acceptsResponses('PUBLISHED', deadline, new Date('2026-06-30T09:59:59.999Z'))).toBe(true);
    expect(acceptsResponses('PUBLISHED', deadline, deadline)).toBe(false);
    expect(acceptsResponses('PUBLISHED', deadline, new Date('2026-07-01T00:00:00Z'))).toBe(false);
  });

  it.each<NeedStatus>(['DRAFT', 'PENDING_REVIEW', 'CLOSED', 'AWARDED', 'CANCELLED'])(
    'is shut when %s, even before the deadline',
    (status) => {
      expect(acceptsResponses(status, deadline, new Date('2026-06-01T00:00:00Z'))).toBe(false);
    },
  );
});

describe('helpers', () => {
  it('only a staff rejection needs a reason', () => {
    expect(NEED_ACTIONS.filter(needActionRequiresReason)).toEqual(['REJECT']);
  });

  it('recognises statuses', () => {
    expect(isNeedStatus('PUBLISHED')).toBe(true);
    expect(isNeedStatus('SUBMITTED')).toBe(false);
    expect(isNeedStatus(3)).toBe(false);
  });
});
