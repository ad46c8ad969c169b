// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useToday } from '../../../../renderer/lib/use-today';

function Day({ name }: { name: string }) {
  return <p data-testid={name}>{useToday()}</p>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useToday', () => {
  it('is the local calendar day, and draws again when the day rolls over at midnight', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 5, 30, 23, 59, 0));
    render(
      <>
        <Day name="card" />
        <Day name="panel" />
      </>,
    );
    expect(screen.getByTestId('card')).toHaveTextContent('2026-06-30');
    act(() => vi.advanceTimersByTime(59_000));
    expect(screen.getByTestId('card')).toHaveTextContent('2026-06-30');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByTestId('card')).toHaveTextContent('2026-07-01');
    expect(screen.getByTestId('panel')).toHaveTextContent('2026-07-01');
    // And the midnight after, a whole day later.
    act(() => vi.advanceTimersByTime(24 * 60 * 60 * 1000 - 1));
    expect(screen.getByTestId('card')).toHaveTextContent('2026-07-01');
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByTestId('card')).toHaveTextContent('2026-07-02');
  });

  it('keeps no timer once nothing shows the day', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { unmount } = render(<Day name="card" />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
