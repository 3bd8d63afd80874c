using Complaints.Compensation.Api.V1;
using Complaints.Intake.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Client.Demo;

/// <summary>
/// A realistic demo data set, made through the public API as the people who would do each thing: complaints from every
/// channel over the last weeks (some acknowledged, some answered at stage 1, one about mould with its hazard clocks),
/// awards waiting for a compensation officer (one within an officer's authority, one above it), a conduct case with an
/// incident and a warning, and an Ombudsman referral with an evidence request. Deterministic for a given size.
/// </summary>
public sealed class DemoDataSeeder(Func<(string Id, string Role), ComplaintsApi> apiAs, TimeProvider clock)
{
    private static readonly Channel[] Channels = [Channel.Phone, Channel.Email, Channel.Web, Channel.Letter, Channel.InPerson, Channel.LiveChat];

    private static readonly string[] Problems =
    [
        "The boiler has been broken for three weeks and two engineer visits were missed.",
        "Nobody called back about the leak from the flat upstairs, despite three calls.",
        "The communal lights on the stairs have been out for a month.",
        "My repair was marked complete but the window still does not close.",
        "The contractor left rubble in the garden after replacing the fence.",
        "I was told my rent account was in arrears when it was not.",
        "Reports of noise from the neighbours were never acted on.",
        "The lift in the block has been out of service for two weeks.",
    ];

    /// <summary>Seeds <paramref name="complaints"/> complaints and the rest; reports each step done.</summary>
    public async Task SeedAsync(int complaints, IProgress<DemoProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var handler = apiAs(DemoPeople.Handler);
        var total = complaints + 4;
        var categories = await CategoriesAsync(handler, cancellationToken);
        var logged = new List<Complaint>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < complaints; i++)
        {
            var request = new LogComplaintRequest
            {
                Channel = Channels[i % Channels.Length], Description = Problems[i % Problems.Length],
                ResidentReference = $"TEN-DEMO-{i % 25 + 1:D3}", PropertyReference = $"PROP-DEMO-{i % 25 + 1:D3}",
                Category = categories.Count == 0 ? "" : categories[i % categories.Count],
                ReceivedAt = Timestamp.FromDateTimeOffset(now.AddHours(-(i % 20) * 24 - 2)), IdempotencyKey = $"demo-complaint-{i}",
            };
            var complaint = (await handler.Intake.LogComplaintAsync(request, cancellationToken: cancellationToken)).Complaint;
            if (i % 3 != 0)
            {
                complaint = (await handler.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
                {
                    ComplaintId = complaint.Id, ComplaintDefinition = request.Description, ResolutionSought = "Put the repair right and explain the delay",
                    NamedOfficer = "Hana Handler",
                }, cancellationToken: cancellationToken)).Complaint;
                await handler.Investigation.AssignOfficerAsync(DemoPeople.AssignToHandler(complaint.Id), cancellationToken: cancellationToken);
            }
            logged.Add(complaint);
            progress?.Report(new DemoProgress(i + 1, total, $"Complaint {complaint.Reference}"));
        }
        await MouldComplaintAsync(handler, cancellationToken);
        progress?.Report(new DemoProgress(complaints + 1, total, "A complaint about mould, with its hazard clocks"));
        await AwardsAsync(apiAs(DemoPeople.CompensationOfficer), logged, cancellationToken);
        progress?.Report(new DemoProgress(complaints + 2, total, "Awards waiting for approval"));
        await ConductCaseAsync(apiAs(DemoPeople.Panel), cancellationToken);
        progress?.Report(new DemoProgress(complaints + 3, total, "A conduct case with a warning"));
        await ReferralAsync(apiAs(DemoPeople.Liaison), logged, now, cancellationToken);
        progress?.Report(new DemoProgress(total, total, "An Ombudsman referral with an evidence request"));
    }

    private static async Task<IReadOnlyList<string>> CategoriesAsync(ComplaintsApi api, CancellationToken cancellationToken)
    {
        var profile = await api.System.GetPolicyProfileAsync(new SystemApi.V1.GetPolicyProfileRequest(), cancellationToken: cancellationToken);
        return ProfileLists.Codes(profile.ProfileJson, "intake", "complaintCategories");
    }

    private static Task MouldComplaintAsync(ComplaintsApi handler, CancellationToken cancellationToken) =>
        handler.Intake.LogComplaintAsync(new LogComplaintRequest
        {
            Channel = Channel.Phone, Description = "Black mould is spreading across the children's bedroom wall and the baby is coughing.",
            ResidentReference = "TEN-DEMO-030", PropertyReference = "PROP-DEMO-030", IdempotencyKey = "demo-mould",
            Hazard = new HazardMention { Kind = "damp-and-mould", Category = HazardMentionCategory.Significant, Tenure = "SocialRent" },
        }, cancellationToken: cancellationToken).ResponseAsync;

    private static async Task AwardsAsync(ComplaintsApi officer, IReadOnlyList<Complaint> logged, CancellationToken cancellationToken)
    {
        foreach (var (complaint, pence, what) in new[] { (logged[1], 15000L, "Time and trouble over two missed visits"), (logged[2], 45000L, "Distress over a month without heating") })
        {
            var proposal = new ProposeAwardRequest { ComplaintId = complaint.Id, Rationale = what, IdempotencyKey = $"demo-award-{complaint.Id}" };
            proposal.Lines.Add(new AwardLineInput { Category = AwardCategory.TimeAndTrouble, Description = what, AmountPence = pence });
            await officer.Compensation.ProposeAwardAsync(proposal, cancellationToken: cancellationToken);
        }
    }

    private static async Task ConductCaseAsync(ComplaintsApi panel, CancellationToken cancellationToken)
    {
        var opened = (await panel.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest
        {
            ResidentReference = "TEN-DEMO-025", Summary = "Abusive calls to the repairs team",
        }, cancellationToken: cancellationToken)).ConductCase;
        await panel.Conduct.RecordIncidentAsync(new RecordIncidentRequest
        {
            CaseId = opened.Id, Channel = ContactChannel.Phone, Behaviour = Behaviour.AbusiveOrThreateningLanguage,
            Description = "Shouted and swore at the call handler", Evidence = "Call recording, repairs line",
        }, cancellationToken: cancellationToken);
        var warning = new IssueWarningRequest { CaseId = opened.Id, Level = WarningLevel.Formal, Consequences = "Contact may be limited to writing", Letter = "Warning letter WL-DEMO-1" };
        warning.Behaviours.Add(Behaviour.AbusiveOrThreateningLanguage);
        await panel.Conduct.IssueWarningAsync(warning, cancellationToken: cancellationToken);
    }

    private static async Task ReferralAsync(ComplaintsApi liaison, IReadOnlyList<Complaint> logged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var referral = new RecordReferralRequest { OmbudsmanCaseReference = "202600123", Summary = "The resident referred the boiler complaint" };
        referral.ComplaintIds.Add(logged[0].Id);
        var recorded = await liaison.Ombudsman.RecordReferralAsync(referral, cancellationToken: cancellationToken);
        await liaison.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest
        {
            ReferralId = recorded.Referral.Id, What = "The repair records and call notes", DueOn = now.AddDays(10).ToString("yyyy-MM-dd"),
        }, cancellationToken: cancellationToken);
    }
}

/// <summary>How far seeding has got: steps done of the total, and what was just made.</summary>
public sealed record DemoProgress(int Done, int Total, string What);
