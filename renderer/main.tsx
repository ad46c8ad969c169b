import './lib/zod-without-eval';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AudienceApp } from './features/audience/audience-app';

// The same page serves the facilitator's window and, at #audience, the projector's read-only window.
const audience = window.location.hash === '#audience';
document.documentElement.classList.toggle('audience-mode', audience);
createRoot(document.getElementById('root')!).render(<StrictMode>{audience ? <AudienceApp /> : <App />}</StrictMode>);
