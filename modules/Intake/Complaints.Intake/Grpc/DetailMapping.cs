using Complaints.Intake.Domain;
using Complaints.Intake.Read;
using Google.Protobuf.WellKnownTypes;
using Wire = Complaints.Intake.Api.V1;

namespace Complaints.Intake.Grpc;

/// <summary>Between the wire and Intake's types for a complaint's details: representative, points, links.</summary>
internal static class DetailMapping
{
    /// <summary>An unset representative message is no representative; enum numbers match by design.</summary>
    public static Representative? ToRepresentative(Wire.Representative? message) =>
        message is null ? null : new Representative(
            message.Name.Trim(),
            (RepresentativeKind)(int)message.Kind,
            message.Contact.Trim(),
            message.Consent is null ? null : new ConsentEvidence(
                (ConsentForm)(int)message.Consent.Form, message.Consent.EvidenceReference.Trim(), message.Consent.GivenAt?.ToDateTimeOffset()));

    public static void AddDetails(Wire.Complaint message, ComplaintView view)
    {
        var complaint = view.Complaint;
        message.Points.AddRange(complaint.Points.Select(p => new Wire.ComplaintPoint
        {
            Text = p.Text,
            RaisedAt = Timestamp.FromDateTimeOffset(p.RaisedAt),
            RecordedBy = p.RecordedBy,
        }));
        message.DesiredOutcome = complaint.DesiredOutcome ?? "";
        message.Representative = ToMessage(complaint.Representative);
        if (complaint.RepresentativeConsent is { } consent)
            message.RepresentativeConsent = new Wire.ConsentCheck { Satisfied = consent.Satisfied, Explanation = consent.Explanation };
        message.ReasonableAdjustments.AddRange(complaint.ReasonableAdjustments);
        message.Vulnerabilities.AddRange(complaint.Vulnerabilities);
        if (complaint.AcceptanceOverride is { } decision)
        {
            message.AcceptanceOverride = new Wire.AcceptanceOverride
            {
                Reason = decision.Reason,
                DecidedBy = decision.DecidedBy,
                DecidedAt = Timestamp.FromDateTimeOffset(decision.DecidedAt),
            };
        }
        message.ServiceRequestId = complaint.ServiceRequestId?.ToString() ?? "";
        message.FeedbackId = view.FeedbackId?.ToString() ?? "";
        message.Links.AddRange(view.Links.Select(l => new Wire.ComplaintLink
        {
            ComplaintId = l.ComplaintId.ToString(),
            Reference = l.Reference,
            Kind = (Wire.LinkKind)(int)l.Kind,
            Reason = l.Reason,
        }));
        message.OmbudsmanSignposted = complaint.OmbudsmanSignposted;
        if (complaint.ContactRouting is { } routing)
            message.ContactRouting = new Wire.ContactRouting
            {
                Restrictions = routing.RestrictionReference, Kinds = routing.Restriction, Redirected = routing.Redirected,
                PermittedRoute = routing.PermittedRoute, Reason = routing.Reason,
            };
        message.Acceptance.Route = complaint.Acceptance.Route;
        message.Acceptance.ReplyDueOn = complaint.Acceptance.ReplyDueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static Wire.Representative? ToMessage(Representative? representative) =>
        representative is null ? null : new Wire.Representative
        {
            Name = representative.Name,
            Kind = (Wire.RepresentativeKind)(int)representative.Kind,
            Contact = representative.Contact,
            Consent = representative.Consent is not { } consent ? null : new Wire.ConsentEvidence
            {
                Form = (Wire.ConsentForm)(int)consent.Form,
                EvidenceReference = consent.EvidenceReference,
                GivenAt = consent.GivenAt is { } given ? Timestamp.FromDateTimeOffset(given) : null,
            },
        };
}
