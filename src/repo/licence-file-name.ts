/** Root files forges and licensee read as the licence: LICENSE, LICENCE, UNLICENSE, COPYING and their variants. */
export const LICENCE_FILE = /^(?:(?:UN)?LICEN[CS]E|COPYING)(?:[-.].*)?$/iu;

/** Licence-like names that hold others' licences (third-party notices), not the project's. */
export const THIRD_PARTY_NOTICE = /third|3rd|vendor|deps|dependenc|notice|bundled/iu;
