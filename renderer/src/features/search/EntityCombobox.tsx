import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useT } from '../../i18n/use-t';
import { searchEntities } from './search-index';
import type { SearchHit } from './search-index';
import { useSearchIndex } from './use-search-index';
import { TypeDot } from '../graph/TypeDot';

export interface EntityComboboxProps {
  /** Accessible name of the input. */
  label: string;
  placeholder?: string;
  onPick: (hit: SearchHit) => void;
  /** Ids that cannot be picked (e.g. the entity itself). */
  exclude?: string[];
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  testId?: string;
  /** Clear the text after a pick. */
  clearOnPick?: boolean;
  className?: string;
}

/**
 * A search box with a suggestion listbox over the workspace's entities (name, alias, pinyin).
 * Arrow keys move through suggestions; Enter picks the highlighted one, or the first.
 */
export function EntityCombobox({ label, placeholder, onPick, exclude, inputRef, id, testId, clearOnPick, className }: EntityComboboxProps) {
  const t = useT();
  const index = useSearchIndex();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => {
    const found = searchEntities(index, query, 12 + (exclude?.length ?? 0));
    return (exclude ? found.filter((h) => !exclude.includes(h.item.id)) : found).slice(0, 12);
  }, [index, query, exclude]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setQuery(clearOnPick ? '' : hit.item.name);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      if (open && query) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };
  const showList = open && query.trim().length > 0;
  return (
    <div className={`combobox ${className ?? ''}`}>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        data-testid={testId}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="suggestions" role="listbox" id={listId} aria-label={label}>
          {hits.length === 0 && <li className="suggestion empty">{t('search.none')}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.item.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'suggestion active' : 'suggestion'}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <TypeDot type={hit.item.type} />
              <span className="suggestion-name">{hit.item.name}</span>
              {hit.alias && <span className="suggestion-alias">{t('search.alias', { alias: hit.alias })}</span>}
              <span className="suggestion-type">{t(`type.${hit.item.type}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
