using Complaints.Hazards.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Hazards.Report;

/// <summary>Report a hazard the landlord has become aware of (message <c>ReportHazard</c>); returns its id.</summary>
internal sealed record ReportHazardCommand(
    HazardSource? Source,
    string SourceReference,
    string PropertyReference,
    string ResidentReference,
    string Kind,
    bool? Emergency,
    DateTimeOffset? AwareAt,
    string Tenure,
    string Description,
    string? IdempotencyKey,
    Guid? ComplaintId = null) : ICommand<long>, IIdempotentCommand;
