import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../../renderer/src/features/keyboard/use-shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('focuses search with / and Ctrl/Cmd+F', () => {
    expect(shortcutFor(key('/'), false)).toBe('search');
    expect(shortcutFor(key('f', { ctrlKey: true }), false)).toBe('search');
    expect(shortcutFor(key('f', { metaKey: true }), true)).toBe('search');
    // Typing a slash in a field is just typing.
    expect(shortcutFor(key('/'), true)).toBeNull();
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Shift+Ctrl/Cmd+Z, but not while typing', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('clears with Esc and asks to delete with Delete', () => {
    expect(shortcutFor(key('Escape'), false)).toBe('clear');
    expect(shortcutFor(key('Delete'), false)).toBe('delete');
    expect(shortcutFor(key('Delete'), true)).toBeNull();
    expect(shortcutFor(key('q'), false)).toBeNull();
  });

  it('does not ask to delete on Backspace (too easily pressed)', () => {
    expect(shortcutFor(key('Backspace'), false)).toBeNull();
  });

  it('opens help with ?, zooms with + - 0, finds paths with P, toggles the table with T', () => {
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('help');
    expect(shortcutFor(key('+'), false)).toBe('zoomIn');
    expect(shortcutFor(key('-'), false)).toBe('zoomOut');
    expect(shortcutFor(key('0'), false)).toBe('fit');
    expect(shortcutFor(key('p'), false)).toBe('path');
    expect(shortcutFor(key('T'), false)).toBe('table');
    expect(shortcutFor(key('a'), false)).toBe('articles');
    expect(shortcutFor(key('a'), true)).toBeNull();
    expect(shortcutFor(key('p'), true)).toBeNull();
  });
});
