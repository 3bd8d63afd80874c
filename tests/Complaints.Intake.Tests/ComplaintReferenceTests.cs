using Complaints.Kernel.Errors;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// References are CMP-YYYY-NNNNNN: the year received, numbered without gaps within it. A class of its own, so its
/// databases hold only the complaints it logs and the numbers are exact.
/// </summary>
public sealed class ComplaintReferenceTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_NumbersEachYearFromOne_WithoutGapsForRefusedComplaints(string provider)
    {
        var host = await hosts.HostAsync(provider);

        var first = await host.LogAsync(Complaint("First of 2026", Instants.London("2026-01-05 09:00")));
        await Assert.ThrowsAsync<ValidationException>(() => host.LogAsync(Complaint("", Instants.London("2026-01-05 10:00"))));
        var second = await host.LogAsync(Complaint("Second of 2026", Instants.London("2026-12-31 23:59")));
        var newYear = await host.LogAsync(Complaint("First of 2027", Instants.London("2027-01-01 00:00")));
        var third = await host.LogAsync(Complaint("Third of 2026, logged late", Instants.London("2026-06-30 23:30"))); // numbered as logged, in its own year

        Assert.Equal(["CMP-2026-000001", "CMP-2026-000002", "CMP-2027-000001", "CMP-2026-000003"],
            new[] { first, second, newYear, third }.Select(c => c.Reference));
    }
}
