namespace Complaints.Intake.Contracts;

/// <summary>What LogComplaint answers, as other modules' PostOperation steps on it may read it (the id exists only after the main operation).</summary>
public interface ILoggedComplaint
{
    Guid ComplaintId { get; }

    string Reference { get; }
}
