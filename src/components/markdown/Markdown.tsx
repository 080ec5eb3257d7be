import { renderMarkdown, type MarkdownOptions } from './render';
import './markdown.css';

interface MarkdownProps extends MarkdownOptions {
  text: string;
}

export function Markdown({ text, ...opts }: MarkdownProps) {
  return <>{renderMarkdown(text, opts)}</>;
}
