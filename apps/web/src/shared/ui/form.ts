import type { FormEvent } from 'react';

/** Reads a submitted form's text fields (trimmed, except passwords). */
export function readForm(event: FormEvent<HTMLFormElement>): Record<string, string> {
  const data = new FormData(event.currentTarget);
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    values[key] = /password/i.test(key) ? value : value.trim();
  }
  return values;
}
