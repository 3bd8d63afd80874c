using System.Globalization;
using Grpc.Core;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Grpc;

/// <summary>The case, its restrictions (status as of an instant) and appeals, as one message.</summary>
internal sealed partial class VexatiousBehaviourGrpcService
{
    private async Task<ConductCase> CaseAsync(long caseId, DateTimeOffset? asOf, ServerCallContext context)
    {
        var conductCase = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, context.CancellationToken)
            ?? throw new NotFoundException("Conduct case", caseId.ToString(CultureInfo.InvariantCulture));
        var restrictionRows = await db.Restrictions.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync(context.CancellationToken);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Id).ToListAsync(context.CancellationToken);
        var instant = asOf ?? clock.GetUtcNow();
        var day = LondonTime.Date(instant);

        var message = new ConductCase
        {
            Id = conductCase.Id,
            Reference = conductCase.Reference,
            ResidentReference = conductCase.ResidentReference,
            RepresentativeName = conductCase.RepresentativeName ?? "",
            Summary = conductCase.Summary,
            OpenedBy = conductCase.OpenedBy,
            OpenedAt = Timestamp.FromDateTimeOffset(conductCase.OpenedAt),
        };
        message.Incidents.AddRange(conductCase.Incidents.Select(i => new Incident
        {
            Id = i.Number, OccurredAt = Timestamp.FromDateTimeOffset(i.OccurredAt), Channel = (ContactChannel)(int)i.Channel, Behaviour = (Behaviour)(int)i.Behaviour,
            Description = i.Description, Evidence = i.Evidence, ComplaintId = i.ComplaintId?.ToString() ?? "", RecordedBy = i.RecordedBy,
        }));
        message.Warnings.AddRange(conductCase.Warnings.Select(w =>
        {
            var warning = new Warning
            {
                Id = w.Number, Level = (WarningLevel)(int)w.Level, Consequences = w.Consequences, IssuedBy = w.IssuedBy, IssuedAt = Timestamp.FromDateTimeOffset(w.IssuedAt),
            };
            warning.Behaviours.AddRange(w.Behaviours.Select(b => (Behaviour)(int)b));
            return warning;
        }));
        message.Restrictions.AddRange(restrictionRows.Select(r => ToMessage(r, day, instant)));
        message.Appeals.AddRange(appeals.Select(a => new Appeal
        {
            Id = a.Id, RestrictionId = a.RestrictionId, Grounds = a.Grounds, ReceivedAt = Timestamp.FromDateTimeOffset(a.ReceivedAt),
            Outcome = a.Outcome is { } outcome ? (AppealOutcome)(int)outcome : AppealOutcome.Unspecified, Reasons = a.Reasons ?? "", DecidedBy = a.DecidedBy ?? "",
            DecidedAt = a.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
        }));
        message.Letters.AddRange(conductCase.Letters.Select(l => new Letter { Kind = l.Kind, Content = l.Content, SentBy = l.SentBy, SentAt = Timestamp.FromDateTimeOffset(l.SentAt) }));
        return message;
    }

    private static Restriction ToMessage(Domain.Restriction r, DateOnly day, DateTimeOffset instant)
    {
        var status = r.StatusOn(day, instant);
        var message = new Restriction
        {
            Id = r.Id,
            Type = (RestrictionType)(int)r.Type,
            PermittedRoute = r.PermittedRoute,
            Details = r.Details,
            StartsOn = Day(r.StartsOn),
            EndsOn = Day(r.EndsOn),
            ReviewDueOn = Day(r.ReviewDueOn),
            ReviewOverdue = status == Domain.RestrictionStatus.Active && day > r.ReviewDueOn,
            Status = (RestrictionStatus)(int)status,
            ImmediateRisk = r.Considerations.ImmediateRisk ?? "",
            VulnerabilityConsideration = r.Considerations.Vulnerability,
            EqualityActConsideration = r.Considerations.EqualityAct,
            AdvocateOffered = r.Considerations.AdvocateOffered,
            Proportionality = r.Considerations.Proportionality,
            DecidedBy = r.DecidedBy,
            DecidedAt = Timestamp.FromDateTimeOffset(r.DecidedAt),
        };
        message.Panel.AddRange(r.Panel.Select(m => new PanelMember { Id = m.Id, Name = m.Name, ConflictOfInterest = m.ConflictOfInterest ?? "" }));
        message.ReasonableAdjustments.AddRange(r.Considerations.ReasonableAdjustments);
        message.Reviews.AddRange(r.Reviews.Select(v => new Review
        {
            Outcome = (ReviewOutcome)(int)v.Outcome, Reasons = v.Reasons, ReviewedBy = v.ReviewedBy, ReviewedAt = Timestamp.FromDateTimeOffset(v.ReviewedAt), EndsOn = Day(v.EndsOn),
        }));
        return message;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
