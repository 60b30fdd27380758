import { InputError } from '../input-error.ts';

/** Encodings the ingest stage recognises. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A source file decoded to text. */
export interface DecodedSource {
  /** Decoded text, byte-order mark removed, line endings as in the file. */
  text: string;
  /** The encoding that was detected. */
  encoding: SourceEncoding;
}

/** Counts bytes that only occur in binary data (NUL and most C0 controls). Indexed, not for…of: it reads every byte of every seed. */
function countBinaryBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  }
  return n;
}

/** 1-based line of a byte offset, counting LF bytes before it. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** Share of characters that are CJK, ASCII printable or common punctuation: low for mis-decoded bytes. */
function plausibleShare(text: string): number {
  if (text.length === 0) return 1;
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x27bf)) ok++;
  }
  return ok / [...text].length;
}

/**
 * Decodes a plan file: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK
 * (common for Chinese government files), detected from the bytes, never configured.
 * Throws an InputError for empty, binary or undecodable files.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) throw new InputError(file, null, 'the file is empty (0 bytes); expected the text of a plan');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const binary = countBinaryBytes(bytes);
  if (binary > 0) {
    const at = bytes.findIndex((b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c));
    throw new InputError(file, lineOfOffset(bytes, at),
      `looks like a binary file (${binary} control byte${binary > 1 ? 's' : ''} such as 0x${bytes[at]!.toString(16).padStart(2, '0')}); expected plain text (UTF-8 or GB18030)`);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const invalid = firstInvalidUtf8(body);
  if (invalid === -1) return { text: new TextDecoder('utf-8').decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, lineOfOffset(body, invalid),
      `cannot be decoded: byte 0x${body[invalid]!.toString(16)} is neither valid UTF-8 nor GB18030; re-save the file as UTF-8`);
  }
  if (plausibleShare(text) < 0.9) {
    throw new InputError(file, lineOfOffset(body, invalid),
      'cannot be decoded: not valid UTF-8, and as GB18030 it gives mostly unusual characters; expected Chinese text in UTF-8 or GB18030');
  }
  return { text, encoding: 'gb18030' };
}
