using Complaints.Kernel.Errors;

namespace Complaints.Host.Api.Rules;

/// <summary>
/// The field violations found so far, capped: a request with a million bad items gets a short answer, and the walk
/// stops once the cap is reached instead of visiting the rest.
/// </summary>
internal sealed class Violations
{
    public const int MostReported = 20;

    private readonly List<FieldViolation> _found = [];

    public int Count => _found.Count;

    public bool Full => _found.Count >= MostReported;

    public void Add(string field, string description)
    {
        if (!Full)
            _found.Add(new FieldViolation(field, description));
    }

    public FieldViolation[] ToArray() => _found.ToArray();
}
