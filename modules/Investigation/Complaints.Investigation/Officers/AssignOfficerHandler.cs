using Complaints.Intake.Contracts;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Officers;

/// <summary>
/// Records who handles each stage. Stage 2's reviewer is held to the Code (not the stage 1 handler) and to the
/// policy (seniority, independence of the service area complained about); a refusal names the rule and its clause.
/// </summary>
internal sealed class AssignOfficerHandler(
    InvestigationDbContext db,
    ILifecycle lifecycle,
    IComplaintDirectory directory,
    IOptions<InvestigationPolicy> policy,
    TimeProvider clock,
    IOptions<ClockOptions> clockOptions)
    : ICommandHandler<AssignOfficerCommand, long>
{
    private static readonly ComplaintStage[] Stage1 = [ComplaintStage.Stage1Pending, ComplaintStage.Stage1EarlyResolution, ComplaintStage.Stage1Investigating];
    private static readonly ComplaintStage[] Stage2 = [ComplaintStage.Stage2Pending, ComplaintStage.Stage2Investigating];

    public async Task<long> HandleAsync(PluginContext<AssignOfficerCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        Validate(command);
        var assignedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var stage = (await lifecycle.FindAsync(command.ComplaintId, null, cancellationToken)
            ?? throw new NotFoundException("Complaint", command.ComplaintId.ToString())).Stage;
        var allowed = command.Stage == 1 ? Stage1 : Stage2;
        if (!allowed.Contains(stage))
            throw new RuleViolationException(
                $"A stage {command.Stage} officer can be assigned only while the complaint is in {string.Join(", ", allowed)}; it is in {stage}.");

        string? complainedAbout = command.ServiceAreaComplainedAbout?.Trim();
        if (command.Stage == 2)
        {
            var stage1 = await db.Assignments.Where(a => a.ComplaintId == command.ComplaintId && a.Stage == 1)
                .OrderBy(a => a.Id).ToListAsync(cancellationToken);
            var namedAtAcknowledgement = (await directory.FindAsync(command.ComplaintId, cancellationToken))?.NamedOfficer;
            CheckReviewer(command, new Stage1Handlers(stage1, namedAtAcknowledgement), policy.Value.Stage2Reviewer);
            complainedAbout = stage1.LastOrDefault()?.ServiceAreaComplainedAbout;
        }

        var assignment = new Assignment
        {
            ComplaintId = command.ComplaintId,
            Stage = command.Stage,
            OfficerId = command.OfficerId.Trim(),
            OfficerName = command.OfficerName.Trim(),
            Seniority = command.Seniority!.Value,
            ServiceArea = command.ServiceArea.Trim(),
            ServiceAreaComplainedAbout = complainedAbout,
            AssignedAt = assignedAt,
            AssignedBy = context.InitiatingUser.Id,
        };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Id;
    }

    private static void Validate(AssignOfficerCommand command)
    {
        var violations = new List<FieldViolation>();
        if (command.Stage is not (1 or 2))
            violations.Add(new FieldViolation("stage", "must be 1 or 2"));
        if (string.IsNullOrWhiteSpace(command.OfficerId))
            violations.Add(new FieldViolation("officer.id", "must identify the officer"));
        if (string.IsNullOrWhiteSpace(command.OfficerName))
            violations.Add(new FieldViolation("officer.name", "must name the officer (the resident is told who it is)"));
        if (command.Seniority is null)
            violations.Add(new FieldViolation("officer.seniority", "must say how senior the officer is"));
        if (string.IsNullOrWhiteSpace(command.ServiceArea))
            violations.Add(new FieldViolation("officer.service_area", "must say which service area the officer works in"));
        if (command.Stage == 1 && string.IsNullOrWhiteSpace(command.ServiceAreaComplainedAbout))
            violations.Add(new FieldViolation("service_area_complained_about", "must say which service area the complaint is about (stage 2's independence rule needs it)"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    private static void CheckReviewer(AssignOfficerCommand command, Stage1Handlers stage1Handlers, ReviewerPolicy rule)
    {
        var stage1 = stage1Handlers.Assignments.LastOrDefault();
        if (rule.MustDifferFromStage1Handler && stage1Handlers.Include(command.OfficerId, command.OfficerName))
            throw new RuleViolationException(
                $"{command.OfficerName} handled stage 1, so cannot review it at stage 2 (Code: 'Stage 2 handler must not be the stage 1 handler'; {rule.Clause}).");
        if (rule.MinimumSeniority is { } minimum && command.Seniority < minimum)
            throw new RuleViolationException(
                $"The stage 2 reviewer must be at least {minimum} ({rule.Role}); {command.OfficerName} is {command.Seniority} ({rule.Clause}).");
        if (rule.IndependentOfServiceArea && stage1?.ServiceAreaComplainedAbout is { } area
            && string.Equals(area, command.ServiceArea.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new RuleViolationException(
                $"The stage 2 reviewer must be independent of the service area complained about ({area}); {command.OfficerName} works in it ({rule.Clause}).");
    }
}

/// <summary>
/// Everyone who handled stage 1: each officer assigned (matched by id), and the officer named to the resident at
/// acknowledgement (matched by name, the only thing Intake records of them).
/// </summary>
internal sealed record Stage1Handlers(IReadOnlyList<Assignment> Assignments, string? NamedAtAcknowledgement)
{
    public bool Include(string officerId, string officerName) =>
        Assignments.Any(a => a.OfficerId == officerId.Trim())
        || (NamedAtAcknowledgement is { } named && string.Equals(named.Trim(), officerName.Trim(), StringComparison.OrdinalIgnoreCase));
}
