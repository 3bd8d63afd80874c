using Complaints.Investigation.Closure;
using Complaints.Investigation.Responses;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// The sweep closes, as the system, each IDS stage 1 complaint whose reply window has run out, and leaves alone what
/// is still in its window and what has promised actions open. A class of its own: the sweep looks at every complaint.
/// </summary>
public sealed class NoReplySweepTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sweep_UnderIds_ClosesOnlyWhatIsPastItsWindowWithNothingPromised(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var silent = await host.RespondedAsync(Instants.London("2027-03-10 15:00"), Instants.London("2027-03-01 10:00")); // window ends Mon 12 April
        var recent = await host.RespondedAsync(Instants.London("2027-03-25 15:00"), Instants.London("2027-03-01 10:00"));
        var promised = await host.AcknowledgedAsync(Instants.London("2027-03-01 10:00"));
        await host.ExecuteAsync(Response(promised, 1, Instants.London("2027-03-10 15:00")) with
        {
            OutstandingActions = [new ActionInput("Replace the boiler", Instants.Day("2027-07-01"))],
        });
        host.Clock.Set(Instants.London("2027-04-13 09:00"));

        var closed = await host.Services.GetRequiredService<NoReplySweep>().SweepAsync(CancellationToken.None);
        var lifecycle = await host.LifecycleAsync(silent.ComplaintId);

        Assert.Equal(1, closed);
        Assert.Equal((ComplaintStage.Closed, "CloseForNoReply", "system"), (lifecycle.Stage, lifecycle.History[^1].Trigger, lifecycle.History[^1].Actor));
        Assert.Contains("no reply by the end of 2027-04-12", lifecycle.History[^1].Reason);
        Assert.Equal(ComplaintStage.Stage1Responded, (await host.LifecycleAsync(recent.ComplaintId)).Stage); // its window runs to 27 April
        Assert.Equal(ComplaintStage.Stage1Responded, (await host.LifecycleAsync(promised.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sweep_UnderTheCode_ClosesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024"); // no reply window in the Code
        var complaint = await host.RespondedAsync(Instants.London("2027-03-10 15:00"), Instants.London("2027-03-01 10:00"));

        var closed = await host.Services.GetRequiredService<NoReplySweep>().SweepAsync(CancellationToken.None);

        Assert.Equal(0, closed);
        Assert.Equal(ComplaintStage.Stage1Responded, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }
}
