using System.Text;
using Complaints.AccessApi.V1;
using Complaints.Kernel.Access;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using AuditEntryMessage = Complaints.AccessApi.V1.AuditEntry;

namespace Complaints.Host.Security;

/// <summary><c>complaints.access.v1.AuditService</c>: the audit of access, for auditors.</summary>
internal sealed class AuditGrpcService(AuditTrail trail) : AuditService.AuditServiceBase
{
    /// <summary>Well inside the 4 MiB a reply may hold (<c>Grpc:MaxSendMessageSize</c>): an answer stops before it.</summary>
    private const int MaxAnswerBytes = 3 * 1024 * 1024;

    private const int ExportBatch = 5_000;

    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var size = request.PageSize is > 0 ? request.PageSize : 100;
        var entries = await trail.QueryAsync(Query(request.Filter, request.AfterEntry, size + 1), context.CancellationToken);
        var response = new ListAuditEntriesResponse();
        var bytes = 0;
        foreach (var entry in entries.Take(size).Select(Message))
        {
            if ((bytes += entry.CalculateSize() + 8) > MaxAnswerBytes)
                break;
            response.Entries.Add(entry);
        }
        if (response.Entries.Count < entries.Count)
            response.NextAfterEntry = response.Entries.Count > 0 ? response.Entries[^1].Entry : request.AfterEntry;
        return response;
    }

    public override async Task<ExportAuditEntriesResponse> ExportAuditEntries(ExportAuditEntriesRequest request, ServerCallContext context)
    {
        var entries = await trail.QueryAsync(Query(request.Filter, request.AfterEntry, ExportBatch + 1), context.CancellationToken);
        var csv = new StringBuilder("entry,at,actor,on_behalf_of,method,kind,outcome,correlation_id,records,sensitive_fields,hash,detail\r\n");
        var (written, last) = (0, request.AfterEntry);
        foreach (var e in entries.Take(ExportBatch))
        {
            var line = string.Join(',', new[] { e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At.ToString("O"), e.Actor,
                e.OnBehalfOf ?? "", e.Method, e.Kind, e.Outcome, e.CorrelationId, e.Records, e.SensitiveFields, e.Hash, e.Detail ?? "" }.Select(Csv)) + "\r\n";
            if (Encoding.UTF8.GetByteCount(line) + csv.Length * 3 > MaxAnswerBytes)
                break;
            csv.Append(line);
            (written, last) = (written + 1, e.Id);
        }
        return new ExportAuditEntriesResponse { Csv = csv.ToString(), Entries = written, NextAfterEntry = written < entries.Count ? last : 0 };
    }

    public override async Task<VerifyAuditTrailResponse> VerifyAuditTrail(VerifyAuditTrailRequest request, ServerCallContext context)
    {
        var verification = await trail.VerifyAsync(context.CancellationToken);
        return new VerifyAuditTrailResponse
        {
            VerifiedEntries = verification.Verified, FirstBrokenEntry = verification.FirstBrokenEntry ?? 0, Fault = verification.Fault ?? "",
        };
    }

    private static AuditQuery Query(AuditFilter? filter, long afterEntry, int limit)
    {
        filter ??= new AuditFilter();
        var byRecord = filter.RecordType.Length > 0 || filter.RecordId.Length > 0;
        var chosen = (byRecord ? 1 : 0) + (filter.ResidentReference.Length > 0 ? 1 : 0) + (filter.Actor.Length > 0 ? 1 : 0);
        if (chosen > 1)
            throw new ValidationException(new FieldViolation("filter", "choose one of a record, a resident or an actor"));
        if (byRecord && (filter.RecordType is not ("complaint" or "award" or "conduct_case" or "referral") || filter.RecordId.Length == 0))
            throw new ValidationException(new FieldViolation("filter.record_type",
                "must be complaint, award, conduct_case or referral, with filter.record_id"));
        return filter.ResidentReference.Length > 0
            ? new AuditQuery("resident", filter.ResidentReference.Trim(), null, afterEntry, limit)
            : new AuditQuery(byRecord ? filter.RecordType : null, byRecord ? filter.RecordId.Trim() : null, filter.Actor is { Length: > 0 } a ? a : null, afterEntry, limit);
    }

    private static AuditEntryMessage Message(Kernel.Access.AuditEntry entry) => new()
    {
        Entry = entry.Id, At = Timestamp.FromDateTimeOffset(entry.At), Actor = entry.Actor, OnBehalfOf = entry.OnBehalfOf ?? "",
        Method = entry.Method, Kind = entry.Kind, Outcome = entry.Outcome, CorrelationId = entry.CorrelationId,
        Records = { entry.Records.Split(';', StringSplitOptions.RemoveEmptyEntries) },
        SensitiveFields = { entry.SensitiveFields.Split(',', StringSplitOptions.RemoveEmptyEntries) }, Hash = entry.Hash, Detail = entry.Detail ?? "",
    };

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
}
