import { useRef, useState, type ReactNode } from 'react';
import './drop-zone.css';

interface DropZoneProps {
  /** The button that opens the file dialog (and the hidden input's name). */
  chooseLabel: string;
  dropHere: string;
  /** Said while files are dragged over the zone. */
  dropActive: string;
  accept: string;
  multiple?: boolean;
  /** Refuses drops and picks (an import under way, a field to correct first). */
  disabled?: boolean;
  testId?: string;
  inputTestId: string;
  /** The files dropped or picked, unless disabled. */
  onFiles(files: FileList): void;
  /** Said under the zone's text (the formats it takes). */
  children?: ReactNode;
}

/** Where files are dropped, or chosen with a button: the data manager's and the hunt library's. */
export function DropZone({
  chooseLabel,
  dropHere,
  dropActive,
  accept,
  multiple,
  disabled = false,
  testId,
  inputTestId,
  onFiles,
  children,
}: DropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--active' : ''}${disabled ? ' drop-zone--disabled' : ''}`}
      data-testid={testId}
      onDragEnter={(e) => {
        e.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!disabled) onFiles(e.dataTransfer.files);
      }}
    >
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
      >
        {chooseLabel}
      </button>
      <span className="drop-zone__text">{dragging ? dropActive : dropHere}</span>
      {children}
      <input
        ref={inputRef}
        type="file"
        multiple={multiple}
        hidden
        tabIndex={-1}
        accept={accept}
        aria-label={chooseLabel}
        data-testid={inputTestId}
        onChange={(e) => {
          if (!disabled && e.currentTarget.files) onFiles(e.currentTarget.files);
          // Cleared so that picking the same file again (e.g. after a cancel) fires change.
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}
