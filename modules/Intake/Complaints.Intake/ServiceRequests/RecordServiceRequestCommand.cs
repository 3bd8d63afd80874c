using Complaints.Intake.Domain;
using Complaints.Intake.Log;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.ServiceRequests;

/// <summary>Record a request for service (message <c>RecordServiceRequest</c>).</summary>
internal sealed record RecordServiceRequestCommand(
    ComplaintChannel? Channel, string Description, string Category, string ResidentReference, DateTimeOffset? ReceivedAt, string? IdempotencyKey)
    : ICommand<RecordedServiceRequest>, IIdempotentCommand;

/// <summary>The new service request's id and reference.</summary>
internal sealed record RecordedServiceRequest(Guid Id, string Reference);

/// <summary>
/// The resident is dissatisfied with a service request's handling (message <c>RaiseComplaintFromServiceRequest</c>):
/// logs a complaint linked to it.
/// </summary>
internal sealed record RaiseComplaintFromServiceRequestCommand(
    Guid ServiceRequestId, string Description, ComplaintChannel? Channel, DateTimeOffset? ReceivedAt, string? IdempotencyKey,
    IReadOnlyList<string> Points, string? DesiredOutcome)
    : ICommand<LoggedComplaint>, IIdempotentCommand;
