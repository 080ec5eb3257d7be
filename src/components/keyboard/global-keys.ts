/** Whether the key was pressed while typing, where a plain key belongs to the text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

function isVisible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0;
}

/** The first search box on screen, as the user reads the page. */
export function firstSearchBox(): HTMLElement | null {
  const boxes = document.querySelectorAll<HTMLElement>('[data-search-input]');
  for (const box of boxes) if (isVisible(box)) return box;
  return null;
}
