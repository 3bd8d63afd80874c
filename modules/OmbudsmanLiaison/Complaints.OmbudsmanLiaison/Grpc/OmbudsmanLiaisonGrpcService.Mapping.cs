using System.Globalization;
using Grpc.Core;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.OmbudsmanLiaison.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Grpc;

/// <summary>A referral with everything recorded on it; deadline statuses as of an instant.</summary>
internal sealed partial class OmbudsmanLiaisonGrpcService
{
    private async Task<Referral> ReferralAsync(long id, DateTimeOffset? asOf, ServerCallContext context)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Referral", id.ToString(CultureInfo.InvariantCulture));
        var requests = await db.EvidenceRequests.AsNoTracking().Where(r => r.ReferralId == id).OrderBy(r => r.Id).ToListAsync(context.CancellationToken);
        var orders = await db.Orders.AsNoTracking().Where(o => o.ReferralId == id).OrderBy(o => o.Id).ToListAsync(context.CancellationToken);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.ReferralId == id).OrderBy(r => r.Id).ToListAsync(context.CancellationToken);
        var today = LondonTime.Date(asOf ?? clock.GetUtcNow());

        var message = new Referral
        {
            Id = referral.Id, OmbudsmanCaseReference = referral.OmbudsmanCaseReference, ReferredOn = Day(referral.ReferredOn), Summary = referral.Summary,
            RecordedBy = referral.RecordedBy,
        };
        message.Complaints.AddRange(referral.Complaints.Select(c => new ReferredComplaint
        {
            ComplaintId = c.ComplaintId.ToString(), Reference = c.Reference, StageAtReferral = Kernel.Wire.WireEnum.FromName<Common.V1.Stage>(c.StageAtReferral),
        }));
        message.EvidenceRequests.AddRange(requests.Select(r => ToMessage(r, referral.OmbudsmanCaseReference, today)));
        if (referral.Determination is { } determination)
        {
            message.Determination = new Determination { DeterminedOn = Day(determination.DeterminedOn), RecordedBy = determination.RecordedBy };
            message.Determination.Findings.AddRange(determination.Findings.Select(f => new ElementFinding
            {
                Element = f.Element, Finding = (Finding)(int)f.Finding, ComplaintId = f.ComplaintId?.ToString() ?? "",
            }));
        }
        message.Orders.AddRange(orders.Select(o => ToMessage(o, referral.OmbudsmanCaseReference, today)));
        message.Recommendations.AddRange(recommendations.Select(r => new Recommendation
        {
            Id = r.Id, Description = r.Description, Response = r.Accepted switch { true => "Accepted", false => "Declined", null => "" },
            Reason = r.Reason ?? "", RespondedBy = r.RespondedBy ?? "",
        }));
        return message;
    }

    private EvidenceRequest ToMessage(Domain.EvidenceRequest r, string caseReference, DateOnly today) => new()
    {
        Id = r.Id, What = r.What, ReceivedOn = Day(r.ReceivedOn), DueOn = Day(r.DueOn), DueFrom = r.DueFrom,
        Status = Status(r.DueOn, r.SubmittedAt is { } sent ? LondonTime.Date(sent) : null, today),
        SubmittedAt = r.SubmittedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null, WhatWasSent = r.WhatWasSent ?? "", DelayExplanation = r.DelayExplanation ?? "",
        ReferralId = r.ReferralId, OmbudsmanCaseReference = caseReference,
    };

    private Order ToMessage(Domain.Order o, string caseReference, DateOnly today) => new()
    {
        Id = o.Id, Type = (OrderType)(int)o.Type, Description = o.Description, AmountPence = o.AmountPence ?? 0, DueOn = Day(o.DueOn), Owner = o.Owner,
        ComplaintId = o.ComplaintId?.ToString() ?? "", AwardId = o.AwardId ?? 0, AwardReference = o.AwardReference ?? "",
        Status = Status(o.DueOn, o.CompliedOn, today), CompliedOn = o.CompliedOn is { } done ? Day(done) : "", ComplianceEvidence = o.ComplianceEvidence ?? "",
        OmbudsmanCaseReference = caseReference,
    };

    /// <summary>Met on time or late once done; otherwise overdue after the due day, due soon within the profile's working days.</summary>
    private DeadlineStatus Status(DateOnly dueOn, DateOnly? metOn, DateOnly today) => metOn switch
    {
        { } met => met <= dueOn ? DeadlineStatus.MetOnTime : DeadlineStatus.MetLate,
        null when today > dueOn => DeadlineStatus.Overdue,
        null when calendar.WorkingDaysBetween(today, dueOn) <= policy.Value.DueSoonWorkingDays => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.OnTrack,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
