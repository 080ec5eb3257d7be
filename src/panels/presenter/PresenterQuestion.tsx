import { Markdown } from '../../components/markdown/Markdown';
import type { Question } from '../../hunts/types';
import { t } from '../../i18n/messages';

/** A choice's label is Markdown; other answers are values from the data, shown as text. */
function AnswerText({ question: q }: { question: Question }) {
  switch (q.kind) {
    case 'choice':
      return <Markdown text={q.options.find((o) => o.id === q.answer)?.label ?? q.answer} inline />;
    case 'set':
      return <span translate="no">{q.answer.join(', ')}</span>;
    default:
      return <span translate="no">{String(q.answer)}</span>;
  }
}

interface PresenterQuestionProps {
  question: Question;
  number: number;
  answerShown: boolean;
}

/** A question put to the room: its prompt (and choices), and its answer once revealed. */
export function PresenterQuestion({ question: q, number, answerShown }: PresenterQuestionProps) {
  return (
    <section
      className="card presenter-question"
      data-testid="presenter-question"
      data-question-id={q.id}
      data-part=""
      aria-label={t('presenter.question', { index: number })}
    >
      <div className="presenter-question__prompt">
        <span className="presenter-question__number">{number}.</span>
        <Markdown text={q.prompt} />
      </div>
      {q.kind === 'choice' && (
        <ol className="presenter-question__options" type="A">
          {q.options.map((o) => (
            <li key={o.id}>
              <Markdown text={o.label} inline />
            </li>
          ))}
        </ol>
      )}
      {answerShown && (
        <div className="presenter-question__answer" data-testid="presenter-answer" data-part="">
          <p>
            <strong>{t('presenter.answer')}</strong> <AnswerText question={q} />
          </p>
          {!q.derive && <p className="hunt-muted">{t('presenter.judgement')}</p>}
          <Markdown text={q.explanation} />
        </div>
      )}
    </section>
  );
}
