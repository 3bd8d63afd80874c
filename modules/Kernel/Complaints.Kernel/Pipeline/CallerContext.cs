namespace Complaints.Kernel.Pipeline;

/// <summary>Who is calling from outside (set once per request by the API layer), and the request's correlation id.</summary>
public sealed class CallerContext
{
    public Actor Actor { get; set; } = Actor.System;

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// What the audit of access should keep about this call beyond who, what and which records — e.g. the values a
    /// rectification replaced. Set by a handler; recorded (and hashed) with the call's audit entry.
    /// </summary>
    public string? AuditNote { get; set; }
}
