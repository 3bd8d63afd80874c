using Complaints.AccessApi.V1;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Privacy;
using LegalHold = Complaints.AccessApi.V1.LegalHold;
using RetentionRule = Complaints.AccessApi.V1.RetentionRule;
using Complaints.VexatiousBehaviour.Contracts;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Host.Privacy;

/// <summary><c>complaints.access.v1.PrivacyService</c>: residents' personal data, for the Data Protection Officer.</summary>
internal sealed class PrivacyGrpcService(
    SubjectAccessPack packs, RetentionLedger ledger, RetentionSweep sweep, IComplaintDirectory complaints, IConductRecord conduct,
    CallerContext caller, TimeProvider clock) : PrivacyService.PrivacyServiceBase
{
    /// <summary>Inside the 4 MiB an answer may hold, with room for the rest of the message.</summary>
    private const int MaxPackBytes = 3_500_000;

    public override async Task<ExportResidentDataResponse> ExportResidentData(ExportResidentDataRequest request, ServerCallContext context)
    {
        var now = clock.GetUtcNow();
        var resident = request.ResidentReference.Trim();
        var pack = await packs.BuildAsync(resident, now, caller.Actor.Name ?? caller.Actor.Id, context.CancellationToken);
        if (System.Text.Encoding.UTF8.GetByteCount(pack.Html) > MaxPackBytes)
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"The pack for {resident} ({pack.Complaints} complaints, {pack.Letters} letters) is larger than one answer may carry; " +
                "this release cannot yet split it."));
        return new ExportResidentDataResponse
        {
            ResidentReference = resident, ProducedAt = Timestamp.FromDateTimeOffset(now), Html = pack.Html,
            Complaints = pack.Complaints, Contacts = pack.Contacts, Letters = pack.Letters, Awards = pack.Awards,
            Restrictions = pack.Restrictions, Referrals = pack.Referrals,
        };
    }

    public override async Task<PlaceLegalHoldResponse> PlaceLegalHold(PlaceLegalHoldRequest request, ServerCallContext context)
    {
        var kind = Kind(request.Kind);
        var reference = request.Reference.Trim();
        var exists = kind == RetainedRecordKind.Complaint
            ? await complaints.FindByReferenceAsync(reference, context.CancellationToken) is not null
            : await conduct.CaseExistsAsync(reference, context.CancellationToken);
        if (!exists)
            throw new NotFoundException(RetentionLedger.Describe(kind), reference);
        return new PlaceLegalHoldResponse { Hold = Message(await ledger.PlaceHoldAsync(kind, reference, request.Reason, Who, context.CancellationToken)) };
    }

    public override async Task<ReleaseLegalHoldResponse> ReleaseLegalHold(ReleaseLegalHoldRequest request, ServerCallContext context)
    {
        if (request.HoldId <= 0)
            throw new ValidationException(new FieldViolation("hold_id", "must name a hold: its id from PlaceLegalHold or ListLegalHolds"));
        return new() { Hold = Message(await ledger.ReleaseHoldAsync(request.HoldId, request.Reason, Who, context.CancellationToken)) };
    }

    public override async Task<ListLegalHoldsResponse> ListLegalHolds(ListLegalHoldsRequest request, ServerCallContext context) =>
        new() { Holds = { (await ledger.ListHoldsAsync(request.IncludeReleased, context.CancellationToken)).Select(Message) } };

    public override async Task<RunRetentionSweepResponse> RunRetentionSweep(RunRetentionSweepRequest request, ServerCallContext context)
    {
        var report = await sweep.RunAsync(request.DryRun, caller.Actor.Id, caller.CorrelationId, context.CancellationToken);
        var response = new RunRetentionSweepResponse { RanAt = Timestamp.FromDateTimeOffset(report.RanAt), DryRun = report.DryRun };
        foreach (var kind in new[] { RetainedRecordKind.Complaint, RetainedRecordKind.ConductCase })
        {
            var rule = report.Schedule.For(kind);
            response.Schedule.Add(new RetentionRule
            {
                Kind = Message(kind), YearsAfterConclusion = rule.YearsAfterConclusion, Clause = rule.Clause,
                ConcludedBefore = Timestamp.FromDateTimeOffset(rule.ConcludedBefore(report.RanAt)),
            });
        }
        response.Anonymised.AddRange(report.Anonymised.Select(s => new SweptRecord
        {
            Kind = Message(s.Due.Record.Kind), Reference = s.Due.Record.Reference, ConcludedAt = Timestamp.FromDateTimeOffset(s.Due.ConcludedAt), Changes = s.Changes,
        }));
        response.Held.AddRange(report.Held.Select(h => new HeldRecord
        {
            Kind = Message(h.Due.Record.Kind), Reference = h.Due.Record.Reference, ConcludedAt = Timestamp.FromDateTimeOffset(h.Due.ConcludedAt),
            HoldId = h.Hold.Id, Reason = h.Hold.Reason,
        }));
        return response;
    }

    private string Who => caller.Actor.Id;

    private static RetainedRecordKind Kind(RecordKind kind) => kind switch
    {
        RecordKind.Complaint => RetainedRecordKind.Complaint,
        RecordKind.ConductCase => RetainedRecordKind.ConductCase,
        _ => throw new ValidationException(new FieldViolation("kind", "must be RECORD_KIND_COMPLAINT or RECORD_KIND_CONDUCT_CASE")),
    };

    private static RecordKind Message(RetainedRecordKind kind) => kind == RetainedRecordKind.Complaint ? RecordKind.Complaint : RecordKind.ConductCase;

    private static LegalHold Message(Complaints.Kernel.Privacy.LegalHold hold)
    {
        var message = new LegalHold
        {
            Id = hold.Id, Kind = Message(hold.Kind), Reference = hold.Reference, Reason = hold.Reason, PlacedBy = hold.PlacedBy,
            PlacedAt = Timestamp.FromDateTimeOffset(hold.PlacedAt), ReleasedBy = hold.ReleasedBy ?? "", ReleaseReason = hold.ReleaseReason ?? "",
        };
        if (hold.ReleasedAt is { } released)
            message.ReleasedAt = Timestamp.FromDateTimeOffset(released);
        return message;
    }
}
