using System.Text.RegularExpressions;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints api-keys</c>: an administrator issues, lists, uses and revokes a key through the tool.</summary>
[Collection(CliCollection.Name)]
public sealed partial class CliApiKeysTests(SeededDevelopmentHost fixture)
{
    private const string Administrator = "adam.admin:administrator";

    [Fact]
    public async Task Issue_ThenList_ShowsTheKeyAndItsSecretWorks()
    {
        var system = $"cli-test-{Guid.NewGuid():N}"[..24];

        var issued = await CliRun.RunAsync(fixture.Host, "api-keys", "issue", "--system", system, "--role", "hms", "--as", Administrator);
        var listed = await CliRun.RunAsync(fixture.Host, "api-keys", "list", "--as", Administrator);

        Assert.True(issued.ExitCode == 0, issued.ToString());
        var keyId = KeyId().Match(issued.Output).Value;
        var secret = issued.Lines[^1];
        Assert.StartsWith($"{keyId}.", secret);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains(listed.Lines, l => l.Contains(keyId, StringComparison.Ordinal) && l.Contains(system, StringComparison.Ordinal) && l.Contains("active", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, listed.Output);
        // The printed secret is the real one: the server takes it as the key.
        var info = await CliRun.RunAsync(fixture.Host, "info", "--api-key", secret);
        Assert.True(info.ExitCode == 0, info.ToString());
        Assert.Contains("Complaints.Modular", info.Output);
    }

    [Fact]
    public async Task Revoke_ThenList_ShowsItRevokedAndItsSecretRefused()
    {
        var issued = await CliRun.RunAsync(fixture.Host, "api-keys", "issue", "--system", "cli-revoke-test", "--role", "hms", "--as", Administrator);
        var keyId = KeyId().Match(issued.Output).Value;

        var revoked = await CliRun.RunAsync(fixture.Host, "api-keys", "revoke", keyId, "--reason", "Left the building", "--as", Administrator);
        var listed = await CliRun.RunAsync(fixture.Host, "api-keys", "list", "--as", Administrator);
        var refused = await CliRun.RunAsync(fixture.Host, "info", "--api-key", issued.Lines[^1]);

        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        Assert.Contains(listed.Lines, l => l.Contains(keyId, StringComparison.Ordinal) && l.Contains("revoked", StringComparison.Ordinal));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("UNAUTHENTICATED", refused.Output);
    }

    [Fact]
    public async Task Rotate_PrintsTheSuccessorsSecret()
    {
        var issued = await CliRun.RunAsync(fixture.Host, "api-keys", "issue", "--system", "cli-rotate-test", "--role", "hms", "--as", Administrator);
        var keyId = KeyId().Match(issued.Output).Value;

        var rotated = await CliRun.RunAsync(fixture.Host, "api-keys", "rotate", keyId, "--overlap-hours", "1", "--as", Administrator);

        Assert.True(rotated.ExitCode == 0, rotated.ToString());
        var successor = KeyId().Matches(rotated.Output).Select(m => m.Value).First(id => id != keyId);
        Assert.Contains(rotated.Lines, l => l.StartsWith($"{successor}.", StringComparison.Ordinal));
        Assert.Contains($"{keyId} stops working at", rotated.Output);
    }

    [Fact]
    public async Task Issue_WithASystemNameTooLong_PrintsTheFieldViolation()
    {
        var run = await CliRun.RunAsync(fixture.Host, "api-keys", "issue", "--system", new string('s', 101), "--role", "hms", "--as", Administrator);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("INVALID_ARGUMENT", run.Output);
        Assert.Contains(run.Lines, l => l.StartsWith("system:", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"ck_[A-Za-z0-9_-]+(?=[ .])")]
    private static partial Regex KeyId();
}
