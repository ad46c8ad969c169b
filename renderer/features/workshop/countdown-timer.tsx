import './workshop.css';
import { useEffect, useState } from 'react';
import type { TimerState } from '../../store/workshop-slice';
import { initialTimer } from '../../store/workshop-slice';
import { useBoardStore } from '../../store/board-store';

const PRESETS = [5, 10, 15, 25];

export function remainingOf(timer: TimerState, now = Date.now()): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Re-renders every quarter second while the timer runs. */
export function useTimerClock(timer: TimerState): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.endsAt === null) return;
    const interval = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(interval);
  }, [timer.endsAt]);
  return remainingOf(timer, timer.endsAt === null ? undefined : now);
}

/** A short chime the room can hear, made on the spot: the app ships no sound files and needs no network. */
function chime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  [0, 0.35, 0.7].forEach((offset) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, context.currentTime + offset);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + offset + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(context.currentTime + offset);
    oscillator.stop(context.currentTime + offset + 0.3);
  });
  window.setTimeout(() => void context.close(), 1500);
}

/** The countdown in the toolbar: presets, custom minutes, start, pause and reset; it flashes and chimes at zero. */
export function CountdownTimer() {
  const timer = useBoardStore((s) => s.timer);
  const setTimer = useBoardStore((s) => s.setTimer);
  const remaining = useTimerClock(timer);
  const running = timer.endsAt !== null && remaining > 0;
  const ended = timer.endsAt !== null && remaining === 0;

  useEffect(() => {
    if (!ended) return;
    chime();
  }, [ended]);

  const minutes = timer.durationMs / 60_000;
  const [custom, setCustom] = useState(!PRESETS.includes(minutes));
  const start = () => setTimer({ ...timer, endsAt: Date.now() + (remaining > 0 ? remaining : timer.durationMs) });
  const pause = () => setTimer({ ...timer, endsAt: null, remainingMs: remaining });
  const reset = (minutes = timer.durationMs / 60_000) => setTimer(initialTimer(minutes));

  return (
    <div
      className={`timer${ended ? ' ended' : ''}${running ? ' running' : ''}`}
      role="group"
      aria-label="Countdown timer"
    >
      <span className="timer-clock" role="timer" aria-live={ended ? 'assertive' : 'off'}>
        {ended ? "Time's up" : formatClock(remaining)}
      </span>
      {running ? (
        <button type="button" className="button small" onClick={pause}>
          Pause
        </button>
      ) : (
        <button type="button" className="button small" onClick={ended ? () => reset() : start}>
          {ended ? 'Reset' : 'Start'}
        </button>
      )}
      <select
        aria-label="Timer length"
        value={custom ? 'custom' : String(minutes)}
        onChange={(e) => {
          if (e.target.value === 'custom') setCustom(true);
          else {
            setCustom(false);
            reset(Number(e.target.value));
          }
        }}
      >
        {PRESETS.map((m) => (
          <option key={m} value={m}>
            {m} min
          </option>
        ))}
        <option value="custom">Custom</option>
      </select>
      {custom ? (
        <input
          type="number"
          className="timer-minutes"
          aria-label="Timer minutes"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (value >= 1 && value <= 240) reset(value);
          }}
        />
      ) : null}
    </div>
  );
}
