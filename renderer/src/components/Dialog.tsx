import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  actions?: ReactNode;
  /** Called on submit (Enter in a field, or the primary button of type submit). */
  onSubmit?: () => void;
  wide?: boolean;
  /**
   * What gets the focus first: the first field (default), or the safe button (the first
   * non-primary action, e.g. Cancel) for a dialog whose primary action destroys something.
   */
  initialFocus?: 'field' | 'safe';
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements of `root` that Tab can reach, in order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
}

/**
 * A modal dialog: labelled by its title; Tab and Shift+Tab cycle inside it and focus cannot leave
 * it; Escape closes it wherever the focus is; the focus returns where it was when it closes.
 */
export function Dialog({ title, onClose, children, actions, onSubmit, wide, initialFocus = 'field' }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement | null>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const previous = document.activeElement as HTMLElement | null;
    const safe = root.querySelector<HTMLElement>('.dialog-actions button:not(.primary)');
    const field = root.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button.primary');
    (initialFocus === 'safe' ? (safe ?? field) : (field ?? safe))?.focus();
    const onFocusIn = (e: FocusEvent) => {
      if (!root.contains(e.target as Node)) focusables(root)[0]?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeRef.current();
      }
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKey, true);
      if (previous && previous.isConnected) previous.focus();
    };
  }, [initialFocus]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        ref={ref}
        className={wide ? 'dialog wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key !== 'Tab' || !ref.current) return;
          const items = focusables(ref.current);
          if (items.length === 0) return;
          const first = items[0];
          const last = items[items.length - 1];
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first.focus();
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

/**
 * A dialog's usual actions: Cancel (closes) and the primary submit button, named `submit`;
 * `danger` marks a destructive one (give such a dialog `initialFocus="safe"`).
 */
export function DialogButtons({ onCancel, submit, disabled, danger }: { onCancel: () => void; submit: string; disabled?: boolean; danger?: boolean }) {
  const t = useT();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('dialog.cancel')}
      </button>
      <button type="submit" className={danger ? 'primary danger' : 'primary'} disabled={disabled}>
        {submit}
      </button>
    </>
  );
}
