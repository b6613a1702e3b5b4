/** Expected failures as values: `ok(value)` or `err(code, message)` with a stable snake_case code. */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E extends string = string> = {
  readonly ok: false;
  readonly code: E;
  readonly message: string;
};
export type Result<T, E extends string = string> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E extends string>(code: E, message: string): Err<E> => ({ ok: false, code, message });
