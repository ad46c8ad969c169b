import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Unit tests never load the real Electron binary.
vi.mock('electron', () => ({}));

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// jsdom has <dialog> but not its modal methods; components open dialogs with showModal(). This stands in for the
// open state only: the inert background, Escape and focus return are the browser's, and the e2e tests check them.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
