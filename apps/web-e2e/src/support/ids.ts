import { randomBytes } from 'node:crypto';

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** A unique address per run and role, e.g. e2e-admin-lx2k9a1f3c@essor.test. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${runId}@essor.test`;
}

export function uniqueName(label: string): string {
  return `${label} ${runId}`;
}
