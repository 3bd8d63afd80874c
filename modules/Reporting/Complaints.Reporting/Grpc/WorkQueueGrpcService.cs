using System.Globalization;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Reporting.Api.V1;
using Complaints.Reporting.WorkQueue;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Domain = Complaints.Kernel.WorkQueue;

namespace Complaints.Reporting.Grpc;

/// <summary><c>complaints.reporting.v1.WorkQueueService</c>: maps the request to a queue read, its page to messages.</summary>
internal sealed class WorkQueueGrpcService(WorkQueueReader reader, TimeProvider clock, WorkingDayCalendar calendar) : WorkQueueService.WorkQueueServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaximumPageSize = 200;

    public override async Task<ListWorkQueueResponse> ListWorkQueue(ListWorkQueueRequest request, ServerCallContext context)
    {
        var page = await reader.ReadAsync(ToRequest(request), context.CancellationToken);
        var response = new ListWorkQueueResponse
        {
            NextPageToken = page.Next is { } next ? WorkQueueToken.ToToken(next) : "",
            AsOf = Timestamp.FromDateTimeOffset(page.AsOf),
        };
        response.Items.AddRange(page.Items.Select(ToMessage));
        return response;
    }

    private WorkQueueRequest ToRequest(ListWorkQueueRequest request)
    {
        var violations = new List<FieldViolation>();
        if (request.PageSize is < 0 or > MaximumPageSize)
            violations.Add(new FieldViolation("page_size", $"must be 1 to {MaximumPageSize}, or 0 for {DefaultPageSize}"));
        Domain.WorkItemPosition? after = null;
        if (request.PageToken.Length > 0 && (after = WorkQueueToken.FromToken(request.PageToken)) is null)
            violations.Add(new FieldViolation("page_token", "is not a token this service gave out"));
        var kinds = request.Kinds.Select((k, i) => (Kind: WorkQueueMapping.ToDomain(k), i)).ToList();
        violations.AddRange(kinds.Where(k => k.Kind is null).Select(k => new FieldViolation($"kinds[{k.i}]", "must be a kind of work item")));
        var statuses = request.Statuses.Select((s, i) => (Status: WorkQueueMapping.ToDomain(s), i)).ToList();
        violations.AddRange(statuses.Where(s => s.Status is null).Select(s => new FieldViolation($"statuses[{s.i}]", "must be on track, due soon or overdue")));
        var asOf = request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow();
        // Working days left and due-soon windows are counted on the calendar, so the instant must fall inside it.
        if (!calendar.Supports(DateOnly.FromDateTime(asOf.UtcDateTime)))
            violations.Add(new FieldViolation("as_of", "must fall in the working-day calendar's years"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        return new WorkQueueRequest(
            Blank(request.OfficerId), Blank(request.Team),
            kinds.Select(k => k.Kind!.Value).ToHashSet(), statuses.Select(s => s.Status!.Value).ToHashSet(),
            asOf, request.PageSize == 0 ? DefaultPageSize : request.PageSize, after);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Api.V1.WorkItem ToMessage(QueuedItem queued)
    {
        var item = queued.Item;
        var message = new Api.V1.WorkItem
        {
            Kind = WorkQueueMapping.ToWire(item.Kind), ItemId = item.ItemId, ComplaintId = item.ComplaintId?.ToString() ?? "",
            ComplaintReference = queued.ComplaintReference ?? "", What = item.What,
            DueOn = item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DueBy = Timestamp.FromDateTimeOffset(item.DueBy),
            Status = WorkQueueMapping.ToWire(queued.Status), WorkingDaysLeft = queued.WorkingDaysLeft,
            OfficerId = queued.OfficerId ?? "", OfficerName = queued.OfficerName ?? "", Team = queued.Team ?? "",
        };
        foreach (var (name, id) in item.Links)
            message.Links[name] = id;
        return message;
    }
}
