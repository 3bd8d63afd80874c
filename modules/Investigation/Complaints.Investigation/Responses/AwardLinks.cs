using Complaints.Compensation.Contracts;
using Complaints.Kernel.Errors;

namespace Complaints.Investigation.Responses;

/// <summary>
/// A compensation remedy that names an award is checked against the Compensation module: the award must exist, be
/// for this complaint and be approved; the response then carries the approved amount and the award's reference.
/// </summary>
internal sealed class AwardLinks(ICompensationAwards awards)
{
    public async Task<(IReadOnlyList<Remedy> Remedies, IReadOnlyList<FieldViolation> Violations)> ResolveAsync(
        Guid complaintId, IReadOnlyList<RemedyInput> inputs, CancellationToken cancellationToken)
    {
        var remedies = new List<Remedy>();
        var violations = new List<FieldViolation>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var description = input.Description?.Trim() ?? "";
            if (input.AwardId is not { } awardId || input.Kind != RemedyKind.Compensation)
            {
                // A missing kind is already a content violation, so this remedy is never saved without one.
                remedies.Add(new Remedy(input.Kind.GetValueOrDefault(), description, input.AmountPence));
                continue;
            }
            var field = $"remedies[{i}].award_id";
            var award = await awards.FindAsync(awardId, cancellationToken);
            if (award is null)
                violations.Add(new FieldViolation(field, $"there is no award {awardId}"));
            else if (award.ComplaintId != complaintId)
                violations.Add(new FieldViolation(field, $"{award.Reference} is not an award for this complaint"));
            else if (!award.IsApproved)
                violations.Add(new FieldViolation(field, $"{award.Reference} is {award.Status}; only an approved award can be offered in a response"));
            else if (input.AmountPence is { } stated && stated != award.ApprovedPence)
                violations.Add(new FieldViolation($"remedies[{i}].amount_pence", $"{award.Reference} was approved at {award.ApprovedPence} pence, not {stated}"));
            else
                remedies.Add(new Remedy(RemedyKind.Compensation, description, award.ApprovedPence, award.Reference));
        }
        return (remedies, violations);
    }
}
