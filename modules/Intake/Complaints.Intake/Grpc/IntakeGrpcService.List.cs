using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Read;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Wire;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Grpc;

/// <summary>ListComplaints: the request checked field by field, then paged by <see cref="ComplaintLister"/>.</summary>
internal sealed partial class IntakeGrpcService
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public override async Task<ListComplaintsResponse> ListComplaints(ListComplaintsRequest request, ServerCallContext context)
    {
        var page = await lister.ListAsync(ToQuery(request), context.CancellationToken);
        var response = new ListComplaintsResponse { NextPageToken = page.Next?.ToToken() ?? "" };
        response.Complaints.AddRange(page.Complaints.Select(IntakeMapping.ToMessage));
        return response;
    }

    private static ComplaintListQuery ToQuery(ListComplaintsRequest request)
    {
        var violations = new List<FieldViolation>();
        var stages = Parse(request.Stages, Enum.GetValues<ComplaintStage>(), "stages", violations);
        var statuses = Parse(request.ClockStatuses, ClockSummary.RunningStatuses, "clock_statuses", violations);
        if (request.PageSize is < 0 or > MaxPageSize)
            violations.Add(new FieldViolation("page_size", $"must be between 1 and {MaxPageSize} (0 for {DefaultPageSize})"));
        ListCursor? after = null;
        if (request.PageToken.Length > 0 && (after = ListCursor.FromToken(request.PageToken)) is null)
            violations.Add(new FieldViolation("page_token", "is not a token this service gave out"));
        if (request.ReceivedFrom is { } from && request.ReceivedBefore is { } before && from.ToDateTimeOffset() >= before.ToDateTimeOffset())
            violations.Add(new FieldViolation("received_before", "must be after received_from"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        return new ComplaintListQuery(stages, statuses,
            string.IsNullOrWhiteSpace(request.NamedOfficer) ? null : request.NamedOfficer.Trim(),
            request.ReceivedFrom?.ToDateTimeOffset(), request.ReceivedBefore?.ToDateTimeOffset(),
            request.PageSize == 0 ? DefaultPageSize : request.PageSize, after, request.AsOf?.ToDateTimeOffset());
    }

    /// <summary>The API's enum values as the module's, each checked against what may be asked for (unspecified never may).</summary>
    private static HashSet<T> Parse<TWire, T>(IEnumerable<TWire> values, IReadOnlyCollection<T> allowed, string field, List<FieldViolation> violations)
        where TWire : struct, Enum where T : struct, Enum
    {
        var parsed = new HashSet<T>();
        foreach (var value in values)
        {
            var domain = WireEnum.FromName<T>(value.ToString());
            if (Enum.IsDefined(value) && !value.Equals(default(TWire)) && allowed.Contains(domain) && domain.ToString() == value.ToString())
                parsed.Add(domain);
            else
                violations.Add(new FieldViolation(field, $"'{value}' is not one of {string.Join(", ", allowed)}"));
        }
        return parsed;
    }
}
