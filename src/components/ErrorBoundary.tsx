import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t, type MessageKey } from '../i18n/messages';
import './error-boundary.css';

/** Which part of the page failed; it names the message the user sees. */
export type FailedArea = 'app' | 'screen' | 'view' | 'event';

const HEADINGS: Record<FailedArea, MessageKey> = {
  app: 'errors.app',
  screen: 'errors.screen',
  view: 'errors.view',
  event: 'errors.event',
};

interface Props {
  area: FailedArea;
  /** A change of this value (another result, another route) clears the failure. */
  resetKey?: unknown;
  /** The element the fallback is rendered as, to keep the surrounding markup valid (`li`). */
  as?: 'div' | 'li';
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

function errorOf(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Keeps a failure in one part of the page inside that part: what failed is shown in its place
 * (as text), and the rest of the page goes on working. Log data is attacker-written, so a view
 * that chokes on one event must not take the app down with it.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: errorOf(thrown) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    console.error(`Error boundary (${this.props.area}) caught:`, thrown, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { area, as: Tag = 'div' } = this.props;
    return (
      <Tag className="error-boundary" role="alert" data-failed={area}>
        <p className="error-boundary__heading">{t(HEADINGS[area])}</p>
        <p className="error-boundary__detail">{t('errors.detail', { message: error.message })}</p>
        {area === 'app' ? (
          <button type="button" className="button" onClick={() => location.reload()}>
            {t('errors.reload')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            {t('errors.retry')}
          </button>
        )}
      </Tag>
    );
  }
}
