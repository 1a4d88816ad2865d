// SHA-256 for the core on Apps Script: Utilities.computeDigest gives signed bytes.
import { bytesToHex, type Sha256 } from '../../shared';

export const appsScriptSha256: Sha256 = (text) =>
  bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8));
