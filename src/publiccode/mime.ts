// RFC 6838 `type/subtype` restricted names, with optional surrounding spaces as the parser allows.
const MIME_TYPE = /^ *[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126} *$/;

export function isMimeType(value: string): boolean {
  return MIME_TYPE.test(value);
}
