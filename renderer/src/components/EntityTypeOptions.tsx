import { ENTITY_TYPES } from '../../../electron/shared/types';
import { useT } from '../i18n/use-t';

/** The `<option>`s of a select of entity types, named in the interface language. */
export function EntityTypeOptions() {
  const t = useT();
  return (
    <>
      {ENTITY_TYPES.map((ty) => (
        <option key={ty} value={ty}>
          {t(`type.${ty}`)}
        </option>
      ))}
    </>
  );
}
