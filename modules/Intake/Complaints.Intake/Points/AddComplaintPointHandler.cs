using Complaints.Intake.Decide;
using Complaints.Intake.Domain;
using Complaints.Intake.Log;
using Complaints.Intake.Persistence;
using Complaints.Intake.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Points;

/// <summary>
/// The Code's rule for new points: a related one raised before the stage 1 response joins it; an unrelated one, or
/// one raised later, becomes a new complaint (logged through the full LogComplaint pipeline) linked to this one.
/// </summary>
internal sealed class AddComplaintPointHandler(
    ComplaintStore complaints, IntakeDbContext db, ILifecycle lifecycle, ICommandPipeline pipeline,
    IOptions<IntakePolicy> policy, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<AddComplaintPointCommand, PointOutcome>
{
    private static readonly ComplaintStage[] BeforeStage1Response =
        [ComplaintStage.Received, ComplaintStage.Stage1Pending, ComplaintStage.Stage1EarlyResolution, ComplaintStage.Stage1Investigating];

    public async Task<PointOutcome> HandleAsync(PluginContext<AddComplaintPointCommand, PointOutcome> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Point))
            throw new ValidationException(new FieldViolation("point", "must say what the new point is"));
        var raisedAt = OccurredAt.Resolve(command.RaisedAt, clock, clockOptions.Value.AllowedSkew, "raised_at");
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        if (raisedAt < complaint.ReceivedAt)
            throw new ValidationException(new FieldViolation("raised_at", $"must not be before complaint {complaint.Reference} was received"));
        var stage = (await lifecycle.FindAsync(complaint.Id, null, cancellationToken))!.Stage;

        if (command.Related && BeforeStage1Response.Contains(stage) && policy.Value.RelatedPointsJoinOpenStage1)
        {
            if (complaint.Points.Count >= ComplaintPoint.MostOnOneComplaint)
                throw new RuleViolationException(
                    $"Complaint {complaint.Reference} already holds {complaint.Points.Count} points, the most one complaint may hold; raise the point as a new complaint and link it.",
                    "TOO_MANY_POINTS",
                    new Dictionary<string, string> { ["points"] = complaint.Points.Count.ToString(), ["most_points"] = ComplaintPoint.MostOnOneComplaint.ToString() });
            // A new list, so the change is seen and the complaint's version moves on.
            complaint.Points = [.. complaint.Points, new ComplaintPoint(command.Point.Trim(), raisedAt, context.InitiatingUser.Id)];
            await lifecycle.RecordChangeAsync(complaint.Id, expectedVersion: null, cancellationToken);
            return new PointOutcome(true, complaint.Id,
                $"Related to {complaint.Reference} and raised before its stage 1 response ({stage}), so it is answered in that response.");
        }

        var why = WhyNewComplaint(command.Related, stage, complaint.Reference);
        var logged = await pipeline.ExecuteAsync(new LogComplaintCommand(
            complaint.Channel, command.Point, complaint.ResidentReference, raisedAt, IdempotencyKey: null,
            Anonymous: complaint.Anonymous, Points: [command.Point], Representative: complaint.Representative,
            ReasonableAdjustments: complaint.ReasonableAdjustments, Vulnerabilities: complaint.Vulnerabilities), cancellationToken);
        db.Links.Add(new ComplaintLink
        {
            ComplaintId = logged.Id,
            LinkedComplaintId = complaint.Id,
            Kind = ComplaintLinkKind.RaisedFrom,
            Reason = why,
            LinkedAt = clock.GetUtcNow(),
            LinkedBy = context.InitiatingUser.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new PointOutcome(false, logged.Id, $"{why} So it is a new complaint, {logged.Reference}, linked to {complaint.Reference}.");
    }

    private string WhyNewComplaint(bool related, ComplaintStage stage, string reference)
    {
        if (!related)
            return $"The point is not related to {reference}.";
        if (!BeforeStage1Response.Contains(stage))
            return policy.Value.NewEvidenceAfterStage1OpensNewStage1
                ? $"{reference} has had its stage 1 response ({stage}), and this policy opens a new stage 1 complaint for new matters raised after it."
                : $"{reference} has had its stage 1 response ({stage}), so the point cannot join it.";
        return "This policy does not add new points to an open stage 1 complaint.";
    }
}
