import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  label: ReactNode;
  /** Accessible name of the trigger when `label` is not plain text. */
  ariaLabel?: string;
  className?: string;
  children: ReactNode;
}

/** A button that opens a small panel; Escape or a click outside closes it. */
export function Popover({ label, ariaLabel, className, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className={`popover ${className ?? ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={ariaLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open ? (
        <div id={panelId} className="popover-panel" role="group" aria-label={ariaLabel ?? (typeof label === 'string' ? label : undefined)}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
