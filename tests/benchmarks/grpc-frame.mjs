// Writes one unary gRPC request frame (not compressed, 4-byte big-endian length, protobuf message) for h2load --data.
// Usage: node tests/benchmarks/grpc-frame.mjs <proto file under protos/> <package.Service> <Method> '<request as JSON>'
//   node tests/benchmarks/grpc-frame.mjs complaints/intake/v1/intake.proto complaints.intake.v1.IntakeService LogComplaint \
//     '{"channel":"CHANNEL_PHONE","description":"Boiler","residentReference":"TEN-1"}' > log-complaint.bin
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// @grpc/proto-loader is in tests/conformance (the test command installs it); it serialises as grpc-js would.
const here = path.dirname(fileURLToPath(import.meta.url));
const loader = createRequire(path.join(here, '..', 'conformance', 'package.json'))('@grpc/proto-loader');
const protos = path.resolve(here, '..', '..', 'protos');

const [file, service, method, json] = process.argv.slice(2);
const definition = loader.loadSync(file, { includeDirs: [protos], enums: String, longs: String });
const body = definition[service][method].requestSerialize(JSON.parse(json));
const frame = Buffer.alloc(5 + body.length);
frame.writeUInt32BE(body.length, 1);
body.copy(frame, 5);
process.stdout.write(frame);
