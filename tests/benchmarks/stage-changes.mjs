// A stage change under load, which h2load cannot drive (each call needs a complaint of its own in the right stage):
//   node stage-changes.mjs log <host:port> <count> <ids file>          logs <count> complaints, writes their ids
//   node stage-changes.mjs acknowledge <host:port> <ids file> <clients>  acknowledges each, <clients> calls at a time
// The caller is the bearer token in $TOKEN. Prints "<calls/s> <failed>" for the acknowledgements.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'conformance', 'package.json'));
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');
const protos = path.resolve(here, '..', '..', 'protos');
const definition = loader.loadSync('complaints/intake/v1/intake.proto', { includeDirs: [protos], enums: String, longs: String });
const { IntakeService } = grpc.loadPackageDefinition(definition).complaints.intake.v1;

const [verb, address, ...rest] = process.argv.slice(2);
const intake = new IntakeService(address, grpc.credentials.createInsecure());
const metadata = new grpc.Metadata();
metadata.add('authorization', `Bearer ${process.env.TOKEN}`);
const call = (method, request) => new Promise((resolve, reject) =>
  intake[method](request, metadata, (error, reply) => (error ? reject(error) : resolve(reply))));

async function inTurns(items, clients, work) { // at most <clients> calls in flight
  let next = 0, failed = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch(() => failed++);
    }
  }));
  return failed;
}

if (verb === 'log') {
  const [count, file] = rest;
  const ids = [];
  await inTurns(Array.from({ length: Number(count) }), 16, async () => {
    const reply = await call('LogComplaint', { channel: 'CHANNEL_PHONE', description: 'The boiler repair was missed twice.', residentReference: 'TEN-1' });
    ids.push(reply.complaint.id);
  });
  fs.writeFileSync(file, ids.join('\n'));
} else if (verb === 'acknowledge') {
  const [file, clients] = rest;
  const ids = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const started = process.hrtime.bigint();
  const failed = await inTurns(ids, Number(clients), (id) =>
    call('AcknowledgeComplaint', { complaintId: id, complaintDefinition: 'Missed boiler repairs', namedOfficer: 'Officer 7' }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${(ids.length / seconds).toFixed(0)} ${failed}`);
}
intake.close();
