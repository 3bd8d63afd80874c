using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// What complaints teach, for reporting year 2026 (the profile's repeat window: 365 days), worked by hand:
/// <list type="bullet">
/// <item>P1 (TEN-A, PROP-1, Repairs) received 5 May 2026, answered 7 May: theme RepairsDelays, root cause ContractorPerformance.</item>
/// <item>P2 (TEN-A, PROP-1, Repairs) received 10 Aug, open at stage 1: a repeat of P1 for the home and the household.</item>
/// <item>P3 (TEN-B, PROP-2, Repairs) received 1 Jun, answered 3 Jun: themes RepairsDelays and PoorCommunication; escalated 8 Jun, open at stage 2.</item>
/// <item>P4 (TEN-B, PROP-3, DampAndMould) received 1 Sep, open at stage 1: not a repeat of P3 (another category), but
///   TEN-B now has complaints open at both stages (P3, P4).</item>
/// </list>
/// </summary>
public sealed class LearningTests
{
    private static readonly DateTimeOffset Today = new(2027, 4, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListLearning_CountsThemesRepeatsAndResidentsOpenAtBothStages_AndDrillsDownToTheComplaints(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}");
        var p1 = await AnsweredAsync(host, "TEN-A", "PROP-1", "Repairs", "2026-05-05 10:00", "2026-05-07 15:00", ["RepairsDelays"], ["ContractorPerformance"]);
        var p2 = await AcknowledgedAsync(host, "TEN-A", "PROP-1", "Repairs", "2026-08-10 10:00");
        var p3 = await AnsweredAsync(host, "TEN-B", "PROP-2", "Repairs", "2026-06-01 10:00", "2026-06-03 15:00", ["RepairsDelays", "PoorCommunication"], []);
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = p3.Id, OccurredAt = London("2026-06-08 10:00") }).ResponseAsync;
        var p4 = await AcknowledgedAsync(host, "TEN-B", "PROP-3", "DampAndMould", "2026-09-01 10:00");

        (string, int)[] expected =
        [
            ("theme:RepairsDelays", 2), ("theme:PoorCommunication", 1), ("root-cause:ContractorPerformance", 1),
            ("repeat-property:PROP-1", 2), ("repeat-household:TEN-A", 2), ("open-both-stages", 2),
        ];
        var groups = await GroupsAsync(host, g => g.Select(x => (x.Key, x.Complaints)).SequenceEqual(expected));

        Assert.Equal(expected, groups.Select(g => (g.Key, g.Complaints)));
        Assert.Equal(Sorted(p1, p3), await DrillDownAsync(host, "theme:RepairsDelays"));
        Assert.Equal(Sorted(p1, p2), await DrillDownAsync(host, "repeat-household:TEN-A"));
        Assert.Equal(Sorted(p3, p4), await DrillDownAsync(host, "open-both-stages"));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => DrillDownAsync(host, "favourite-colour:blue"));
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
    }

    private static string[] Sorted(params Complaint[] complaints) => complaints.Select(c => c.Reference).Order(StringComparer.Ordinal).ToArray();

    private static async Task<IReadOnlyList<LearningGroup>> GroupsAsync(RunningHost host, Func<IReadOnlyList<LearningGroup>, bool> caughtUp)
    {
        IReadOnlyList<LearningGroup> groups;
        var attempts = 0;
        do
        {
            if (attempts++ > 0)
                await Task.Delay(100);
            groups = (await host.Reporting.ListLearningAsync(new ListLearningRequest { ReportingYear = 2026 }, Caller.Exactly("rita", "report-reader"))).Groups;
        }
        while (!caughtUp(groups) && attempts < 200);
        return groups;
    }

    private static async Task<string[]> DrillDownAsync(RunningHost host, string group) =>
        (await host.Reporting.ListLearningAsync(new ListLearningRequest { ReportingYear = 2026, Group = group }, Caller.Exactly("rita", "report-reader")))
            .Complaints.Select(c => c.Reference).ToArray();

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, string resident, string property, string category, string receivedAt)
    {
        var log = IntakeMethods.ValidRequest("What went wrong");
        (log.ResidentReference, log.PropertyReference, log.Category, log.ReceivedAt) = (resident, property, category, London(receivedAt));
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
            OccurredAt = London(DateTime.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture).AddHours(2).ToString("yyyy-MM-dd HH:mm")),
        }).ResponseAsync;
        return complaint;
    }

    private static async Task<Complaint> AnsweredAsync(
        RunningHost host, string resident, string property, string category, string receivedAt, string respondedAt, string[] themes, string[] rootCauses)
    {
        var complaint = await AcknowledgedAsync(host, resident, property, category, receivedAt);
        var response = TsmYear.Response(complaint.Id, 1, respondedAt);
        response.Themes.Add(themes);
        response.RootCauses.Add(rootCauses);
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        return complaint;
    }
}
