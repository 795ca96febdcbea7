import { useT } from '../../i18n/use-t';
import { selectEntity } from '../../state/actions';
import { EntityCombobox } from './EntityCombobox';

export const SEARCH_INPUT_ID = 'entity-search';

/** Focuses the toolbar's search box (keyboard `/`, Ctrl/Cmd+F, or the menu). */
export function focusSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
  input?.focus();
  input?.select();
}

/** The toolbar search: picking a suggestion (or Enter) selects the entity, centres it and opens its details. */
export function SearchBox() {
  const t = useT();
  return (
    <EntityCombobox
      id={SEARCH_INPUT_ID}
      className="search"
      label={t('aria.search')}
      testId="search"
      placeholder={t('search.placeholder')}
      onPick={(hit) => void selectEntity(hit.item.id)}
    />
  );
}
