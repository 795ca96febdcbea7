import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../electron/shared/types';

describe('shared types', () => {
  it('lists the four entity types of the guidelines', () => {
    expect([...ENTITY_TYPES].sort()).toEqual(['organisation', 'person', 'place', 'program']);
  });
});
