import type { Catalogue } from './catalogue.js';

/** Every message of the interface, by id: `check.usage`, `rule.L1.noLicenceFile`… */
export type MessageId = keyof Catalogue;

/**
 * A text parameter may itself be a message (a list of findings, a formatted number): it is
 * rendered in the same language before the entry that embeds it.
 */
type Lifted<V> = string extends V
  ? string | Message
  : V extends readonly string[]
    ? string extends V[number] ? readonly (string | Message)[] : V
    : V;

/** The parameters a message takes: those of its French entry, or undefined for a fixed text. */
export type ParamsOf<K extends MessageId> = Catalogue[K] extends (params: infer P) => string
  ? { readonly [Key in keyof P]: Lifted<P[Key]> }
  : undefined;

/** A language-free message: what validation, planning and `check` return, rendered at the edge. */
export type Message = {
  [K in MessageId]: ParamsOf<K> extends undefined ? { readonly id: K; readonly params?: undefined } : { readonly id: K; readonly params: ParamsOf<K> };
}[MessageId];

/** `msg('check.errors', { count: 2 })`: a typed message; fixed texts take no parameters. */
export function msg<K extends MessageId>(id: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]): Message {
  return (params.length > 0 ? { id, params: params[0] } : { id }) as Message;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && !Array.isArray(value);
}
