using System.Text;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Host;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>
/// The generated migrations, checked without a database (so on SQL Server too, where this machine has none): each
/// provider's set covers the model, and the scripts committed for DBAs under host/database/scripts/ are what they generate.
/// </summary>
public sealed class GeneratedMigrationTests
{
    public static IEnumerable<object[]> AllProviders => [["Sqlite"], ["PostgreSql"], ["SqlServer"]];

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Model_WhenComparedWithTheLastMigration_HasNoChangeWithoutAMigration(string provider)
    {
        var changed = await EachModuleAsync(provider, context => context.Database.HasPendingModelChanges() ? context.GetType().Name : null);

        Assert.Empty(changed.OfType<string>());
        Assert.Equal(10, changed.Count);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Scripts_AreWhatTheMigrationsGenerate(string provider)
    {
        var stale = await EachModuleAsync(provider, context =>
        {
            var file = ScriptFile(provider, context);
            var committed = File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8).TrimStart('\uFEFF') : "(missing)";
            return committed == Script(provider, context) ? null : file;
        });

        Assert.Empty(stale.OfType<string>()); // regenerate with: bash host/database/migrations.sh script
    }

    [Fact]
    public async Task SqlServerScripts_CreateEveryTableKeyAndIndexOfTheModelInEveryMigration()
    {
        var missing = await EachModuleAsync("SqlServer", context =>
        {
            var script = File.ReadAllText(ScriptFile("SqlServer", context));
            var expected = context.Database.GetMigrations().Select(id => $"[MigrationId] = N'{id}'").ToList();
            Assert.NotEmpty(expected);
            foreach (var table in context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables)
            {
                expected.Add($"CREATE TABLE [{table.Name}]");
                expected.Add($"CONSTRAINT [{table.PrimaryKey!.Name}] PRIMARY KEY");
                expected.AddRange(table.Indexes.Select(i => $"INDEX [{i.Name}] ON [{table.Name}]"));
                expected.AddRange(table.Columns.Where(c => c.StoreType.Contains("(max)", StringComparison.Ordinal) && IsKeyOrIndexed(c))
                    .Select(c => $"{table.Name}.{c.Name} is nvarchar(max) but a key or indexed"));
            }
            return expected.Where(e => !script.Contains(e, StringComparison.Ordinal)).ToList();
        });

        Assert.Empty(missing.SelectMany(m => m!));
    }

    private static bool IsKeyOrIndexed(IColumn column) =>
        column.Table.PrimaryKey!.Columns.Contains(column) || column.Table.Indexes.Any(i => i.Columns.Contains(column));

    private static string Script(string provider, DbContext context) =>
        context.GetService<IMigrator>().GenerateScript(options: provider == "Sqlite"
            ? MigrationsSqlGenerationOptions.Default
            : MigrationsSqlGenerationOptions.Idempotent);

    private static string ScriptFile(string provider, DbContext context)
    {
        var module = context.GetType().BaseType!.Name.Replace("DbContext", "").ToLowerInvariant();
        return Path.Combine(RepoPaths.Root, "host", "database", "scripts", provider, module + ".sql");
    }

    /// <summary>The server built (not started, so nothing connects) on the provider; <paramref name="check"/> per module context.</summary>
    private static async Task<List<T>> EachModuleAsync<T>(string provider, Func<DbContext, T> check)
    {
        var connection = provider switch
        {
            "Sqlite" => $"Data Source={Path.Combine(Path.GetTempPath(), "never-opened.db")}",
            "PostgreSql" => "Host=localhost;Database=never_opened",
            _ => "Server=localhost;Database=never_opened",
        };
        await using var app = ComplaintsApp.Build(["--environment=Testing", $"--Database:Provider={provider}", $"--Database:ConnectionString={connection}", .. TestIdentityProvider.HostArgs]);
        var results = new List<T>();
        foreach (var module in app.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = app.Services.CreateAsyncScope();
            results.Add(check((DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType)));
        }
        return results;
    }
}
