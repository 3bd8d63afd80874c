using Complaints.Kernel.WorkQueue;
using Wire = Complaints.Reporting.Api.V1;

namespace Complaints.Reporting.Grpc;

/// <summary>Work item kinds and statuses between the Kernel's enums and the API's, member by member.</summary>
internal static class WorkQueueMapping
{
    public static WorkItemKind? ToDomain(Wire.WorkItemKind kind) => kind switch
    {
        Wire.WorkItemKind.Acknowledgement => WorkItemKind.Acknowledgement,
        Wire.WorkItemKind.Response => WorkItemKind.Response,
        Wire.WorkItemKind.PromisedAction => WorkItemKind.PromisedAction,
        Wire.WorkItemKind.EvidenceRequest => WorkItemKind.EvidenceRequest,
        Wire.WorkItemKind.OmbudsmanOrder => WorkItemKind.OmbudsmanOrder,
        Wire.WorkItemKind.RestrictionReview => WorkItemKind.RestrictionReview,
        Wire.WorkItemKind.UnpaidAward => WorkItemKind.UnpaidAward,
        Wire.WorkItemKind.HazardClock => WorkItemKind.HazardClock,
        _ => null,
    };

    public static Wire.WorkItemKind ToWire(WorkItemKind kind) => kind switch
    {
        WorkItemKind.Acknowledgement => Wire.WorkItemKind.Acknowledgement,
        WorkItemKind.Response => Wire.WorkItemKind.Response,
        WorkItemKind.PromisedAction => Wire.WorkItemKind.PromisedAction,
        WorkItemKind.EvidenceRequest => Wire.WorkItemKind.EvidenceRequest,
        WorkItemKind.OmbudsmanOrder => Wire.WorkItemKind.OmbudsmanOrder,
        WorkItemKind.RestrictionReview => Wire.WorkItemKind.RestrictionReview,
        WorkItemKind.UnpaidAward => Wire.WorkItemKind.UnpaidAward,
        WorkItemKind.HazardClock => Wire.WorkItemKind.HazardClock,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static WorkItemStatus? ToDomain(Wire.WorkItemStatus status) => status switch
    {
        Wire.WorkItemStatus.OnTrack => WorkItemStatus.OnTrack,
        Wire.WorkItemStatus.DueSoon => WorkItemStatus.DueSoon,
        Wire.WorkItemStatus.Overdue => WorkItemStatus.Overdue,
        _ => null,
    };

    public static Wire.WorkItemStatus ToWire(WorkItemStatus status) => status switch
    {
        WorkItemStatus.OnTrack => Wire.WorkItemStatus.OnTrack,
        WorkItemStatus.DueSoon => Wire.WorkItemStatus.DueSoon,
        WorkItemStatus.Overdue => Wire.WorkItemStatus.Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
