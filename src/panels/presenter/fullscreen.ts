import { useEffect, useState } from 'react';

/** Asks for full screen; where it is refused (headless, a policy) presenting goes on windowed. */
export function enterFullscreen(): void {
  document.documentElement.requestFullscreen?.().catch(() => {});
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/** Whether the page is full screen now. */
export function useFullscreen(): boolean {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return full;
}
