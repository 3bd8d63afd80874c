namespace Complaints.Investigation.Contracts;

/// <summary>
/// The investigation's record of a complaint as other modules may read it (the Ombudsman evidence pack): who handled
/// it, every contact and piece of evidence, each response as sent, and the actions promised. Joins the caller's unit of work.
/// </summary>
public interface IInvestigationRecord
{
    Task<InvestigationRecord> ForComplaintAsync(Guid complaintId, CancellationToken cancellationToken);
}

public sealed record InvestigationRecord(
    IReadOnlyList<RecordedAssignment> Assignments,
    IReadOnlyList<RecordedContact> Contacts,
    IReadOnlyList<RecordedEvidence> Evidence,
    IReadOnlyList<RecordedResponse> Responses,
    IReadOnlyList<RecordedAction> Actions);

public sealed record RecordedAssignment(int Stage, string OfficerName, string Seniority, DateTimeOffset AssignedAt, string AssignedBy);

public sealed record RecordedContact(string Kind, string Direction, string Summary, DateTimeOffset OccurredAt, string RecordedBy, string? Routing);

public sealed record RecordedEvidence(string Kind, string Title, string Location, DateTimeOffset OccurredAt, string RecordedBy);

/// <summary>A response with the letter the resident was sent (plain text), and the themes and root causes recorded with it.</summary>
public sealed record RecordedResponse(int Stage, DateTimeOffset IssuedAt, string IssuedBy, string Letter,
    IReadOnlyList<string>? Themes = null, IReadOnlyList<string>? RootCauses = null);

public sealed record RecordedAction(string Description, DateOnly DueOn, string Status, string? TransferredTo);
