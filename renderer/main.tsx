import './lib/zod-without-eval';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { AudienceApp } from './features/audience/audience-app';

// The same page serves the facilitator's window and, at #audience, the projector's read-only window.
const audience = window.location.hash === '#audience';
document.documentElement.classList.toggle('audience-mode', audience);
// The last resort: whatever fails to draw, the window says so and offers to draw it again, never going blank.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary
      what="this window"
      reassurance="Any open board is kept in memory and in its recovery copy. Draw the window again to carry on."
      retryLabel="Draw the window again"
    >
      {audience ? <AudienceApp /> : <App />}
    </ErrorBoundary>
  </StrictMode>,
);
