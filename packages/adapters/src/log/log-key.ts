import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LogError } from './log-error.js';

/** Reads the ed25519 private key that signs checkpoints from a PEM file, checked, as PKCS#8 PEM. */
export function readSigningKey(path: string): string {
  return ed25519(() => createPrivateKey(readFileSync(path)), path).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Reads the ed25519 key that verifies checkpoints (a public key, or the private key's public half), as SPKI PEM. */
export function readVerifyingKey(path: string): string {
  return ed25519(() => createPublicKey(readFileSync(path)), path).export({ type: 'spki', format: 'pem' }).toString();
}

function ed25519(read: () => KeyObject, path: string): KeyObject {
  let key: KeyObject;
  try {
    key = read();
  } catch (e) {
    throw new LogError('log/bad-key', `${path}: cannot read the key (${e instanceof Error ? e.message : String(e)})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new LogError('log/bad-key', `${path}: the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not ed25519`);
  return key;
}
