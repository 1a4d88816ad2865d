// What the recap-over-HTTP bench's parent and child agree on.
export const BENCH_OFFICE = 'office-bench-synthetic-0001';
export const BENCH_ADMIN_AUDIENCE = 'bench-kinerja.apps.googleusercontent.com';
/** The synthetic office's administrator (employee 1 is its Pengelola Kinerja). */
export const BENCH_ADMIN = 'pegawai1@kantor.go.id';
