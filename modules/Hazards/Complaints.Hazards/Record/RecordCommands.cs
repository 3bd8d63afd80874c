using Complaints.Hazards.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Hazards.Record;

/// <summary>The investigation ended (message <c>RecordInvestigation</c>): what it found, and whether a hazard needing work was found.</summary>
internal sealed record RecordInvestigationCommand(long HazardId, DateTimeOffset? EndedAt, string Investigator, string Findings, bool HazardFound) : ICommand<long>;

/// <summary>The written summary of the findings was sent to the tenant (message <c>RecordSummarySent</c>).</summary>
internal sealed record RecordSummarySentCommand(long HazardId, DateTimeOffset? SentAt, string Summary) : ICommand<long>;

/// <summary>Safety work was completed; for an emergency, the home was made safe (message <c>RecordSafetyWork</c>).</summary>
internal sealed record RecordSafetyWorkCommand(long HazardId, DateTimeOffset? CompletedAt, string Details) : ICommand<long>;

/// <summary>
/// Further work (message <c>RecordFurtherWork</c>): begun, or the steps taken to begin it where it could not reasonably be
/// begun in time, or the day it physically started. Each is recorded once; later calls add what is new.
/// </summary>
internal sealed record RecordFurtherWorkCommand(
    long HazardId, DateTimeOffset? BegunAt, DateTimeOffset? StepsTakenAt, string StepsTaken, DateTimeOffset? PhysicallyStartedAt, string Details) : ICommand<long>;

/// <summary>One attempt to get into the home (message <c>RecordAccessAttempt</c>): date, method, outcome.</summary>
internal sealed record RecordAccessAttemptCommand(long HazardId, DateTimeOffset? AttemptedAt, AccessMethod? Method, AccessOutcome? Outcome, string Notes) : ICommand<long>;

/// <summary>Suitable alternative accommodation was offered (message <c>OfferAlternativeAccommodation</c>).</summary>
internal sealed record OfferAlternativeAccommodationCommand(long HazardId, DateTimeOffset? OfferedAt, string Details) : ICommand<long>;

/// <summary>The clocks stop for one of the regulation's reasons, with its evidence (message <c>StopClock</c>).</summary>
internal sealed record StopClockCommand(long HazardId, StopReason? Reason, string Evidence, DateTimeOffset? StoppedAt) : ICommand<long>;
