using System.Globalization;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour.Cases;

/// <summary>Opens a case, numbered <c>UBC-YYYY-NNNNNN</c>.</summary>
internal sealed class OpenConductCaseHandler(VexatiousBehaviourDbContext db, SequenceGenerator sequences, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<OpenConductCaseCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<OpenConductCaseCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.ResidentReference))
            violations.Add(new FieldViolation("resident_reference", "must identify the resident"));
        if (string.IsNullOrWhiteSpace(command.Summary))
            violations.Add(new FieldViolation("summary", "must say what the concern is"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var openedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var year = LondonTime.Date(openedAt).Year;
        var number = await sequences.NextAsync($"conduct-{year}", cancellationToken);
        var conductCase = new ConductCase
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"UBC-{year}-{number:D6}"),
            ResidentReference = command.ResidentReference.Trim(),
            RepresentativeName = string.IsNullOrWhiteSpace(command.RepresentativeName) ? null : command.RepresentativeName.Trim(),
            Summary = command.Summary.Trim(),
            OpenedBy = context.InitiatingUser.Id,
            OpenedAt = openedAt,
        };
        db.Cases.Add(conductCase);
        await db.SaveChangesAsync(cancellationToken);
        return conductCase.Id;
    }
}

/// <summary>An incident must be one of the behaviours the policy names, on a known channel, with its evidence.</summary>
internal sealed class RecordIncidentHandler(ConductStore store, IOptions<VexatiousBehaviourPolicy> policy, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordIncidentCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordIncidentCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var listed = policy.Value.Behaviours.Select(b => b.Code).ToList();
        var violations = new List<FieldViolation>();
        if (command.Behaviour is not { } behaviour || !listed.Contains(behaviour))
            violations.Add(new FieldViolation("behaviour", $"must be one of the behaviours the policy names: {string.Join(", ", listed)}"));
        if (command.Channel == ContactChannel.Unknown)
            violations.Add(new FieldViolation("channel", "must say how the contact was made"));
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must describe what happened"));
        if (string.IsNullOrWhiteSpace(command.Evidence))
            violations.Add(new FieldViolation("evidence", "must say where the evidence is kept: restrictions must be evidenced"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var occurredAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var conductCase = await store.CaseAsync(command.CaseId, cancellationToken);
        conductCase.Incidents = [.. conductCase.Incidents, new Incident(conductCase.Incidents.Count + 1, occurredAt, command.Channel,
            command.Behaviour!.Value, command.Description.Trim(), command.Evidence.Trim(), command.ComplaintId, context.InitiatingUser.Id)];
        await store.SaveAsync(cancellationToken);
        return conductCase.Id;
    }
}

/// <summary>A warning names the behaviours and what may follow; a formal one is a letter.</summary>
internal sealed class IssueWarningHandler(ConductStore store, TimeProvider clock, IOptions<ClockOptions> clockOptions) : ICommandHandler<IssueWarningCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<IssueWarningCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Level is null)
            violations.Add(new FieldViolation("level", "must be INFORMAL or FORMAL"));
        if (command.Behaviours.Count == 0)
            violations.Add(new FieldViolation("behaviours", "must name the behaviours warned about"));
        if (string.IsNullOrWhiteSpace(command.Consequences))
            violations.Add(new FieldViolation("consequences", "must say what may follow if the behaviour continues"));
        if (command.Level == WarningLevel.Formal && string.IsNullOrWhiteSpace(command.Letter))
            violations.Add(new FieldViolation("letter", "a formal warning is given in writing"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var issuedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var conductCase = await store.CaseAsync(command.CaseId, cancellationToken);
        conductCase.Warnings = [.. conductCase.Warnings, new Warning(conductCase.Warnings.Count + 1, command.Level!.Value, command.Behaviours.Distinct().ToList(),
            command.Consequences.Trim(), context.InitiatingUser.Id, issuedAt)];
        if (!string.IsNullOrWhiteSpace(command.Letter))
            ConductStore.Letter(conductCase, command.Level == WarningLevel.Formal ? "Formal warning" : "Informal warning", command.Letter, context.InitiatingUser.Id, issuedAt);
        await store.SaveAsync(cancellationToken);
        return conductCase.Id;
    }
}
