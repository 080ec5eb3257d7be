import type { Question } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { Markdown } from '../../components/markdown/Markdown';

interface QuestionInputProps {
  question: Question;
  value: string;
  onChange(value: string): void;
  /** Id of the prompt, which names the control. */
  labelledBy: string;
  disabled?: boolean;
}

export function QuestionInput({
  question: q,
  value,
  onChange,
  labelledBy,
  disabled,
}: QuestionInputProps) {
  const id = `q-${q.id}-input`;
  switch (q.kind) {
    case 'choice':
      return (
        <div role="radiogroup" aria-labelledby={labelledBy} className="question__options">
          {q.options.map((o) => (
            <label key={o.id} className="question__option">
              <input
                type="radio"
                name={id}
                value={o.id}
                checked={value === o.id}
                disabled={disabled}
                onChange={() => onChange(o.id)}
              />
              <Markdown text={o.label} inline />
            </label>
          ))}
        </div>
      );
    case 'set':
      return (
        <div className="question__field">
          <label htmlFor={id} className="question__label">
            {t('hunt.q.answer')}
          </label>
          <textarea
            id={id}
            rows={3}
            value={value}
            disabled={disabled}
            aria-describedby={`${labelledBy} ${id}-help`}
            onChange={(e) => onChange(e.target.value)}
          />
          <p id={`${id}-help`} className="hunt-muted">
            {t('hunt.q.setHelp')}
          </p>
        </div>
      );
    default:
      return (
        <div className="question__field">
          <label htmlFor={id} className="question__label">
            {t('hunt.q.answer')}
          </label>
          <input
            id={id}
            type="text"
            inputMode={q.kind === 'number' ? 'decimal' : undefined}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={labelledBy}
            value={value}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      );
  }
}
