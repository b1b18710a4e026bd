/**
 * Synchronous MD5, SHA-1, SHA-256 and HMAC-SHA-256 over bytes. Apps Script's
 * digests are synchronous, and the local host also runs in a browser, where
 * neither `node:crypto` nor the (asynchronous) Web Crypto API can stand in.
 * SHA-256 is the add-on's own (src/core/sha256.ts), so both compute the same digest.
 */
import { sha256 } from '../../core/sha256';

export { sha256 };

/** Pads a message as MD5 and SHA do and splits it into 32-bit words. */
function toWords(bytes: Uint8Array, bigEndian: boolean): Uint32Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const high = Math.floor(bitLength / 0x100000000);
  const low = bitLength >>> 0;
  if (bigEndian) {
    view.setUint32(padded.length - 8, high, false);
    view.setUint32(padded.length - 4, low, false);
  } else {
    view.setUint32(padded.length - 8, low, true);
    view.setUint32(padded.length - 4, high, true);
  }
  const words = new Uint32Array(padded.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, !bigEndian);
  return words;
}

function wordsToBytes(words: number[], bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, !bigEndian));
  return out;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

export function sha1(bytes: Uint8Array): Uint8Array {
  const words = toWords(bytes, true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t]!;
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1) >>> 0;
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] = t < 20 ? [(b & c) | (~b & d), 0x5a827999]
        : t < 40 ? [b ^ c ^ d, 0x6ed9eba1]
        : t < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
        : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + w[t]!) >>> 0;
      e = d; d = c; c = rotl(b, 30) >>> 0; b = a; a = temp;
    }
    [a, b, c, d, e].forEach((v, i) => { h[i] = (h[i]! + v) >>> 0; });
  }
  return wordsToBytes(h, true);
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0);

export function md5(bytes: Uint8Array): Uint8Array {
  const words = toWords(bytes, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const [f, g] = round === 0 ? [(b & c) | (~b & d), i]
        : round === 1 ? [(d & b) | (~d & c), (5 * i + 1) % 16]
        : round === 2 ? [b ^ c ^ d, (3 * i + 5) % 16]
        : [c ^ (b | ~d), (7 * i) % 16];
      const sum = (a + f + MD5_K[i]! + words[block + g]!) >>> 0;
      a = d; d = c; c = b;
      b = (b + rotl(sum, MD5_S[round * 4 + (i % 4)]!)) >>> 0;
    }
    [a, b, c, d].forEach((v, i) => { h[i] = (h[i]! + v) >>> 0; });
  }
  return wordsToBytes(h, false);
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const blockSize = 64;
  const shortKey = key.length > blockSize ? sha256(key) : key;
  const inner = new Uint8Array(blockSize + message.length);
  const outer = new Uint8Array(blockSize + 32);
  for (let i = 0; i < blockSize; i++) {
    const k = shortKey[i] ?? 0;
    inner[i] = k ^ 0x36;
    outer[i] = k ^ 0x5c;
  }
  inner.set(message, blockSize);
  outer.set(sha256(inner), blockSize);
  return sha256(outer);
}
