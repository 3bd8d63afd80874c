using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// An officer handling more complaints than the lifecycle sends to the database as an id list (they are then picked
/// out of each batch of running cases): their queue still holds exactly their complaints' clocks, every one, in due
/// order across pages.
/// </summary>
public sealed class WorkQueueBusyOfficerTests
{
    [Fact]
    public async Task ListWorkQueue_ForAnOfficerWithHundredsOfComplaints_PagesThroughExactlyTheirs()
    {
        // 1,600 calls from one caller in a few seconds: the per-caller rate limit is not what this test is about.
        await using var host = await RunningHost.StartAsync("--Limits:CallsPerSecondPerCaller=1000000", "--Limits:BurstPerCaller=1000000");
        var theirs = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForAsync(0, 560, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Complaint {i}"), cancellationToken: token).ResponseAsync).Complaint;
            if (i % 14 == 0)
                return; // 40 left with nobody
            await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
            {
                ComplaintId = complaint.Id, ComplaintDefinition = "A repair", NamedOfficer = "Sam Patel",
            }, cancellationToken: token).ResponseAsync;
            await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
            {
                ComplaintId = complaint.Id, Stage = 1, ServiceAreaComplainedAbout = "Repairs", Officer = WorkQueueData.Sam,
            }, cancellationToken: token).ResponseAsync;
            theirs.Add(complaint.Id);
        });

        var listed = new List<WorkItem>();
        var token = "";
        do
        {
            var page = await host.WorkQueue.ListWorkQueueAsync(new ListWorkQueueRequest { OfficerId = "sam", PageSize = 200, PageToken = token }).ResponseAsync;
            listed.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(520, theirs.Count);
        Assert.Equal(theirs.Order(StringComparer.Ordinal), listed.Select(i => i.ComplaintId).Order(StringComparer.Ordinal));
        Assert.All(listed, i => Assert.Equal("sam", i.OfficerId));
        Assert.Equal(listed.Select(i => i.DueBy.ToDateTimeOffset()).Order(), listed.Select(i => i.DueBy.ToDateTimeOffset()));
    }
}
