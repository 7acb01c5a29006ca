import { performance } from 'node:perf_hooks';

/** Load time in milliseconds of each dataset loaded so far in this process. */
const timings = new Map<string, number>();

/**
 * Wraps a loader so it runs once per process, on first use, and records its
 * duration under `name`. A loader that throws is retried on the next call.
 */
export function lazy<T>(name: string, load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      const start = performance.now();
      value = load();
      timings.set(name, Math.round((performance.now() - start) * 10) / 10);
      loaded = true;
    }
    return value as T;
  };
}

/**
 * Load time (ms) of every dataset loaded so far, keyed by dataset name.
 * Datasets that were never used are absent. A dataset built on another one
 * (e.g. communes on départements) does not include the other one's time.
 */
export function referenceDataLoadTimings(): Record<string, number> {
  return Object.fromEntries(timings);
}
