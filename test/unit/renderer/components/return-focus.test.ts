// @vitest-environment jsdom
import { cardHandle, returnFocus } from '../../../../renderer/components/return-focus';

/** After returnFocus's deferred move. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focus given back to the card a dialog was about', () => {
  it('goes to the card’s handle on the board', async () => {
    document.body.innerHTML = `
      <main tabindex="-1"><ul><li data-initiative-id="c-1"><button class="card-handle">Claims triage</button></li></ul></main>`;
    returnFocus(null, () => cardHandle('c-1'));
    await settle();
    expect(document.activeElement).toBe(document.querySelector('.card-handle'));
  });

  it('goes to the card’s bubble when the matrix is shown in place of the board', async () => {
    // As the matrix draws its bubbles: focusable circles with the initiative's id, and no card handle anywhere.
    document.body.innerHTML = `
      <main tabindex="-1"><svg>
        <circle class="matrix-bubble" data-initiative-id="c-0" role="button" tabindex="0" r="4"></circle>
        <circle class="matrix-bubble" data-initiative-id="c-1" role="button" tabindex="-1" r="4"></circle>
      </svg></main>`;
    const bubble = document.querySelector('circle[data-initiative-id="c-1"]');
    expect(cardHandle('c-1')).toBe(bubble);
    returnFocus(null, () => cardHandle('c-1'));
    await settle();
    expect(document.activeElement).toBe(bubble);
  });

  it('prefers the handle when both are in the page, and falls back to the main area when neither is', async () => {
    document.body.innerHTML = `
      <main tabindex="-1">
        <svg><circle class="matrix-bubble" data-initiative-id="c-1" tabindex="-1" r="4"></circle></svg>
        <ul><li data-initiative-id="c-1"><button class="card-handle">Claims triage</button></li></ul>
      </main>`;
    expect(cardHandle('c-1')).toBe(document.querySelector('.card-handle'));
    returnFocus(null, () => cardHandle('gone'));
    await settle();
    expect(document.activeElement).toBe(document.querySelector('main'));
  });
});
