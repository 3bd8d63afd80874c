// Calls a Complaints.Modular server with @grpc/grpc-js, the reference Node.js gRPC client, to prove wire
// compatibility. Usage: node conformance.mjs <case> <host:port>. Exit code 0 = the case passed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import * as loader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { as } from './caller.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const includeDirs = [
  path.join(root, 'protos'),
  path.join(root, 'tests', 'Complaints.EndToEnd.Tests', 'Protos'),
  // The standard services' own definitions, as their npm packages ship them.
  path.join(here, 'node_modules', '@grpc', 'reflection', 'build', 'proto'),
  path.join(here, 'node_modules', 'grpc-health-check', 'proto'),
];
const definition = loader.loadSync(
  [
    'complaints/system/v1/system.proto',
    'complaints/intake/v1/intake.proto',
    'complaints/compensation/v1/compensation.proto',
    'complaints/ombudsman_liaison/v1/ombudsman_liaison.proto',
    'complaints/events/v1/events.proto',
    'complaints/testing/v1/probe.proto',
    'health/v1/health.proto',
    'grpc/reflection/v1/reflection.proto',
    'grpc/reflection/v1alpha/reflection.proto',
  ],
  { includeDirs, keepCase: false, longs: String, enums: String, defaults: true, oneofs: true },
);
const api = grpc.loadPackageDefinition(definition);
const richError = protobuf.loadSync(path.join(here, 'rich_error.proto'));

const [caseName, target] = process.argv.slice(2);
const credentials = grpc.credentials.createInsecure();
const probe = (options = {}) => new api.complaints.testing.v1.ProbeService(target, credentials, options);
const inSeconds = (s) => new Date(Date.now() + s * 1000);

// Calls without a stated caller come from an integration entitled to every call (against the test host, the test
// run's everything role; against a Development server, whoever the development headers say).
const hms = () => as('hms-integration');

