interface ProgressBarProps {
  /** 0..100 */
  value: number;
  label: string;
  /** Spoken instead of the bare percentage, e.g. "12.3 MB of 98.0 MB read". */
  valueText?: string;
}

/**
 * The fill is scaled, not sized, and moves in steps without a transition: an animated width made
 * the page lay out and paint every frame of an import (main thread and GPU process busy for it).
 */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
    >
      <div className="progress-bar__fill" style={{ transform: `scaleX(${clamped / 100})` }} />
    </div>
  );
}
