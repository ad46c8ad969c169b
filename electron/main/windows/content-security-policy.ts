/**
 * The renderer's Content-Security-Policy (DESIGN.md §4): the page loads only its own files. The build writes it
 * into index.html as a meta tag, and the app's scheme sends it as a response header with every file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
