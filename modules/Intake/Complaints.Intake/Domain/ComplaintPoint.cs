namespace Complaints.Intake.Domain;

/// <summary>One point complained about, as and when it was raised; each gets its own decision in the response.</summary>
internal sealed record ComplaintPoint(string Text, DateTimeOffset RaisedAt, string RecordedBy);

/// <summary>An officer's recorded decision to accept a complaint the acceptance rules would not.</summary>
internal sealed record AcceptanceOverride(string Reason, string DecidedBy, DateTimeOffset DecidedAt);
