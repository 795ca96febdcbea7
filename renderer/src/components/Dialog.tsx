import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  actions?: ReactNode;
  /** Called on submit (Enter in a field, or the primary button of type submit). */
  onSubmit?: () => void;
  wide?: boolean;
}

/** A modal dialog: labelled by its title, closes on Escape, focuses its first field. */
export function Dialog({ title, onClose, children, actions, onSubmit, wide }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button.primary');
    first?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        ref={ref}
        className={wide ? 'dialog wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        {actions && <div className="dialog-actions">{actions}</div>}
      </form>
    </div>
  );
}
