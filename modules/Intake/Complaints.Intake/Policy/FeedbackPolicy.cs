namespace Complaints.Intake.Policy;

/// <summary>
/// The <c>intake.feedback</c> part of a policy profile: the kinds of compliment and feedback the policy collects, and
/// the service areas they are about. Lists, never code: each landlord names its own.
/// </summary>
internal sealed class FeedbackPolicy
{
    public List<FeedbackKind> Kinds { get; set; } = [];

    /// <summary>What compliments and feedback may be about; nothing outside this list.</summary>
    public List<string> ServiceAreas { get; set; } = [];

    public string ServiceAreasClause { get; set; } = "";

    public FeedbackKind? Find(string code) => Kinds.Find(k => string.Equals(k.Code, code, StringComparison.Ordinal));
}

/// <summary>One kind the policy collects (Livin 8.1: compliments, general suggestions for service improvement).</summary>
internal sealed class FeedbackKind
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Positive feedback about a service received: passed on to the staff or service area it names.</summary>
    public bool IsCompliment { get; set; }

    public string Clause { get; set; } = "";
}
