using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace ListBenchmark;

/// <summary>
/// N complaints in a few shapes: three made through the real API (received; acknowledged with an officer; withdrawn),
/// then cloned in one transaction (<see cref="SetwiseClone"/>), each clone with its own id and reference
/// (CMP-B-0000000 on) and its whole history moved in time.
/// Columns are read from the database, so any release's schema clones; thresholds a release stores are left empty
/// for its start-up to work out, as after an upgrade. The mix: the newest 6% open (a third received, the rest being
/// investigated), and of the older ones one in twenty still open (a backlog, overdue), the rest withdrawn; received
/// over five years; 50 officers.
/// </summary>
internal static class Seeder
{
    public static async Task<Templates> MakeTemplatesAsync(CallInvoker calls, DateTimeOffset now)
    {
        var intake = new IntakeService.IntakeServiceClient(calls);
        var at = now.AddDays(-30);
        async Task<string> LogAsync() => (await intake.LogComplaintAsync(new LogComplaintRequest
        {
            Channel = Channel.Phone, Description = "The repair to my boiler was missed twice.", ResidentReference = "TEN-000123",
            ReceivedAt = Timestamp.FromDateTimeOffset(at),
        })).Complaint.Id;
        var received = await LogAsync();
        var investigating = await LogAsync();
        await intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = investigating, ComplaintDefinition = "Boiler", NamedOfficer = "Officer 0", OccurredAt = Timestamp.FromDateTimeOffset(at.AddHours(1)),
        });
        var withdrawn = await LogAsync();
        await intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = withdrawn, Reason = "Sorted by phone", OccurredAt = Timestamp.FromDateTimeOffset(at.AddDays(2)),
        });
        return new Templates(at, received, investigating, withdrawn);
    }

    /// <summary>Clones the templates to <paramref name="count"/> complaints; returns how long it took.</summary>
    public static TimeSpan Clone(Database database, Templates templates, int count, DateTimeOffset now) =>
        SetwiseClone.For(database).Run(database, templates, count, now);
}

/// <summary>The three complaints clones are made from, all received at one instant.</summary>
internal sealed record Templates(DateTimeOffset ReceivedAt, string Received, string Investigating, string Withdrawn);
