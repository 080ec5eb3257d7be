import type { ImportProgress } from './types';

/**
 * How often progress is reported, and shown (store/imports.ts throttles to the same, so no report
 * is sent to be dropped): four times a second reads as live, and each update's render, layout and
 * paint cost the page's threads about 0.1 us per imported event more at ten (the 200k bench:
 * renderer main + other 1.1 us at ten, 0.9 at four).
 */
export const PROGRESS_INTERVAL_MS = 250;

/** Turns byte and event counts into the throttled progress the UI shows. */
export class ProgressMeter {
  private bytesRead = 0;
  private lastReport = 0;
  private readonly started = performance.now();

  constructor(
    private readonly totalBytes: number,
    private readonly fileCount: number,
    private readonly onProgress?: (p: ImportProgress) => void,
  ) {}

  addBytes(n: number): void {
    this.bytesRead += n;
  }

  report(file: string, fileIndex: number, events: number, skipped: number): void {
    const now = performance.now();
    if (!this.onProgress || now - this.lastReport < PROGRESS_INTERVAL_MS) return;
    this.lastReport = now;
    const seconds = (now - this.started) / 1000;
    const bytesPerSec = this.bytesRead / Math.max(seconds, 1e-3);
    this.onProgress({
      file,
      fileIndex,
      fileCount: this.fileCount,
      events,
      skipped,
      bytesRead: this.bytesRead,
      totalBytes: this.totalBytes,
      eventsPerSec: events / Math.max(seconds, 1e-3),
      etaSec: seconds > 0.5 ? (this.totalBytes - this.bytesRead) / bytesPerSec : null,
      phase: 'reading',
    });
  }

  finishing(events: number, skipped: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    this.onProgress?.({
      file: '',
      fileIndex: this.fileCount - 1,
      fileCount: this.fileCount,
      events,
      skipped,
      bytesRead: this.totalBytes,
      totalBytes: this.totalBytes,
      eventsPerSec: events / Math.max(seconds, 1e-3),
      etaSec: 0,
      phase: 'finishing',
    });
  }
}
