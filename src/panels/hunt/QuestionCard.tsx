import { useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import { recordAnswer, revealAnswer, showHint } from '../../data/progress/changes';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Question } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';
import { checkAnswer, type Feedback } from '../../workbook/answers';
import { QuestionInput } from './QuestionInput';

interface QuestionCardProps {
  question: Question;
  number: number;
  progress: HuntProgressRecord | null;
}

function storedText(value: string | number | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function FeedbackText({ feedback }: { feedback: Feedback }) {
  if (feedback.verdict === 'invalid') return <>{t(`hunt.q.invalid.${feedback.reason}`)}</>;
  return (
    <>
      {t(feedback.verdict === 'right' ? 'hunt.q.right' : 'hunt.q.wrong')}
      {feedback.set && (
        <>
          {' '}
          {t('hunt.q.setScore', { found: feedback.set.found, total: feedback.set.total })}
          {feedback.set.extra.length > 0 && (
            <> {t('hunt.q.extra', { values: feedback.set.extra.join(', ') })}</>
          )}
        </>
      )}
    </>
  );
}

function AnswerText({ question }: { question: Question }) {
  switch (question.kind) {
    case 'choice': {
      const option = question.options.find((o) => o.id === question.answer);
      return <Markdown text={option?.label ?? question.answer} inline />;
    }
    case 'set':
      return <span translate="no">{question.answer.join(', ')}</span>;
    default:
      return <span translate="no">{String(question.answer)}</span>;
  }
}

export function QuestionCard({ question: q, number, progress }: QuestionCardProps) {
  const apply = useProgress((s) => s.apply);
  const stored = progress?.answers[q.id];
  const [input, setInput] = useState(() => storedText(stored?.value));
  // After a reload the stored answer is checked again, so set feedback keeps its detail.
  const [feedback, setFeedback] = useState<Feedback | null>(() =>
    stored ? checkAnswer(q, stored.value) : null,
  );
  // An answer stored from elsewhere (the same hunt open in another tab) replaces the one shown;
  // compared by value, so a change of the record alone never overwrites what is being typed.
  const storedAnswer = stored ? storedText(stored.value) : null;
  const [shownStored, setShownStored] = useState(storedAnswer);
  if (storedAnswer !== shownStored) {
    setShownStored(storedAnswer);
    if (stored && storedAnswer !== input) {
      setInput(storedAnswer ?? '');
      setFeedback(checkAnswer(q, stored.value));
    }
  }
  const hintsShown = Math.min(progress?.hints[q.id] ?? 0, q.hints.length);
  const revealed = progress?.revealed.includes(q.id) ?? false;
  const right = stored?.verdict === 'right';
  const promptId = `q-${q.id}-prompt`;
  const disabled = progress === null;

  const check = () => {
    const fb = checkAnswer(q, input);
    setFeedback(fb);
    if (fb.verdict !== 'invalid') apply(recordAnswer(q.id, input, fb.verdict));
  };

  return (
    <section
      className={`card hunt-card question${right ? ' question--right' : ''}`}
      data-testid="question"
      data-question-id={q.id}
      aria-labelledby={promptId}
    >
      <div className="question__prompt" id={promptId}>
        <span className="question__number">{number}.</span>
        <Markdown text={q.prompt} />
      </div>
      <form
        className="question__form"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <QuestionInput
          question={q}
          value={input}
          onChange={setInput}
          labelledBy={promptId}
          disabled={disabled}
        />
        <div className="question__actions">
          <button type="submit" className="button button--primary" disabled={disabled}>
            {t('hunt.q.check')}
          </button>
          {hintsShown < q.hints.length && (
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() => apply(showHint(q.id, q.hints.length))}
            >
              {hintsShown === 0 ? t('hunt.q.showHint') : t('hunt.q.showAnotherHint')}
            </button>
          )}
          {!revealed && !right && (
            <button
              type="button"
              className="button button--link"
              disabled={disabled}
              onClick={() => apply(revealAnswer(q.id))}
            >
              {t('hunt.q.reveal')}
            </button>
          )}
        </div>
      </form>
      <p
        className={`question__feedback question__feedback--${feedback?.verdict ?? 'none'}`}
        role="status"
        data-testid="question-feedback"
        data-verdict={feedback?.verdict ?? ''}
      >
        {feedback && <FeedbackText feedback={feedback} />}
      </p>
      {hintsShown > 0 && (
        <ol className="question__hints" data-testid="question-hints">
          {q.hints.slice(0, hintsShown).map((hint, i) => (
            <li key={i}>
              <span className="question__hint-label">{t('hunt.q.hint', { index: i + 1 })}</span>
              <Markdown text={hint} />
            </li>
          ))}
        </ol>
      )}
      {(revealed || right) && (
        <div className="question__answer" data-testid="question-answer">
          <p>
            <strong>{t('hunt.q.answerLabel')}</strong> <AnswerText question={q} />
          </p>
          {!q.derive && <p className="hunt-muted">{t('hunt.q.judgement')}</p>}
          <Markdown text={q.explanation} />
        </div>
      )}
    </section>
  );
}
