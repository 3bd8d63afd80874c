namespace Complaints.Intake.Domain;

/// <summary>One point complained about, as and when it was raised; each gets its own decision in the response.</summary>
internal sealed record ComplaintPoint(string Text, DateTimeOffset RaisedAt, string RecordedBy)
{
    /// <summary>
    /// The most points one complaint holds, however they arrive: the same as LogComplaint's <c>points</c> takes at once
    /// (intake.proto), so adding them one call at a time cannot grow a complaint, and the response that must decide
    /// each, without end. Not policy: no landlord's policy limits points, this only keeps a record answerable.
    /// </summary>
    public const int MostOnOneComplaint = 50;
}

/// <summary>An officer's recorded decision to accept a complaint the acceptance rules would not.</summary>
internal sealed record AcceptanceOverride(string Reason, string DecidedBy, DateTimeOffset DecidedAt);
