import { CATALOGUES } from './catalogue.js';
import type { Lang } from './lang.js';
import { type Message, type MessageId, type ParamsOf, isMessage, msg } from './message.js';

type Entry = string | ((params: Record<string, unknown>) => string);

function renderParam(value: unknown, lang: Lang): unknown {
  if (isMessage(value)) return render(value, lang);
  if (Array.isArray(value)) return value.map((item) => (isMessage(item) ? render(item, lang) : item));
  return value;
}

/** A message in one language, its message parameters rendered first. */
export function render(message: Message, lang: Lang): string {
  const entry = CATALOGUES[lang][message.id] as Entry;
  if (typeof entry === 'string') return entry;
  const params = Object.fromEntries(Object.entries(message.params ?? {}).map(([key, value]) => [key, renderParam(value, lang)]));
  return entry(params);
}

/** `t('check.errors', { count })`: a renderer bound to one language, for the output formats. */
export function translator(lang: Lang): <K extends MessageId>(id: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]) => string {
  return (id, ...params) => render(msg(id, ...params), lang);
}
