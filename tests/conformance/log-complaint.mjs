// An example @grpc/grpc-js client, as an integrator would write one: logs a complaint, then reads it back.
// Usage (after `npm install` in this folder): node tests/conformance/log-complaint.mjs [host:port]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as loader from '@grpc/proto-loader';
import { as } from './caller.mjs';

const protos = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'protos');
const definition = loader.loadSync('complaints/intake/v1/intake.proto', { includeDirs: [protos], enums: String, longs: String });
const { IntakeService } = grpc.loadPackageDefinition(definition).complaints.intake.v1;
const intake = new IntakeService(process.argv[2] ?? 'localhost:5080', grpc.credentials.createInsecure());

// A housing management system's call (in Development, stated in the development headers; see caller.mjs).
const metadata = as('hms-example', 'hms');
intake.LogComplaint(
  { channel: 'CHANNEL_PHONE', description: 'Boiler repair missed twice', residentReference: 'TEN-1' },
  metadata,
  (error, logged) => {
    if (error) throw error;
    intake.GetComplaint({ reference: logged.complaint.reference }, metadata, (readError, read) => {
      if (readError) throw readError;
      console.log(`${read.complaint.reference} ${read.complaint.stage} next due ${read.complaint.nextDue?.dueOn ?? '-'}`);
      intake.close();
    });
  },
);
