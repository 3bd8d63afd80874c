using Complaints.Investigation.Escalation;
using Complaints.Investigation.Extension;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// An extension tells the resident why and gives the Ombudsman's details (the Code), and stays within the policy's
/// caps, with and without the resident's agreement, counted over the stage it is in. A refusal gives the numbers.
/// </summary>
public sealed class ExtendDeadlineTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExtendDeadline_WithinTheCap_MovesTheStage1ResponseDate(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received); // acknowledged Tue 3 Nov: response due Tue 17 Nov

        await host.ExecuteAsync(Extend(complaint.ComplaintId, 10, agreed: false));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        var respond = lifecycle.Clocks.Single(c => c.Name == "stage1.respond");
        Assert.Equal((Instants.Day("2026-12-01"), 10), (respond.DueOn, respond.ExtendedByWorkingDays));
        Assert.Equal(ComplaintStage.Stage1Investigating, lifecycle.Stage);
        var extension = lifecycle.History[^1];
        Assert.Equal(("ExtendDeadline", "Waiting for the surveyor's report", 10, false), (extension.Trigger, extension.Reason, extension.ExtensionWorkingDays, extension.ResidentAgreed));
    }

    [Theory]
    [MemberData(nameof(Caps))]
    public async Task ExtendDeadline_FollowsThePolicysCaps(string provider, string profile, int before, bool beforeAgreed, int asked, bool agreed, string? refusal)
    {
        var host = await hosts.HostAsync(provider, profile);
        var complaint = await host.AcknowledgedAsync(Received);
        if (before > 0)
            await host.ExecuteAsync(Extend(complaint.ComplaintId, before, beforeAgreed));

        var extend = () => host.ExecuteAsync(Extend(complaint.ComplaintId, asked, agreed));

        if (refusal is null)
        {
            await extend();
            Assert.Equal(before + asked, (await host.LifecycleAsync(complaint.ComplaintId)).Clocks.Single(c => c.Name == "stage1.respond").ExtendedByWorkingDays);
            return;
        }
        var error = await Assert.ThrowsAsync<RuleViolationException>(extend);
        Assert.Equal(refusal, error.Reason);
        Assert.Equal((before.ToString(), asked.ToString()), (error.Metadata["working_days_used"], error.Metadata["working_days_asked"]));
        Assert.Equal(before > 0 ? 1 : 0, (await host.TriggersAsync(complaint.ComplaintId)).Count(t => t == "ExtendDeadline"));
    }

    public static IEnumerable<object?[]> Caps => TestDatabase.OnEachProvider(
        ["code2024", 10, false, 1, false, "EXTENSION_ABOVE_CAP"], // the Code: no more than 10 without good reason
        ["code2024", 10, false, 5, true, null], // beyond, with the resident's agreement
        ["ids", 0, false, 5, false, "EXTENSION_NEEDS_AGREEMENT"], // IDS 6.2: agreed with the customer
        ["ids", 10, true, 1, true, "EXTENSION_ABOVE_AGREED_CAP"], // 'should not generally exceed a further 10 working days'
        ["livin", 10, false, 10, true, null], // Livin 8.9: +10, then up to 10 more with agreement
        ["livin", 10, false, 11, true, "EXTENSION_ABOVE_AGREED_CAP"],
        ["tha", 10, false, 15, true, null]); // THA 5.5: 'or longer only with the resident's agreement'

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExtendDeadline_AtStage2_IsCountedAgainstStage2sCapAlone(string provider)
    {
        var host = await hosts.HostAsync(provider, "tha"); // THA 5.5 / 6.x: 10 more without agreement at each stage
        var complaint = await host.AcknowledgedAsync(Received);
        await host.ExecuteAsync(Extend(complaint.ComplaintId, 10, agreed: true));
        await host.ExecuteAsync(Response(complaint, 1, Received.AddDays(20)));
        await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(21)));
        await host.ExecuteAsync(new AcknowledgeEscalationCommand(complaint.ComplaintId, Received.AddDays(22)));

        await host.ExecuteAsync(Extend(complaint.ComplaintId, 10, agreed: false, at: Received.AddDays(23)));
        var overCap = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Extend(complaint.ComplaintId, 1, agreed: false, at: Received.AddDays(24))));

        Assert.Equal(("EXTENSION_ABOVE_CAP", "Stage2Investigating", "10"), (overCap.Reason, overCap.Metadata["current_stage"], overCap.Metadata["working_days_used"]));
        Assert.Equal(10, (await host.LifecycleAsync(complaint.ComplaintId)).Clocks.Single(c => c.Name == "stage2.respond").ExtendedByWorkingDays);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExtendDeadline_WithoutReasonOrOmbudsmanDetails_NamesEachField(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new ExtendDeadlineCommand(complaint.ComplaintId, 0, " ", false, OmbudsmanDetailsGiven: false, Received.AddDays(3))));

        Assert.Equal(["working_days", "reason", "ombudsman_details_given"], error.Violations.Select(v => v.Field));
        Assert.DoesNotContain("ExtendDeadline", await host.TriggersAsync(complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExtendDeadline_AfterTheResponse_IsRefusedNamingTheStage(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.RespondedAsync(Received.AddDays(7));

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(Extend(complaint.ComplaintId, 5, agreed: false, at: Received.AddDays(8))));

        Assert.Equal(("Stage1Responded", "ExtendDeadline"), (error.CurrentState, error.Trigger));
    }

    private static ExtendDeadlineCommand Extend(Guid complaintId, int days, bool agreed, DateTimeOffset? at = null) =>
        new(complaintId, days, "Waiting for the surveyor's report", agreed, OmbudsmanDetailsGiven: true, at ?? Received.AddDays(5));
}
