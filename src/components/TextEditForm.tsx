/**
 * A text being edited: a labelled box with Save and Cancel, used wherever a note or a list is
 * edited in place (step notes, trainer notes, a verdict's reasons). The caller keeps the draft,
 * so it decides when editing starts and what saving means.
 */
export function TextEditForm({
  id,
  label,
  value,
  rows,
  className,
  saveLabel,
  cancelLabel,
  onChange,
  onSave,
  onCancel,
}: {
  id: string;
  label: string;
  value: string;
  rows: number;
  className: string;
  saveLabel: string;
  cancelLabel: string;
  onChange: (text: string) => void;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className={className}
        rows={rows}
        value={value}
        autoFocus
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="hunt-actions">
        <button type="submit" className="button button--primary">
          {saveLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </span>
    </form>
  );
}
