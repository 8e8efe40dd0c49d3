import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { emailTokens } from '../../../../core/emails/personalise';

interface TokenMenuProps {
  /** "subject", "body": names the button ("Insert a token into the subject"). */
  field: string;
  onInsert(token: string): void;
}

/**
 * A menu of personalisation tokens: Enter or a click inserts `{{token}}` where the caret was;
 * arrows, Home and End move, Escape closes and returns to the button.
 */
export function TokenMenu({ field, onInsert }: TokenMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const list = items.current.filter((el): el is HTMLButtonElement => el !== null);
    const index = list.findIndex((el) => el === document.activeElement);
    const move = (to: number): void => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
      }
      close();
    }
  };

  return (
    <div className="token-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Insert a token into the {field}
      </button>
      {open ? (
        <div id={`${id}-menu`} role="menu" aria-label={`Tokens for the ${field}`} className="token-menu-list" onKeyDown={onKeyDown}>
          {emailTokens.map((t, i) => (
            <button
              key={t.token}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={t.description}
              onClick={() => {
                setOpen(false);
                onInsert(t.token);
              }}
            >
              <span>{t.label}</span> <code className="muted">{`{{${t.token}}}`}</code>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
