import type { Ref } from 'react';

/** The search field at the top of the articles pane (the list's filter, the full-text search). */
export function PaneSearch(props: { label: string; placeholder: string; value: string; onChange: (value: string) => void; inputRef?: Ref<HTMLInputElement>; testId?: string }) {
  return (
    <input
      ref={props.inputRef}
      type="search"
      className="pane-search"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      data-testid={props.testId}
    />
  );
}
