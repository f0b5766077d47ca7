/** The outcome of reading the reader's text: the value, or a message in plain words. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly line?: number };
