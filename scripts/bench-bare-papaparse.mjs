// Baseline (a) of the benchmark: papaparse streaming over a file, doing nothing with the rows.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

let rows = 0;
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 }), {
    header: false,
    chunk: (results) => {
      rows += results.data.length;
    },
    complete: resolve,
    error: reject,
  });
});
console.log(`rows=${rows - 1}`);
