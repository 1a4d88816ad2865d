// Run in its own process by the bench: the time to import the built functions entry.
const start = performance.now();
await import(process.argv[2]);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start })}\n`);
