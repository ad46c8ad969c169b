import './file.css';
import { useEffect } from 'react';
import { useBoardStore } from '../../store/board-store';

/** One line of feedback: errors stay until dismissed, confirmations fade once there was time to read them. */
export function NoticeBar() {
  const notice = useBoardStore((s) => s.notice);
  const dismiss = useBoardStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = window.setTimeout(dismiss, Math.max(4000, notice.text.length * 70));
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="button ghost small" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
