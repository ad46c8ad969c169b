// domain/ has neither DOM nor Node types; both runtimes provide Web Crypto on globalThis.
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** A new random id for a board, an initiative or a decision. */
export function newId(): string {
  return webCrypto.randomUUID();
}
