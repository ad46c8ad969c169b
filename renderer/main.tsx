import './lib/zod-without-eval';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { WindowErrorBoundary } from './app/error-boundary';
import { AudienceApp } from './features/audience/audience-app';

// The same page serves the facilitator's window and, at #audience, the projector's read-only window.
const audience = window.location.hash === '#audience';
document.documentElement.classList.toggle('audience-mode', audience);
// The last resort: whatever fails to draw, the window says so and offers to draw it again, never going blank.
// The facilitator's window has its boundary inside App, below the hooks that start it (app.tsx tells why); this
// outer one catches only what those hooks throw, and drawing again then does not start the window again either.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WindowErrorBoundary>{audience ? <AudienceApp /> : <App />}</WindowErrorBoundary>
  </StrictMode>,
);
