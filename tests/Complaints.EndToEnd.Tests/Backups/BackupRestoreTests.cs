using System.Collections.Concurrent;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Lifecycle.Api.V1;

namespace Complaints.EndToEnd.Tests.Backups;

/// <summary>
/// The README's backup procedure, proven: a backup taken while callers keep logging complaints, restored into an empty
/// database that a fresh server starts on, holds every complaint the server had acknowledged before the backup began —
/// readable, with its lifecycle — and the restored server takes new complaints after them.
/// </summary>
public sealed class BackupRestoreTests
{
    private const int Writers = 4;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Backup_TakenUnderLoad_RestoresEveryAcknowledgedComplaint(string provider)
    {
        await using var live = await TestDatabase.CreateAsync(provider);
        await using var restored = await TestDatabase.CreateAsync(provider);
        var acknowledged = new ConcurrentQueue<Complaint>();
        Complaint[] beforeBackup;
        int afterLoad;
        await using (var host = await RunningHost.StartOnAsync(live))
        {
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                    acknowledged.Enqueue((await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Load {writer}.{n}")).ResponseAsync).Complaint);
            })).ToList();
            await WhenAsync(() => acknowledged.Count >= 40 || load.Any(t => t.IsFaulted));

            beforeBackup = acknowledged.ToArray();
            await DatabaseBackup.CopyAsync(live, restored);
            await WhenAsync(() => acknowledged.Count >= beforeBackup.Length + 10 || load.Any(t => t.IsFaulted));
            stop.Cancel();
            await Task.WhenAll(load);
            afterLoad = acknowledged.Count;
        }

        await using var restoredHost = await RunningHost.StartOnAsync(restored);
        var missing = new List<string>();
        foreach (var complaint in beforeBackup)
        {
            var read = (await restoredHost.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id }).ResponseAsync).Complaint;
            var lifecycle = (await restoredHost.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle;
            if (read.Reference != complaint.Reference || read.Description != complaint.Description || lifecycle.History.Count == 0)
                missing.Add(complaint.Reference);
        }
        var next = (await restoredHost.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("After the restore")).ResponseAsync).Complaint;

        Assert.True(afterLoad >= beforeBackup.Length + 10, "callers kept logging complaints around the backup");
        Assert.Empty(missing);
        Assert.DoesNotContain(next.Reference, beforeBackup.Select(c => c.Reference));
    }

    private static async Task WhenAsync(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); !condition(); await Task.Delay(20))
            Assert.True(DateTime.UtcNow < deadline, "the load never got going");
    }
}
