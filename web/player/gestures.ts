export interface GestureActions {
  togglePlay(): void;
  next(): void;
  previous(): void;
  restart(): void;
}

const KEY_ACTIONS: Record<string, keyof GestureActions> = { ' ': 'togglePlay', ArrowRight: 'next', ArrowLeft: 'previous', Home: 'restart' };

/** Elements that already use these keys themselves (a focused button takes space, a select takes arrows). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * Space plays or pauses, the arrows turn pages, Home starts again. Listens on the document so the
 * keys work wherever focus is, except inside a control that needs the key itself.
 */
export function listenToKeys(actions: GestureActions, target: Document = document): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) return;
    const action = KEY_ACTIONS[event.key];
    if (!action) return;
    event.preventDefault();
    actions[action]();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}

/** A mostly sideways swipe of at least this many pixels turns the page. */
const SWIPE_DISTANCE = 50;

/** Swipe left for the next page, right for the previous one; vertical moves are left to scrolling. */
export function listenToSwipes(area: HTMLElement, actions: GestureActions): () => void {
  let start: { x: number; y: number } | null = null;
  const onStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onEnd = (event: TouchEvent) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    start = null;
    if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) actions.next();
    else actions.previous();
  };
  area.addEventListener('touchstart', onStart, { passive: true });
  area.addEventListener('touchend', onEnd, { passive: true });
  return () => {
    area.removeEventListener('touchstart', onStart);
    area.removeEventListener('touchend', onEnd);
  };
}
