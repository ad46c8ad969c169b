import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Unit tests never load the real Electron binary.
vi.mock('electron', () => ({}));

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
