namespace Complaints.Lifecycle.Tests.Conformance;

public sealed class ProfileTableTests
{
    [Fact]
    public void Readme_ShowsTheProfileTableGeneratedFromTheProfileFiles()
    {
        var path = Path.Combine(RepoRoot(), "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = ProfileTable.Generate(ShippedProfile.Ids);
        var start = readme.IndexOf(ProfileTable.Start, StringComparison.Ordinal);
        var end = readme.IndexOf(ProfileTable.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no profile table markers. Add:\n{ProfileTable.Start}\n{expected}\n{ProfileTable.End}");

        var shown = readme[(start + ProfileTable.Start.Length)..end].Trim();

        if (shown != expected && Environment.GetEnvironmentVariable("UPDATE_README") == "1")
            File.WriteAllText(path, readme[..(start + ProfileTable.Start.Length)] + "\n" + expected + "\n" + readme[end..]);
        Assert.True(shown == expected, $"README's profile table is out of date (run with UPDATE_README=1). Expected:\n{expected}");
    }

    [Fact]
    public void ShippedProfiles_IncludeTheCodeAndEveryLandlord()
    {
        Assert.Contains("code2024", ShippedProfile.Ids);
        foreach (var id in ShippedProfile.Ids)
            ShippedProfile.Lifecycle(id); // binds strictly and validates, as the server does at start-up
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Complaints.Modular.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Complaints.Modular.sln not found.");
    }
}
