namespace Complaints.Kernel.Pipeline;

/// <summary>Who is calling from outside (set once per request by the API layer), and the request's correlation id.</summary>
public sealed class CallerContext
{
    public Actor Actor { get; set; } = Actor.System;

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");
}