function unary(client, method, request, metadata = hms(), options = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, options, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

async function expectError(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to fail');
}

function collect(stream) {
  return new Promise((resolve, reject) => {
    const messages = [];
    stream.on('data', (m) => messages.push(m));
    stream.on('error', reject);
    stream.on('status', (status) => (status.code === grpc.status.OK ? resolve(messages) : reject(status)));
  });
}

// The first message of a server stream that satisfies `wanted`; then the stream is cancelled, as a subscriber hangs up.
function firstOf(stream, wanted) {
  return new Promise((resolve, reject) => {
    let found = false;
    stream.on('data', (m) => {
      if (!found && wanted(m)) {
        found = true;
        resolve(m);
        stream.cancel();
      }
    });
    stream.on('error', (error) => (found ? undefined : reject(error)));
  });
}

const cases = {
  async 'unary-ok'() {
    const response = await unary(probe(), 'Echo', { text: 'hello from grpc-js' });
    assert.equal(response.text, 'hello from grpc-js');
  },

  async 'error-with-details'() {
    const error = await expectError(unary(probe(), 'Fail', {
      violations: [{ field: 'description', description: 'must not be empty' }, { field: 'channel', description: 'unknown' }],
    }));
    assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
    assert.equal(error.details, '2 fields are invalid.');
    const [detailsBin] = error.metadata.get('grpc-status-details-bin');
    assert.ok(detailsBin, 'grpc-status-details-bin is present');
    const status = richError.lookupType('conformance.rpc.Status').decode(detailsBin);
    assert.equal(status.code, grpc.status.INVALID_ARGUMENT);
    const detail = status.details.find((d) => d.typeUrl === 'type.googleapis.com/google.rpc.BadRequest');
    const badRequest = richError.lookupType('conformance.rpc.BadRequest').decode(detail.value);
    assert.deepEqual(badRequest.fieldViolations.map((v) => v.field), ['description', 'channel']);
  },

  async 'error-status-code'() {
    const error = await expectError(unary(probe(), 'Fail', { message: 'stage is Closed' }));
    assert.equal(error.code, grpc.status.FAILED_PRECONDITION);
    assert.equal(error.details, 'stage is Closed');
    const status = richError.lookupType('conformance.rpc.Status').decode(error.metadata.get('grpc-status-details-bin')[0]);
    assert.deepEqual(status.details.map((d) => d.typeUrl),
      ['type.googleapis.com/google.rpc.ErrorInfo', 'type.googleapis.com/google.rpc.PreconditionFailure']);
  },

  async 'deadline-exceeded'() {
    const started = Date.now();
    const error = await expectError(unary(probe(), 'Sleep', { milliseconds: 5000 }, hms(), { deadline: inSeconds(0.3) }));
    assert.equal(error.code, grpc.status.DEADLINE_EXCEEDED);
    assert.ok(Date.now() - started < 3000, 'the deadline ended the call early');
  },

  async 'health-check'() {
    const health = new api.grpc.health.v1.Health(target, credentials);
    const overall = await unary(health, 'Check', { service: '' });
    assert.equal(overall.status, 'SERVING');
    const system = await unary(health, 'Check', { service: 'complaints.system.v1.SystemService' });
    assert.equal(system.status, 'SERVING');
    const unknown = await expectError(unary(health, 'Check', { service: 'no.such.Service' }));
    assert.equal(unknown.code, grpc.status.NOT_FOUND);
  },

  async 'reflection-list-services'() {
    for (const version of ['v1', 'v1alpha']) {
      const reflection = new api.grpc.reflection[version].ServerReflection(target, credentials);
      const call = reflection.ServerReflectionInfo();
      const answers = collect(call);
      call.write({ listServices: '' });
      call.write({ fileContainingSymbol: 'complaints.system.v1.SystemService' });
      call.end();
      const [list, file] = await answers;
      const names = list.listServicesResponse.service.map((s) => s.name);
      assert.ok(names.includes('complaints.system.v1.SystemService'), `${version}: ${names}`);
      assert.ok(names.includes('grpc.health.v1.Health'), `${version}: ${names}`);
      assert.ok(file.fileDescriptorResponse.fileDescriptorProto.length >= 2, `${version}: file and its imports`);
    }
  },

  async 'metadata-round-trip'() {
    const metadata = hms();
    metadata.add('x-landlord', 'ivh');
    metadata.add('x-trace-bin', Buffer.from([0, 1, 2, 254, 255]));
    const received = {};
    await new Promise((resolve, reject) => {
      const call = probe().Echo({ text: 'meta' }, metadata, (error) => (error ? reject(error) : resolve()));
      call.on('metadata', (headers) => (received.headers = headers));
      call.on('status', (status) => (received.trailers = status.metadata));
    });
    assert.equal(received.headers.get('x-correlation-id').length, 1, 'the server names the call in its headers');
    assert.deepEqual(received.trailers.get('x-landlord'), ['ivh']);
    assert.deepEqual(received.trailers.get('x-trace-bin'), [Buffer.from([0, 1, 2, 254, 255])]);
  },

  async 'message-over-4mib-rejected'() {
    const payload = Buffer.alloc(4 * 1024 * 1024 + 1);
    const error = await expectError(unary(probe(), 'Echo', { payload }));
    assert.equal(error.code, grpc.status.RESOURCE_EXHAUSTED);
    const after = await unary(probe(), 'Echo', { text: 'still serving' });
    assert.equal(after.text, 'still serving');
  },

  async 'gzip-compressed-request'() {
    const client = probe({ 'grpc.default_compression_algorithm': 2 }); // 2 = gzip
    const text = 'compress me '.repeat(5000);
    const response = await unary(client, 'Echo', { text });
    assert.equal(response.text, text);
  },

  async 'unimplemented-method'() {
    const client = new grpc.Client(target, credentials);
    const error = await expectError(new Promise((resolve, reject) =>
      client.makeUnaryRequest('/complaints.testing.v1.ProbeService/Missing', (x) => x, (x) => x, Buffer.alloc(0),
        (e, r) => (e ? reject(e) : resolve(r)))));
    assert.equal(error.code, grpc.status.UNIMPLEMENTED);
  },

  async 'log-and-get-complaint'() {
    const intake = new api.complaints.intake.v1.IntakeService(target, credentials);
    const metadata = as('hms-integration', 'hms');
    const logged = await unary(intake, 'LogComplaint', {
      channel: 'CHANNEL_EMAIL', description: 'Damp in the bedroom, reported three times.', residentReference: 'TEN-77',
    }, metadata);
    assert.match(logged.complaint.reference, /^CMP-\d{4}-\d{6}$/);
    assert.equal(logged.complaint.stage, 'STAGE_RECEIVED');
    const read = await unary(intake, 'GetComplaint', { reference: logged.complaint.reference });
    assert.equal(read.complaint.id, logged.complaint.id);
    assert.equal(read.complaint.channel, 'CHANNEL_EMAIL');
    assert.equal(read.complaint.loggedBy, 'hms-integration');
    const invalid = await expectError(unary(intake, 'LogComplaint', { description: '' }));
    assert.equal(invalid.code, grpc.status.INVALID_ARGUMENT);
    const missing = await expectError(unary(intake, 'GetComplaint', { reference: 'CMP-1999-000001' }));
    assert.equal(missing.code, grpc.status.NOT_FOUND);
  },

  async 'award-to-payment'() {
    const intake = new api.complaints.intake.v1.IntakeService(target, credentials);
    const compensation = new api.complaints.compensation.v1.CompensationService(target, credentials);
    const complaint = (await unary(intake, 'LogComplaint', { channel: 'CHANNEL_PHONE', description: 'Boiler', residentReference: 'TEN-5' })).complaint;
    const proposed = (await unary(compensation, 'ProposeAward', {
      complaintId: complaint.id, rationale: 'Two missed visits',
      lines: [
        { category: 'AWARD_CATEGORY_FIXED_SUM', description: 'Missed appointments', tableRate: { rateCode: 'MISSED_APPOINTMENT', quantity: 2 } },
        { category: 'AWARD_CATEGORY_TIME_AND_TROUBLE', description: 'Chasing', amountPence: '5000' },
      ],
    }, as('olu', 'compensation-officer'))).award;
    assert.equal(proposed.totalPence, '8000'); // int64 as a string: no floating point on the wire either
    assert.equal(proposed.status, 'AWARD_STATUS_PROPOSED');
    const own = await expectError(unary(compensation, 'ApproveAward', { awardId: proposed.id, reason: 'mine' }, as('olu', 'director')));
    assert.equal(own.code, grpc.status.PERMISSION_DENIED);
    await unary(compensation, 'ApproveAward', { awardId: proposed.id, reason: 'Proportionate', expectedVersion: proposed.version }, as('maya', 'compensation-manager'));
    await unary(compensation, 'RecordOfferResponse', { awardId: proposed.id, response: 'OFFER_RESPONSE_ACCEPTED' }, as('olu', 'compensation-officer'));
    const pay = { awardId: proposed.id, method: 'PAYMENT_METHOD_BANK_TRANSFER', paymentReference: 'FIN-1', amountPence: '8000' };
    const paid = (await unary(compensation, 'RecordPayment', pay, as('olu', 'compensation-officer'))).award;
    const again = (await unary(compensation, 'RecordPayment', pay, as('olu', 'compensation-officer'))).award;
    assert.equal(paid.status, 'AWARD_STATUS_PAID');
    assert.equal(again.payments.length, 1);
    assert.deepEqual(paid.decisions.map((d) => d.kind), ['Proposed', 'Approved', 'Accepted', 'Paid']);
  },

  async 'referral-and-export'() {
    const intake = new api.complaints.intake.v1.IntakeService(target, credentials);
    const liaison = new api.complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService(target, credentials);
    const complaint = (await unary(intake, 'LogComplaint', { channel: 'CHANNEL_EMAIL', description: 'Damp', residentReference: 'TEN-6' })).complaint;
    const referral = (await unary(liaison, 'RecordReferral', { ombudsmanCaseReference: `HOS-${Date.now()}`, complaintIds: [complaint.id] })).referral;
    assert.equal(referral.complaints[0].stageAtReferral, 'STAGE_RECEIVED');
    const exported = await unary(liaison, 'ExportCaseFile', { complaintId: complaint.id, format: 'EXPORT_FORMAT_JSON' });
    const pack = JSON.parse(exported.document);
    assert.deepEqual(pack.transitions.map((t) => t.trigger), ['Log', 'ReferToOmbudsman']);
    assert.equal(pack.ombudsmanCases[0], referral.ombudsmanCaseReference);
  },

  async 'event-stream-resume'() {
    const intake = new api.complaints.intake.v1.IntakeService(target, credentials);
    const events = new api.complaints.events.v1.EventService(target, credentials);
    const metadata = as('hms-integration', 'hms');
    const type = 'complaints.intake.v1.ComplaintLogged';
    const referenceOf = (m) => m.event && JSON.parse(m.event.payloadJson).reference;
    const first = (await unary(intake, 'LogComplaint', { channel: 'CHANNEL_WEB', description: 'Leak', residentReference: 'TEN-8' }, metadata)).complaint;
    const seen = await firstOf(events.Subscribe({ afterEventId: '0', eventTypes: [type] }, metadata), (m) => referenceOf(m) === first.reference);
    assert.equal(seen.event.type, type);
    const second = (await unary(intake, 'LogComplaint', { channel: 'CHANNEL_WEB', description: 'Leak again', residentReference: 'TEN-8' }, metadata)).complaint;
    const next = await firstOf(events.Subscribe({ afterEventId: seen.event.id, eventTypes: [type] }, metadata), (m) => m.event !== null);
    assert.equal(referenceOf(next), second.reference);
    assert.ok(BigInt(next.event.id) > BigInt(seen.event.id));
    const unknown = await expectError(firstOf(events.Subscribe({ eventTypes: ['complaints.intake.v1.Nothing'] }, metadata), () => true));
    assert.equal(unknown.code, grpc.status.INVALID_ARGUMENT);
  },

  async 'system-get-info'() {
    const system = new api.complaints.system.v1.SystemService(target, credentials);
    const info = await unary(system, 'GetInfo', {});
    assert.equal(info.product, 'Complaints.Modular');
    assert.ok(info.policyProfile.length > 0);
  },
};

if (!cases[caseName] || !target) {
  console.error(`usage: node conformance.mjs <${Object.keys(cases).join('|')}> <host:port>`);
  process.exit(2);
}
try {
  await cases[caseName]();
  console.log(`ok ${caseName}`);
  process.exit(0);
} catch (error) {
  console.error(`FAILED ${caseName}:`, error);
  process.exit(1);
}
