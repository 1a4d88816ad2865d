// Core benchmarks: parsing a whole office workbook and compiling the annual recap model.
import { createHash } from 'node:crypto';
import { compileRekap, parseKantor, syntheticTables } from '../../shared';
import { type BenchCase, timeMs } from '../harness';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const coreCases: BenchCase[] = [
  {
    name: 'core: parse workbook + annual recap model (x10 indicators)',
    sizes: [10, 100, 1000],
    async run(size) {
      const tables = syntheticTables(Number(size), 10, sha256);
      const now = Date.parse('2027-01-04T15:00:00+07:00');
      const ms = await timeMs(() => {
        const result = compileRekap(parseKantor(tables), 'TAHUNAN', now, sha256);
        if (!result.ok) throw new Error('recap refused');
      });
      return [{ figure: ms, unit: 'ms', budget: null }];
    },
  },
];
