// Starts dynalite for LaborBridge's local AWS and ties its life to the JVM that started it:
// when the parent closes our stdin (exit, crash or kill -9), we exit too, so no emulator is orphaned.
'use strict';
const dynalite = require('dynalite');

function option(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const host = option('host', '127.0.0.1');
const port = Number(option('port', '0'));
const path = option('path', undefined);

const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(port, host, (err) => {
  if (err) {
    console.error('dynalite failed to start: ' + err.message);
    process.exit(1);
  }
  // The JVM reads this one line to learn the port.
  console.log('dynalite listening on ' + host + ':' + server.address().port);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
