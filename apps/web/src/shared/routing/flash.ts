/** One-shot message carried in history state across a navigation ("Organisation created"). */
export interface Flash {
  key: string;
  params?: Record<string, string>;
  kind?: 'success' | 'info' | 'warning';
}

export function flashState(flash: Flash): { flash: Flash } {
  return { flash };
}

export function readFlash(state: unknown): Flash | null {
  if (!state || typeof state !== 'object') return null;
  const flash = (state as { flash?: unknown }).flash;
  if (!flash || typeof flash !== 'object') return null;
  const key = (flash as { key?: unknown }).key;
  return typeof key === 'string' ? (flash as Flash) : null;
}
