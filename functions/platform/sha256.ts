// SHA-256 for the core on Node (Apps Script supplies its own through Utilities.computeDigest).
import { createHash } from 'node:crypto';
import type { Sha256 } from '../../shared';

export const nodeSha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
