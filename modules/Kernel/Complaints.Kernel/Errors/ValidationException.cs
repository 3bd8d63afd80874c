namespace Complaints.Kernel.Errors;

/// <summary>Bad input: every field that was wrong and why (INVALID_ARGUMENT with field violations).</summary>
public sealed class ValidationException(string message, IReadOnlyList<FieldViolation> violations) : ComplaintsException(message)
{
    public ValidationException(params FieldViolation[] violations)
        : this(violations.Length == 1 ? $"{violations[0].Field}: {violations[0].Description}" : $"{violations.Length} fields are invalid.", violations)
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}

/// <summary>One invalid field: its path in the request (e.g. <c>resident.email</c>) and what is wrong with it.</summary>
public sealed record FieldViolation(string Field, string Description);
