using Grpc.Core;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.CaseFile;
using Complaints.Investigation.Officers;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Grpc;

/// <summary>The case file: contacts, evidence and assignments.</summary>
internal sealed partial class InvestigationGrpcService
{
    public override async Task<RecordContactResponse> RecordContact(RecordContactRequest request, ServerCallContext context)
    {
        var command = new RecordContactCommand(ComplaintId(request.ComplaintId), Known<CaseFile.ContactKind>((int)request.Kind),
            Known<CaseFile.ContactDirection>((int)request.Direction), request.Summary, request.OccurredAt?.ToDateTimeOffset());
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordContactResponse { Contact = ToMessage(await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, context.CancellationToken)) };
    }

    public override async Task<RecordEvidenceResponse> RecordEvidence(RecordEvidenceRequest request, ServerCallContext context)
    {
        var command = new RecordEvidenceCommand(ComplaintId(request.ComplaintId), Known<CaseFile.EvidenceKind>((int)request.Kind), request.Title,
            request.Location, request.Note, request.OccurredAt?.ToDateTimeOffset());
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordEvidenceResponse { Evidence = ToMessage(await db.Evidence.AsNoTracking().SingleAsync(e => e.Id == id, context.CancellationToken)) };
    }

    public override async Task<GetCaseFileResponse> GetCaseFile(GetCaseFileRequest request, ServerCallContext context)
    {
        var complaintId = ComplaintId(request.ComplaintId);
        // As the file stood at as_of: the stage then, the contacts made by then, and the targets' statuses then.
        var asOf = request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow();
        var view = await lifecycle.FindAsync(complaintId, asOf, context.CancellationToken) ?? throw new NotFoundException("Complaint", complaintId.ToString());
        var response = new GetCaseFileResponse { ComplaintId = complaintId.ToString() };
        response.Assignments.AddRange((await db.Assignments.AsNoTracking().Where(a => a.ComplaintId == complaintId).ToListAsync(context.CancellationToken))
            .OrderBy(a => a.AssignedAt).ThenBy(a => a.Id).Select(ToMessage));
        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.ComplaintId == complaintId).ToListAsync(context.CancellationToken))
            .Where(c => c.OccurredAt <= asOf).OrderBy(c => c.OccurredAt).ThenBy(c => c.Id).ToList();
        response.Contacts.AddRange(contacts.Select(ToMessage));
        response.ContactTargets.AddRange(new ContactTargets(investigationPolicy.Value, calendar).For(view, contacts, asOf).Select(ToMessage));
        response.Evidence.AddRange((await db.Evidence.AsNoTracking().Where(e => e.ComplaintId == complaintId).ToListAsync(context.CancellationToken))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(ToMessage));
        response.Actions.AddRange((await db.Actions.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.Id)
            .ToListAsync(context.CancellationToken)).Select(ToMessage));
        return response;
    }

    /// <summary>The proto enums' numbers match the module's by design; unspecified or unknown is null.</summary>
    private static T? Known<T>(int value) where T : struct, System.Enum =>
        value != 0 && System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : null;

    private static AssignOfficerResponse ToMessage(Assignment a) => new()
    {
        ComplaintId = a.ComplaintId.ToString(),
        Stage = a.Stage,
        Officer = new Officer { Id = a.OfficerId, Name = a.OfficerName, Seniority = (Api.V1.Seniority)(int)a.Seniority, ServiceArea = a.ServiceArea },
        AssignedAt = Timestamp.FromDateTimeOffset(a.AssignedAt),
        AssignedBy = a.AssignedBy,
    };

    private static Api.V1.Contact ToMessage(CaseFile.Contact c) => new()
    {
        Id = c.Id,
        Kind = (Api.V1.ContactKind)(int)c.Kind,
        Direction = (Api.V1.ContactDirection)(int)c.Direction,
        Summary = c.Summary,
        OccurredAt = Timestamp.FromDateTimeOffset(c.OccurredAt),
        RecordedBy = c.RecordedBy,
        Routing = c.Routing is { } routing
            ? new ContactRouting
            {
                Restrictions = routing.RestrictionReference, Kinds = routing.Restriction, Redirected = routing.Redirected,
                PermittedRoute = routing.PermittedRoute, Reason = routing.Reason,
            }
            : null,
    };

    private static Api.V1.ContactTarget ToMessage(ContactTargetView t) => new()
    {
        Name = t.Name,
        StartedAt = Timestamp.FromDateTimeOffset(t.StartedAt),
        DueBy = Timestamp.FromDateTimeOffset(t.DueBy),
        Status = t.Status switch
        {
            Lifecycle.Contracts.ClockStatus.MetOnTime => ContactTargetStatus.MetOnTime,
            Lifecycle.Contracts.ClockStatus.MetLate => ContactTargetStatus.MetLate,
            Lifecycle.Contracts.ClockStatus.Overdue => ContactTargetStatus.Overdue,
            Lifecycle.Contracts.ClockStatus.Stopped => ContactTargetStatus.Stopped,
            _ => ContactTargetStatus.OnTrack,
        },
        MetAt = t.MetAt is { } met ? Timestamp.FromDateTimeOffset(met) : null,
        MetBy = t.MetBy,
        Clause = t.Clause,
    };

    private static Api.V1.Evidence ToMessage(CaseFile.Evidence e) => new()
    {
        Id = e.Id,
        Kind = (Api.V1.EvidenceKind)(int)e.Kind,
        Title = e.Title,
        Location = e.Location,
        Note = e.Note ?? "",
        OccurredAt = Timestamp.FromDateTimeOffset(e.OccurredAt),
        RecordedBy = e.RecordedBy,
    };
}
