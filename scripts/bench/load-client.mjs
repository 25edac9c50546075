// The HTTP load bench's client: autocannon in a process of its own, plain Node without tsx, so
// that what the client costs is measured apart from the server and from the bench process (which
// may hold the matching bench's heap when `--only matching,server` runs both). Reads one load spec
// as JSON on stdin: { url, path, connections, durationS, overallRate?, bodies: string[] } (request
// bodies already serialised, sent in turn); writes autocannon's result with the client's own CPU
// time (`clientCpuMs`, user + system) as JSON on stdout.
import autocannon from 'autocannon';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const spec = JSON.parse(input);
let next = 0;
const cpuBefore = process.cpuUsage();
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.durationS,
  ...(spec.overallRate === undefined ? {} : { overallRate: spec.overallRate }),
  requests: [
    {
      method: 'POST',
      path: spec.path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }),
    },
  ],
});
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({ ...result, clientCpuMs: (cpu.user + cpu.system) / 1000 }));
