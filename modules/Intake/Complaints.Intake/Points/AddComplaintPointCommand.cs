using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Points;

/// <summary>A new point from the resident on an existing complaint (message <c>AddComplaintPoint</c>).</summary>
internal sealed record AddComplaintPointCommand(
    Guid ComplaintId, string Point, bool Related, DateTimeOffset? RaisedAt, int? ExpectedVersion, string? IdempotencyKey)
    : ICommand<PointOutcome>, IIdempotentCommand;

/// <summary>Where the point went: joined the complaint, or opened a new linked one; and why.</summary>
internal sealed record PointOutcome(bool Joined, Guid ComplaintId, string Explanation);
