import { useEffect, useRef } from 'preact/hooks';

export interface ReviewKeys {
  move(delta: number): void;
  accept(): void;
  edit(): void;
  reject(): void;
}

/**
 * The review list's keys, anywhere on the page but in a form field: j or ↓ and k or ↑ move, a
 * accepts, e opens the edits, r asks for a reason to reject.
 */
export function useKeys(keys: ReviewKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (target?.closest('input, textarea, select, dialog')) return;
      const actions: Record<string, () => void> = {
        j: () => latest.current.move(1),
        ArrowDown: () => latest.current.move(1),
        k: () => latest.current.move(-1),
        ArrowUp: () => latest.current.move(-1),
        a: () => latest.current.accept(),
        e: () => latest.current.edit(),
        r: () => latest.current.reject(),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
