using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.CaseFile;

/// <summary>Mediation offered (and perhaps taken up) during the complaint: the clocks run on, it is part of the case file.</summary>
internal sealed class Mediation
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required string Mediator { get; init; }

    public required bool Accepted { get; init; }

    public string? Outcome { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>Record mediation offered on a complaint (message <c>RecordMediation</c>).</summary>
internal sealed record RecordMediationCommand(Guid ComplaintId, string Mediator, bool Accepted, string? Outcome, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Only where the policy offers mediation; the refusal quotes the profile.</summary>
internal sealed class RecordMediationHandler(
    InvestigationDbContext db, ILifecycle lifecycle, IOptions<InvestigationPolicy> policy, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordMediationCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordMediationCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Mediator))
            throw new ValidationException(new FieldViolation("mediator", "must name the mediator or mediation service"));
        var rule = policy.Value.Mediation;
        if (!rule.AtAnyStage)
            throw new RuleViolationException($"This policy does not offer mediation during a complaint ({rule.Clause}).");
        var occurredAt = await CaseFileGuard.ResolveAsync(lifecycle, command.ComplaintId, command.OccurredAt, clock, clockOptions.Value, cancellationToken);
        var mediation = new Mediation
        {
            ComplaintId = command.ComplaintId, Mediator = command.Mediator.Trim(), Accepted = command.Accepted,
            Outcome = string.IsNullOrWhiteSpace(command.Outcome) ? null : command.Outcome.Trim(), OccurredAt = occurredAt, RecordedBy = context.InitiatingUser.Id,
        };
        db.Mediations.Add(mediation);
        await db.SaveChangesAsync(cancellationToken);
        return mediation.Id;
    }
}
