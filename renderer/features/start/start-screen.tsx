import './start.css';
import { useEffect, useState } from 'react';
import type { RecentEntry } from '../../../contract';
import { api } from '../../lib/api';
import { createNewBoard, openBoard, openExample, openRecent } from '../file/file-commands';
import { startImport } from '../import/import-commands';

/** The empty state: what Scaleboard is for, and the four ways to a board. */
export function StartScreen() {
  const [recent, setRecent] = useState<RecentEntry[] | null>(null);
  useEffect(() => {
    void api()
      .recent.list()
      .then((result) => setRecent(result.ok ? result.value : []));
  }, []);

  return (
    <main className="start" aria-labelledby="start-title">
      <section className="start-hero">
        <h1 id="start-title">Scaleboard</h1>
        <p className="start-lead">
          Put your AI initiatives on one board, see which foundations each one still lacks, and decide together which
          pilots are ready to scale.
        </p>
        <div className="start-actions">
          <button type="button" className="button primary large" onClick={() => void createNewBoard()}>
            New board
          </button>
          <button type="button" className="button large" onClick={() => void openBoard()}>
            Open…
          </button>
          <button type="button" className="button large" onClick={() => void openExample()}>
            Open example
          </button>
          <button type="button" className="button large" onClick={() => void startImport()}>
            Import spreadsheet…
          </button>
        </div>
      </section>
      <section className="start-recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent</h2>
        {recent === null ? null : recent.length === 0 ? (
          <p className="muted">Boards you open or save appear here.</p>
        ) : (
          <ul className="recent-list">
            {recent.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="recent-item"
                  disabled={!entry.exists}
                  onClick={() => void openRecent(entry.id)}
                  title={entry.exists ? `${entry.folder}` : 'This file has been moved or deleted'}
                >
                  <span className="recent-title">{entry.title}</span>
                  <span className="recent-file">
                    {entry.fileName}
                    {entry.exists ? '' : ' — missing'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
