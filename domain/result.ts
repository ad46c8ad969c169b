/** An error a facilitator can act on: a stable code for programs and a sentence for people. */
export interface AppError {
  code: string;
  message: string;
}

/** Errors are values at every boundary (IPC, files, CLI): only a result crosses, never a thrown error. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err(code: string, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}
