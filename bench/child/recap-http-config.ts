// What the recap-over-HTTP bench's parent and child agree on.
export const BENCH_OFFICE = 'office-bench-synthetic-0001';
export const BENCH_ADMIN_AUDIENCE = 'bench-kinerja.apps.googleusercontent.com';
/** The synthetic office's administrator (employee 1 is its Pengelola Kinerja). */
export const BENCH_ADMIN = 'pegawai1@kantor.go.id';
/**
 * The V8 heap of the deployed `recap` and `document` functions, set by the README's deploy recipe
 * (`--set-env-vars NODE_OPTIONS=...`, as Google's Node.js runtime guide sets max_old_space_size:
 * https://cloud.google.com/functions/docs/migrating/nodejs-runtimes), and the bench runs the function
 * with it: half of the 512 MB instance for the old generation ("As memory consumption approaches the
 * limit, V8 will spend more time on garbage collection": https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-mib),
 * 4 MB semi-spaces, and the rest of the instance for code, the chart canvas and the documents' bytes.
 * Without it the heap would be sized from whatever memory the runtime sees (the bench machine's 24 GB).
 */
export const DEPLOYED_NODE_OPTIONS = '--max-old-space-size=256 --max-semi-space-size=4';
