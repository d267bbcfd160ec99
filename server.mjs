/**
 * Production entry point: `node server.mjs`. Sets defaults the built server needs, then starts it.
 * Evidence uploads are larger than adapter-node's 512 KB default request limit; the app enforces its own
 * per-upload limit (MAX_UPLOAD_MB) and answers oversized JSON with a clear 400.
 */
process.env.BODY_SIZE_LIMIT ??= '40M';
await import('./build/index.js');
